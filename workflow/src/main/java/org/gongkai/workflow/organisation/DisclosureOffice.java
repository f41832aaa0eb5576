package org.gongkai.workflow.organisation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An agency's 政府信息公开工作机构 (art. 4) as its guide prints it: name, where and when to find it, how to
 * reach it, and to whom a remedy goes. Kept by the administrator; the government's own office is the row
 * of its general office.
 */
@Entity
public class DisclosureOffice {

	@Id
	private String agencyCode;

	private String name;

	private String address;

	private String postcode;

	private String officeHours;

	private String phone;

	private String fax;

	private String email;

	private String onlineChannel;

	private String readingPlaces;

	private String reviewAuthority;

	private String complaintAuthority;

	private Instant createdAt;

	private Instant updatedAt;

	protected DisclosureOffice() {
	}

	public DisclosureOffice(String agencyCode, Contact contact, Instant now) {
		this.agencyCode = agencyCode;
		this.createdAt = now;
		change(contact, now);
	}

	/** Replaces the office's data; the guide's 更新日期 becomes {@code now}. */
	public void change(Contact contact, Instant now) {
		this.name = contact.name();
		this.address = contact.address();
		this.postcode = contact.postcode();
		this.officeHours = contact.officeHours();
		this.phone = contact.phone();
		this.fax = contact.fax();
		this.email = contact.email();
		this.onlineChannel = contact.onlineChannel();
		this.readingPlaces = contact.readingPlaces();
		this.reviewAuthority = contact.reviewAuthority();
		this.complaintAuthority = contact.complaintAuthority();
		this.updatedAt = now;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public Contact contact() {
		return new Contact(name, address, postcode, officeHours, phone, fax, email, onlineChannel, readingPlaces,
				reviewAuthority, complaintAuthority);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * What the guide says about the office; optional values are null.
	 *
	 * @param name the office (e.g. 市人民政府办公室政务公开科)
	 * @param address its address, where requests are handed in
	 * @param postcode 邮政编码
	 * @param officeHours 办公时间
	 * @param phone 联系电话
	 * @param fax 传真
	 * @param email 电子邮箱
	 * @param onlineChannel 网上申请渠道 (an address), if not this portal's request form
	 * @param readingPlaces 政府信息公开查阅场所 (art. 25), one per line
	 * @param reviewAuthority 行政复议机关, if not the default for the agency
	 * @param complaintAuthority 投诉举报受理机关 (art. 51), if not the default for the agency
	 */
	public record Contact(String name, String address, String postcode, String officeHours, String phone, String fax,
			String email, String onlineChannel, String readingPlaces, String reviewAuthority,
			String complaintAuthority) {

		public Contact {
			postcode = blankToNull(postcode);
			fax = blankToNull(fax);
			email = blankToNull(email);
			onlineChannel = blankToNull(onlineChannel);
			readingPlaces = blankToNull(readingPlaces);
			reviewAuthority = blankToNull(reviewAuthority);
			complaintAuthority = blankToNull(complaintAuthority);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}
}
