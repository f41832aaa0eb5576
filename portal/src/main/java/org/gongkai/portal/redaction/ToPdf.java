package org.gongkai.portal.redaction;

import org.springframework.stereotype.Component;

/** Converts an uploaded DOCX or image (PNG, JPEG) to PDF so it can be redacted and counted in pages. */
@Component
public class ToPdf {

	/** Whether {@link #convert} accepts the type. PDFs pass through. */
	public boolean converts(String contentType, String fileName) {
		throw new UnsupportedOperationException("conversion not built yet");
	}

	/** The file as PDF. */
	public byte[] convert(byte[] content, String contentType, String fileName) {
		throw new UnsupportedOperationException("conversion not built yet");
	}
}
