package org.gongkai.portal.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.AttachmentType;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of PDF and DOCX attachments once, at upload, for the search index. PDFs through
 * PDFBox; a DOCX is read as what it is, a zip with {@code word/document.xml}, with a streaming XML
 * reader (no DTDs, no external entities) and a cap on the uncompressed size against zip bombs, so no
 * Office library is needed.
 */
@Component
class AttachmentTexts {

	/** At most this much text per attachment is kept; the index segments at most 1M characters per item. */
	static final int MAX_CHARS = 1_000_000;

	/** A {@code document.xml} larger than this when uncompressed is refused. */
	static final long MAX_DOCX_XML_BYTES = 50L * 1024 * 1024;

	private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The text of the file, or null for images; an unreadable PDF or DOCX is refused. */
	String extract(AttachmentType type, byte[] content) {
		try {
			return switch (type) {
				case PDF -> cap(pdf(content));
				case DOCX -> cap(docx(content));
				default -> null;
			};
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			throw new AttachmentRejected("attachment.unreadable", "Cannot read the " + type + ": " + e.getMessage());
		}
	}

	private static String pdf(byte[] content) throws IOException {
		try (var document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String docx(byte[] content) throws IOException, XMLStreamException {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if ("word/document.xml".equals(entry.getName())) {
					return documentXml(new Capped(zip, MAX_DOCX_XML_BYTES));
				}
			}
		}
		throw new IOException("no word/document.xml");
	}

	/** Text runs ({@code w:t}) joined, a line per paragraph ({@code w:p}), tabs and breaks kept as spaces. */
	private static String documentXml(InputStream xml) throws XMLStreamException {
		var factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		var reader = factory.createXMLStreamReader(xml, "UTF-8");
		var text = new StringBuilder();
		boolean inText = false;
		while (reader.hasNext() && text.length() < MAX_CHARS) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
				switch (reader.getLocalName()) {
					case "t" -> inText = true;
					case "tab", "br" -> text.append(' ');
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
				if ("t".equals(reader.getLocalName())) {
					inText = false;
				}
				else if ("p".equals(reader.getLocalName())) {
					text.append('\n');
				}
			}
			else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
				text.append(reader.getText());
			}
		}
		reader.close();
		return text.toString();
	}

	private static String cap(String text) {
		if (text == null) {
			return null;
		}
		var stripped = text.strip();
		return stripped.length() > MAX_CHARS ? stripped.substring(0, MAX_CHARS) : stripped;
	}

	/** Stops reading past a limit, so a small zip cannot expand into gigabytes. */
	private static final class Capped extends InputStream {

		private final InputStream in;

		private long left;

		Capped(InputStream in, long limit) {
			this.in = in;
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			if (left <= 0) {
				throw new IOException("document.xml too large");
			}
			int b = in.read();
			if (b >= 0) {
				left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (left <= 0) {
				throw new IOException("document.xml too large");
			}
			int n = in.read(buffer, offset, (int) Math.min(length, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner
		}
	}
}
