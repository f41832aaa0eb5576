package org.gongkai.portal.redaction;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * Files of one kind that staff may redact on the marking page {@code /workbench/redaction/{kind}/{id}}
 * (reply files of a request, catalogue attachments before publication). Each kind is a bean.
 */
public interface RedactableFiles {

	/** The URL segment, e.g. {@code reply-files}, {@code catalogue-attachments}. */
	String kind();

	/**
	 * The file, if the caller may redact it now.
	 * @throws org.springframework.security.access.AccessDeniedException if not
	 */
	RedactableFile load(long id, Authentication caller);

	/** Keeps the marks and the redacted PDF beside the original (which is never served to the public). */
	void saveRedaction(long id, List<RedactionMark> marks, PdfRedactor.Redacted redacted, Authentication caller);

	/** A file open for redaction: its name, its original as PDF, the marks saved so far and where to go back. */
	record RedactableFile(String fileName, byte[] originalPdf, List<RedactionMark> marks, String backUrl) {
	}
}
