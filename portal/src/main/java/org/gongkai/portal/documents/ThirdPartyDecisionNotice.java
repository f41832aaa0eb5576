package org.gongkai.portal.documents;

import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 政府信息公开第三方不同意公开告知书 (art. 32): the third party objected to disclosure, but the agency
 * found that withholding would gravely harm the public interest and discloses; the third party is told
 * in writing what is disclosed and why. It does not name the applicant.
 *
 * @param thirdParty the person or organisation that objected (the addressee)
 * @param informationDisclosed the information concerning the third party that is disclosed
 * @param publicInterestReason why the public interest overrides the objection
 * @param consultationNumber the number of the 第三方意见征询函 the third party answered, or null
 */
public record ThirdPartyDecisionNotice(Issuer issuer, RequestDetails request, String thirdParty,
		String informationDisclosed, String publicInterestReason, String consultationNumber) implements RecordedNotice {

	public static final String TITLE = NoticeKind.THIRD_PARTY_DECISION.title();

	public ThirdPartyDecisionNotice {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "third-party decision notice (art. 32)");
		Notices.requireText(thirdParty, "thirdParty");
		Notices.requireText(informationDisclosed, "informationDisclosed");
		Notices.requireText(publicInterestReason, "publicInterestReason");
		consultationNumber = Notices.blankToNull(consultationNumber);
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.THIRD_PARTY_DECISION;
	}

	/** The third party, not the applicant. */
	@Override
	public String addressee() {
		return thirdParty;
	}
}
