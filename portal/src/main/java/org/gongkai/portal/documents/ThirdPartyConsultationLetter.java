package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 第三方意见征询函 (art. 32), addressed to the third party whose rights the disclosure may harm. It
 * does not name the applicant. The third party has 15 working days; silence leaves the decision to the
 * agency.
 *
 * @param thirdParty the person or organisation consulted (the addressee)
 * @param informationConcerned the part of the requested information that concerns the third party
 * @param replyDueOn the last day for the third party's opinion (15 WD, computed by the caller)
 */
public record ThirdPartyConsultationLetter(Issuer issuer, RequestDetails request, String thirdParty,
		String informationConcerned, LocalDate replyDueOn) implements RecordedNotice {

	public static final String TITLE = NoticeKind.CONSULTATION.title();

	public ThirdPartyConsultationLetter {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "third-party consultation (art. 32)");
		Notices.requireText(thirdParty, "thirdParty");
		Notices.requireText(informationConcerned, "informationConcerned");
		Objects.requireNonNull(replyDueOn, "replyDueOn");
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.CONSULTATION;
	}

	/** The third party, not the applicant. */
	@Override
	public String addressee() {
		return thirdParty;
	}
}
