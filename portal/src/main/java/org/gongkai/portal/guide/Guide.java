package org.gongkai.portal.guide;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.organisation.DisclosureOffice;

/**
 * One 政府信息公开指南 (art. 12) as its page shows it, assembled from the configuration and the data at the
 * moment it is asked for.
 *
 * @param agencyName whose guide it is (the government or one of its agencies)
 * @param agencyCode the agency's code; null for the government
 * @param office the office's contacts
 * @param officeRegistered whether the office's data was registered (otherwise the site's contacts stand in)
 * @param columns the catalogue's columns, top first, with their depth, duty and count of public items
 * @param countsKnown whether the counts came from the search index (it may be down)
 * @param onlineChannel where requests are filed online
 * @param reviewAuthority the 行政复议机关, null for the default wording (上一级人民政府)
 * @param complaintAuthority the 投诉举报 authority (art. 51), null for the default wording
 * @param publishedOn 发布日期: when the office's data was first registered, null if never
 * @param updatedOn 更新日期: when the office's data last changed, null if never
 */
public record Guide(String agencyName, String agencyCode, DisclosureOffice.Contact office, boolean officeRegistered,
		List<ColumnRow> columns, boolean countsKnown, String onlineChannel, String reviewAuthority,
		String complaintAuthority, LocalDate publishedOn, LocalDate updatedOn, Periods periods) {

	/** Whether this is the government's own guide. */
	public boolean government() {
		return agencyCode == null;
	}

	/** A column of the catalogue: depth 0 for a top-level column. */
	public record ColumnRow(String code, String name, int depth, long count, String publisher, String timeLimit) {
	}

	/** The request clocks in working days, from {@code gongkai.workflow.request}. */
	public record Periods(int reply, int extension, int supplement, int consultation, int feePayment) {
	}
}
