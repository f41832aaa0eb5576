package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 受理回执: confirms the receipt date of art. 31 and the receipt number, and tells the applicant when
 * the reply is due (art. 33: 20 WD) and how to follow the request online.
 *
 * @param replyDueOn the statutory reply date, 20 working days after receipt
 * @param trackingUrl where the applicant can follow the request with the receipt number and the 查询码
 *     ({@code /requests/lookup}); optional
 * @param queryCode the 查询码 that opens the lookup with the receipt number; printed on the applicant's copy,
 *     left out (null) of the copy a handling department downloads
 * @param receivingAgency the 受理机关 the applicant applied to (its name), named in the first sentence; optional (null
 *     where the applicant chose none). The issuer, who signs the receipt, stays the agency's office
 */
public record ReceiptNotice(Issuer issuer, RequestDetails request, LocalDate replyDueOn, String trackingUrl,
		String queryCode, String receivingAgency) implements Notice {

	public static final String TITLE = "政府信息公开申请受理回执";

	public ReceiptNotice {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(replyDueOn, "replyDueOn");
		if (replyDueOn.isBefore(request.receivedOn())) {
			throw new IllegalArgumentException("replyDueOn is before the receipt date");
		}
		trackingUrl = Notices.blankToNull(trackingUrl);
		queryCode = Notices.blankToNull(queryCode);
		receivingAgency = Notices.blankToNull(receivingAgency);
	}

	/** A receipt that names no 受理机关. */
	public ReceiptNotice(Issuer issuer, RequestDetails request, LocalDate replyDueOn, String trackingUrl,
			String queryCode) {
		this(issuer, request, replyDueOn, trackingUrl, queryCode, null);
	}

	/** A receipt without the 查询码. */
	public ReceiptNotice(Issuer issuer, RequestDetails request, LocalDate replyDueOn, String trackingUrl) {
		this(issuer, request, replyDueOn, trackingUrl, null, null);
	}

	/** {@link #TITLE}, or 政府信息更正申请受理回执 for a correction request. */
	@Override
	public String title() {
		return request.application() + "受理回执";
	}

	@Override
	public String template() {
		return "receipt";
	}
}
