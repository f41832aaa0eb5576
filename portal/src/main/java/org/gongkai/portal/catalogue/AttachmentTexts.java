package org.gongkai.portal.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.AttachmentType;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of PDF and DOCX attachments once, at upload, for the search index: PDFs through
 * PDFBox, DOCX through POI, whose zip reader refuses entries that expand suspiciously (zip bombs) and
 * here any part larger than {@link #MAX_DOCX_XML_BYTES} uncompressed.
 */
@Component
class AttachmentTexts {

	/** At most this much text per attachment is kept; the index segments at most 1M characters per item. */
	static final int MAX_CHARS = 1_000_000;

	/** A {@code document.xml} larger than this when uncompressed is refused. */
	static final long MAX_DOCX_XML_BYTES = 50L * 1024 * 1024;

	static {
		ZipSecureFile.setMaxEntrySize(MAX_DOCX_XML_BYTES);
	}

	/** The text of the file, or null for images; an unreadable PDF or DOCX is refused. */
	String extract(AttachmentType type, byte[] content) {
		try {
			return switch (type) {
				case PDF -> cap(pdf(content));
				case DOCX -> cap(docx(content));
				default -> null;
			};
		}
		catch (IOException | RuntimeException e) {
			throw new AttachmentRejected("attachment.unreadable", "Cannot read the " + type + ": " + e.getMessage());
		}
	}

	private static String pdf(byte[] content) throws IOException {
		try (var document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Paragraphs as lines, tabs as spaces: the text as {@link XWPFWordExtractor} reads it. */
	private static String docx(byte[] content) throws IOException {
		try (var document = new XWPFDocument(new ByteArrayInputStream(content));
				var extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().replace('\t', ' ');
		}
	}

	private static String cap(String text) {
		if (text == null) {
			return null;
		}
		var stripped = text.strip();
		return stripped.length() > MAX_CHARS ? stripped.substring(0, MAX_CHARS) : stripped;
	}
}
