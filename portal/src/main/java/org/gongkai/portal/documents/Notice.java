package org.gongkai.portal.documents;

/**
 * A numbered notice of a request (for information or for a correction), rendered as a letter by {@link NoticeRenderer}. Each
 * record carries everything its letter says; dates and numbers are computed by the caller.
 */
public sealed interface Notice permits ReceiptNotice, SupplementNotice, ExtensionNotice,
		ThirdPartyConsultationLetter, FeeNotice, ReplyLetter, AgencyConsultationLetter, ThirdPartyDecisionNotice,
		ReasonsRequestNotice, LaterReplyNotice, CorrectionReplyLetter {

	/** The issuing agency, the notice's number and date. */
	Issuer issuer();

	/** The request the notice is about. */
	RequestDetails request();

	/** The title printed at the top of the letter, e.g. 政府信息公开申请答复告知书. */
	String title();
}
