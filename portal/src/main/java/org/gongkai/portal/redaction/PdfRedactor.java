package org.gongkai.portal.redaction;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Removes marked content from PDFs, finds text to mark and renders pages for marking.
 * (API agreed between the redaction and the reply-files work; implemented in the redaction work.)
 */
@Component
public class PdfRedactor {

	/** A new PDF without the marked content, each area filled and labelled with its reason. */
	public Redacted redact(byte[] pdf, List<RedactionMark> marks) {
		throw new UnsupportedOperationException("redaction not built yet");
	}

	/** Every match of the pattern in the text of the PDF, with the area it covers. */
	public List<FoundText> find(byte[] pdf, Pattern pattern) {
		throw new UnsupportedOperationException("redaction not built yet");
	}

	/** The number of pages. */
	public int pageCount(byte[] pdf) {
		throw new UnsupportedOperationException("redaction not built yet");
	}

	/** Page {@code page} (from 1) as PNG at the given resolution. */
	public byte[] pagePng(byte[] pdf, int page, int dpi) {
		throw new UnsupportedOperationException("redaction not built yet");
	}

	/**
	 * The redacted file.
	 * @param pdf the new PDF
	 * @param pages its page count
	 * @param rasterisedPages pages (from 1) that were replaced by an image because their content could not be cut safely
	 */
	public record Redacted(byte[] pdf, int pages, List<Integer> rasterisedPages) {
	}
}
