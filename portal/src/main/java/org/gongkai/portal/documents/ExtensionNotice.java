package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 延期答复告知书 (art. 33 ¶2): the reply period is extended by at most 20 working days with the
 * approval of the head of the disclosure office.
 *
 * @param originalDueOn the reply date before the extension
 * @param newDueOn the extended reply date (computed by the caller, at most 20 WD later)
 * @param reason why the reply cannot be given in time
 */
public record ExtensionNotice(Issuer issuer, RequestDetails request, LocalDate originalDueOn, LocalDate newDueOn,
		String reason) implements Notice {

	public static final String TITLE = "政府信息公开申请延期答复告知书";

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

	/** {@link #TITLE}, or 政府信息更正申请延期答复告知书 for a correction request. */
	@Override
	public String title() {
		return request.application() + "延期答复告知书";
	}

	@Override
	public String template() {
		return "extension";
	}
}
