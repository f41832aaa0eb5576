package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 延期答复告知书 (art. 33 ¶2): the reply period is extended by at most 20 working days with the
 * approval of the head of the disclosure office.
 *
 * @param originalDueOn the reply date before the extension
 * @param newDueOn the extended reply date (computed by the caller, at most 20 WD later)
 * @param reason why the reply cannot be given in time
 */
public record ExtensionNotice(Issuer issuer, RequestDetails request, LocalDate originalDueOn, LocalDate newDueOn,
		String reason) implements RecordedNotice {

	public static final String TITLE = NoticeKind.EXTENSION.title();

	public ExtensionNotice {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(originalDueOn, "originalDueOn");
		Objects.requireNonNull(newDueOn, "newDueOn");
		if (!newDueOn.isAfter(originalDueOn)) {
			throw new IllegalArgumentException("newDueOn must be after originalDueOn");
		}
		Notices.requireText(reason, "reason");
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.EXTENSION;
	}
}
