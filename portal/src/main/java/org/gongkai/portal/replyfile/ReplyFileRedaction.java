package org.gongkai.portal.replyfile;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.redaction.PdfRedactor;
import org.gongkai.portal.redaction.RedactableFiles;
import org.gongkai.portal.redaction.RedactionMark;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.request.ProvideReplyFiles;
import org.gongkai.workflow.request.ReplyFiles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 区分处理 (art. 37) of a reply file on the marking page {@code /workbench/redaction/reply-files/{id}}: the
 * handler proposing the reply marks its original; the redacted PDF is what the applicant receives.
 */
@Component
class ReplyFileRedaction implements RedactableFiles {

	private static final TypeReference<List<RedactionMark>> MARKS = new TypeReference<>() {
	};

	private final ReplyFiles files;

	private final ReplyFileViews views;

	private final ProvideReplyFiles provide;

	private final ObjectMapper mapper;

	ReplyFileRedaction(ReplyFiles files, ReplyFileViews views, ProvideReplyFiles provide, ObjectMapper mapper) {
		this.files = files;
		this.views = views;
		this.provide = provide;
		this.mapper = mapper;
	}

	@Override
	public String kind() {
		return "reply-files";
	}

	@Override
	@Transactional(readOnly = true)
	public RedactableFile load(long id, Authentication caller) {
		var file = files.findById(id).filter(f -> f.isUpload()).orElseThrow(() -> new AccessDeniedException("no such reply file"));
		requireHandler(file.getRequestId(), caller);
		List<RedactionMark> marks;
		try {
			marks = file.getRedactionMarks() == null ? List.of() : mapper.readValue(file.getRedactionMarks(), MARKS);
		}
		catch (JsonProcessingException e) {
			marks = List.of();
		}
		return new RedactableFile(file.getFileName(), file.getContent(), marks,
				"/workbench/requests/" + file.getRequestId() + "#reply-files");
	}

	@Override
	public void saveRedaction(long id, List<RedactionMark> marks, PdfRedactor.Redacted redacted, Authentication caller) {
		var file = files.findById(id).filter(f -> f.isUpload()).orElseThrow(() -> new AccessDeniedException("no such reply file"));
		requireHandler(file.getRequestId(), caller);
		String json;
		try {
			json = mapper.writeValueAsString(marks);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("marks not serialisable", e);
		}
		provide.redact(file.getRequestId(), id, redacted.pdf(), redacted.pages(), json, marks.size(),
				CurrentUser.of(caller).userName());
	}

	private void requireHandler(Long requestId, Authentication caller) {
		var user = CurrentUser.of(caller);
		try {
			views.requireHandler(requestId, user);
		}
		catch (RuntimeException e) {
			throw new AccessDeniedException("not the handler proposing the reply of request " + requestId);
		}
	}
}
