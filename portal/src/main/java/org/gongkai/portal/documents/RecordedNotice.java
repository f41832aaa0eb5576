package org.gongkai.portal.documents;

import org.gongkai.workflow.request.NoticeKind;

/**
 * A notice of a registered {@link NoticeKind}, which gives its title and the template that words it; the
 * record implementing it carries what its letter says.
 */
public interface RecordedNotice extends Notice {

	NoticeKind kind();

	/** The kind's title, or its title for a correction request (art. 41). */
	@Override
	default String title() {
		return kind().titleFor(request().kind());
	}

	@Override
	default String template() {
		return kind().template();
	}
}
