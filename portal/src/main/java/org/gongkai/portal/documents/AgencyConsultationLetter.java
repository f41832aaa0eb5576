package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 政府信息公开征求意见书 (art. 34), addressed to another agency that made the requested information
 * jointly with this one. It does not name the applicant. The agency has 15 working days; silence is
 * consent to disclosure.
 *
 * @param agency the agency consulted (the addressee)
 * @param matter the jointly made information the opinion is asked about
 * @param replyDueOn the last day for the agency's opinion (15 WD, computed by the caller)
 */
public record AgencyConsultationLetter(Issuer issuer, RequestDetails request, String agency, String matter,
		LocalDate replyDueOn) implements Notice {

	public static final String TITLE = "政府信息公开征求意见书";

	public AgencyConsultationLetter {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		Notices.requireText(agency, "agency");
		Notices.requireText(matter, "matter");
		Objects.requireNonNull(replyDueOn, "replyDueOn");
	}

	@Override
	public String title() {
		return TITLE;
	}
}
