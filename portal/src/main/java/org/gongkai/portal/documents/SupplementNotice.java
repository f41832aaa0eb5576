package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 补正告知书 (art. 30): the one request to make an unclear application precise, listing what to
 * supplement and by when. The reply period starts again when the supplement arrives; without it in
 * time the application is deemed withdrawn.
 *
 * @param items what the applicant is asked to supplement, one entry per point (at least one)
 * @param supplementDueOn the last day for the supplement
 */
public record SupplementNotice(Issuer issuer, RequestDetails request, List<String> items, LocalDate supplementDueOn)
		implements RecordedNotice {

	public static final String TITLE = NoticeKind.SUPPLEMENT.title();

	public SupplementNotice {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		items = Notices.texts(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("a supplement notice lists at least one item");
		}
		Objects.requireNonNull(supplementDueOn, "supplementDueOn");
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.SUPPLEMENT;
	}
}
