package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.request.RequestKind;

/**
 * 政府信息公开征求意见书 (art. 34), addressed to another agency that made the requested information
 * jointly with this one. It does not name the applicant. The agency has 15 working days; silence is
 * consent to disclosure. For a correction request (art. 41) it asks whether the jointly made record
 * should be corrected; art. 34 and its deemed consent do not apply there.
 *
 * @param agency the agency consulted (the addressee)
 * @param matter the jointly made information (or record) the opinion is asked about
 * @param replyDueOn the last day for the agency's opinion (15 WD, computed by the caller)
 */
public record AgencyConsultationLetter(Issuer issuer, RequestDetails request, String agency, String matter,
		LocalDate replyDueOn) implements RecordedNotice {

	public static final String TITLE = NoticeKind.AGENCY_CONSULTATION.title();

	/** For a correction request (art. 41) whose record this agency made jointly with the agency consulted. */
	public static final String CORRECTION_TITLE = NoticeKind.AGENCY_CONSULTATION.titleFor(RequestKind.CORRECTION);

	public AgencyConsultationLetter {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		Notices.requireText(agency, "agency");
		Notices.requireText(matter, "matter");
		Objects.requireNonNull(replyDueOn, "replyDueOn");
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.AGENCY_CONSULTATION;
	}

	/** The agency consulted, not the applicant. */
	@Override
	public String addressee() {
		return agency;
	}
}
