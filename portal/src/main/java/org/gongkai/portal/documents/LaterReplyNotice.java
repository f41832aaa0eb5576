package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 延迟答复告知书 (art. 35): the applicant's reasons are reasonable, but the reply cannot be given within
 * the period of art. 33, so the agency sets a reasonable later reply date.
 *
 * @param previousDueOn the reply date before
 * @param laterDueOn the later reply date the agency set (after the previous one)
 * @param note why more time is needed, if the handler said so
 */
public record LaterReplyNotice(Issuer issuer, RequestDetails request, LocalDate previousDueOn, LocalDate laterDueOn,
		String note) implements RecordedNotice {

	public static final String TITLE = NoticeKind.LATER_REPLY.title();

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
	public NoticeKind kind() {
		return NoticeKind.LATER_REPLY;
	}
}
