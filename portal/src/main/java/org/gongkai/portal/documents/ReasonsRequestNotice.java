package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 说明理由通知书 (art. 35): the number or frequency of the applicant's requests clearly exceeds a
 * reasonable range, so the agency asks for the reasons by a day; without them in time the reasons count
 * as unreasonable and the request is not handled.
 *
 * @param observation what the agency observed about the number or frequency of requests
 * @param reasonsDueOn the last day for the reasons
 * @param replyPeriodSuspended whether the time until the reasons arrive is left out of the reply period (⚙)
 */
public record ReasonsRequestNotice(Issuer issuer, RequestDetails request, String observation, LocalDate reasonsDueOn,
		boolean replyPeriodSuspended) implements RecordedNotice {

	public static final String TITLE = NoticeKind.REASONS_REQUESTED.title();

	public ReasonsRequestNotice {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "reasons request (art. 35)");
		Notices.requireText(observation, "observation");
		Objects.requireNonNull(reasonsDueOn, "reasonsDueOn");
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.REASONS_REQUESTED;
	}
}
