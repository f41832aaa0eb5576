package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 延迟答复告知书 (art. 35): the applicant's reasons are reasonable, but the reply cannot be given within
 * the period of art. 33, so the agency sets a reasonable later reply date.
 *
 * @param previousDueOn the reply date before
 * @param laterDueOn the later reply date the agency set (after the previous one)
 * @param note why more time is needed, if the handler said so
 */
public record LaterReplyNotice(Issuer issuer, RequestDetails request, LocalDate previousDueOn, LocalDate laterDueOn,
		String note) implements Notice {

	public static final String TITLE = "政府信息公开申请延迟答复告知书";

	public LaterReplyNotice {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "later-reply notice (art. 35)");
		Objects.requireNonNull(previousDueOn, "previousDueOn");
		Objects.requireNonNull(laterDueOn, "laterDueOn");
		if (!laterDueOn.isAfter(previousDueOn)) {
			throw new IllegalArgumentException("laterDueOn must be after previousDueOn");
		}
	}

	@Override
	public String title() {
		return TITLE;
	}

	@Override
	public String template() {
		return "later-reply";
	}
}
