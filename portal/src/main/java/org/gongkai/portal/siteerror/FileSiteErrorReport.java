package org.gongkai.portal.siteerror;

import java.time.Clock;
import java.util.Locale;

import org.gongkai.portal.notification.OfficeMails;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a visitor's report: stores it under a new confirmation number (JC + year + serial) and, when an office
 * address is configured, mails it there in the same transaction (through the durable mail outbox).
 */
@Component
class FileSiteErrorReport {

	static final String SEQUENCE = "site-error";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final SiteErrorReports reports;

	private final YearlySequences sequences;

	private final OfficeMails mails;

	private final SiteErrorProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	private final RequestProperties zone;

	FileSiteErrorReport(SiteErrorReports reports, YearlySequences sequences, OfficeMails mails,
			SiteErrorProperties properties, MessageSource messages, Clock clock, RequestProperties zone) {
		this.reports = reports;
		this.sequences = sequences;
		this.mails = mails;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@Transactional
	SiteErrorReport file(SiteErrorForm form) {
		var now = clock.instant();
		int year = now.atZone(zone.zone()).getYear();
		var number = "JC%d-%05d".formatted(year, sequences.next(SEQUENCE, year));
		var report = reports.save(new SiteErrorReport(number, form, now));
		if (properties.officeEmail() != null) {
			var kind = messages.getMessage("siteError.kind." + report.getKind().name(), null, CHINESE);
			var text = messages.getMessage("siteError.mail.text", new Object[] { report.getNumber(), report.getPageUrl(),
					kind, report.getDescription(), report.getContact() == null ? "—" : report.getContact() }, CHINESE);
			mails.queue(properties.officeEmail(), "SITE_ERROR_REPORTED",
					messages.getMessage("siteError.mail.subject", new Object[] { report.getNumber() }, CHINESE), text);
		}
		return report;
	}

	/** Marks a report handled; false if there is no such report or it was handled already. */
	@Transactional
	boolean handle(Long id, String by, String note) {
		return reports.findById(id).map(report -> report.handle(by, note, clock.instant())).orElse(false);
	}
}
