package org.gongkai.workflow.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing the case (归档, art. 45). */
@Service("archiveRequestAction")
public class ArchiveRequest {

	private final RequestStepSupport support;

	ArchiveRequest(RequestStepSupport support) {
		this.support = support;
	}

	/** Art. 45: 归档 — the case is closed; remedies can still be recorded against it. */
	@Transactional
	public void archive(Long requestId, String actor) {
		support.load(requestId).archive(support.now());
		support.log(requestId, "ARCHIVED", actor, null);
	}
}
