package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

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
		LocalDate replyDueOn) implements Notice {

	public static final String TITLE = "政府信息公开征求意见书";

	/** For a correction request (art. 41) whose record this agency made jointly with the agency consulted. */
	public static final String CORRECTION_TITLE = "政府信息更正征求意见书";

	public AgencyConsultationLetter {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		Notices.requireText(agency, "agency");
		Notices.requireText(matter, "matter");
		Objects.requireNonNull(replyDueOn, "replyDueOn");
	}

	/** {@link #TITLE}, or {@link #CORRECTION_TITLE} for a correction request. */
	@Override
	public String title() {
		return request.isCorrection() ? CORRECTION_TITLE : TITLE;
	}

	@Override
	public String template() {
		return "agency-consultation";
	}

	/** The agency consulted, not the applicant. */
	@Override
	public String addressee() {
		return agency;
	}
}
