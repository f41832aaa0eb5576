package org.gongkai.portal.redaction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.portal.documents.DocumentProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Converts an uploaded DOCX or image (PNG, JPEG) to PDF so it can be redacted and counted in pages.
 *
 * <p>A PDF passes through unchanged. An image becomes one page of its size in pixels (1 px = 1 pt). A
 * DOCX is reduced to its text: the paragraphs and the text of table cells (one line per row, cells
 * separated by two spaces) are set on A4 in the Chinese font of the notices, broken at any character
 * that does not fit. The layout is simplified: no styles, images, headers, footers or page breaks of the
 * original survive, which is acceptable for a redacted copy whose purpose is the content.
 */
@Component
public class ToPdf {

	private static final String PDF = "application/pdf";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final float MARGIN = 72;

	private static final float FONT_SIZE = 11;

	private static final float LEADING = FONT_SIZE * 1.6f;

	private final Path fontFile;

	private final String fontName;

	/** With the default font of the notices (WenQuanYi Zen Hei). */
	public ToPdf() {
		this(DocumentProperties.defaults());
	}

	@Autowired
	public ToPdf(DocumentProperties documents) {
		this.fontFile = documents.font();
		this.fontName = documents.fontName();
	}

	/** Whether {@link #convert} accepts the type. PDFs pass through. */
	public boolean converts(String contentType, String fileName) {
		return kind(contentType, fileName) != null;
	}

	/**
	 * The file as PDF.
	 * @throws RedactionRejected ({@code redaction.convert.unsupported}) for any other type, or
	 *         ({@code redaction.convert.unreadable}) if the file cannot be read
	 */
	public byte[] convert(byte[] content, String contentType, String fileName) {
		String kind = kind(contentType, fileName);
		if (kind == null) {
			throw new RedactionRejected("redaction.convert.unsupported", "Cannot be converted to PDF: " + contentType);
		}
		try {
			return switch (kind) {
				case "pdf" -> content;
				case "docx" -> docx(content);
				default -> image(content, kind);
			};
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RedactionRejected rejected) {
				throw rejected;
			}
			throw new RedactionRejected("redaction.convert.unreadable", "Cannot convert the " + kind + ": " + e.getMessage());
		}
	}

	private static String kind(String contentType, String fileName) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (type.equals(PDF) || name.endsWith(".pdf")) {
			return "pdf";
		}
		if (type.equals(DOCX) || name.endsWith(".docx")) {
			return "docx";
		}
		if (type.equals("image/png") || name.endsWith(".png")) {
			return "png";
		}
		if (type.equals("image/jpeg") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
			return "jpeg";
		}
		if (type.equals("image/gif") || name.endsWith(".gif")) {
			return "gif";
		}
		return null;
	}

	private static byte[] image(byte[] content, String kind) throws IOException {
		try (var document = new PDDocument()) {
			PDImageXObject image;
			if (kind.equals("jpeg")) {
				image = JPEGFactory.createFromByteArray(document, content);
			}
			else {
				var buffered = ImageIO.read(new ByteArrayInputStream(content));
				if (buffered == null) {
					throw new IOException("not a readable image");
				}
				image = LosslessFactory.createFromImage(document, buffered);
			}
			var page = new PDPage(new PDRectangle(image.getWidth(), image.getHeight()));
			document.addPage(page);
			try (var stream = new PDPageContentStream(document, page)) {
				stream.drawImage(image, 0, 0, image.getWidth(), image.getHeight());
			}
			return save(document);
		}
	}

	private byte[] docx(byte[] content) throws IOException {
		var lines = new ArrayList<String>();
		try (var docx = new XWPFDocument(new ByteArrayInputStream(content))) {
			for (IBodyElement element : docx.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					for (var row : table.getRows()) {
						var cells = new ArrayList<String>();
						for (var cell : row.getTableCells()) {
							cells.add(cell.getText().replace('\n', ' '));
						}
						lines.add(String.join("  ", cells));
					}
				}
			}
		}
		try (var document = new PDDocument(); var collection = new TrueTypeCollection(fontFile.toFile())) {
			TrueTypeFont ttf = fontName == null ? first(collection) : collection.getFontByName(fontName);
			CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
			var font = PDType0Font.load(document, ttf, true);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			var typeset = new ArrayList<String>();
			for (String paragraph : lines) {
				typeset.addAll(wrap(settable(paragraph, cmap), font, width));
			}
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
			for (int start = 0; start < Math.max(1, typeset.size()); start += perPage) {
				var page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (var stream = new PDPageContentStream(document, page)) {
					stream.beginText();
					stream.setFont(font, FONT_SIZE);
					stream.setLeading(LEADING);
					stream.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN - FONT_SIZE);
					for (int i = start; i < Math.min(typeset.size(), start + perPage); i++) {
						if (!typeset.get(i).isEmpty()) {
							stream.showText(typeset.get(i));
						}
						stream.newLine();
					}
					stream.endText();
				}
			}
			return save(document);
		}
	}

	/** The text with tabs as spaces, without control characters, and □ for characters the font lacks. */
	private static String settable(String text, CmapLookup cmap) {
		var out = new StringBuilder();
		text.replace('\t', ' ').codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
				return;
			}
			out.appendCodePoint(cp == ' ' || cmap.getGlyphId(cp) != 0 ? cp : 0x25A1);
		});
		return out.toString();
	}

	/** Breaks the paragraph at any character once a line is full (Chinese has no word spaces to wait for). */
	private static List<String> wrap(String paragraph, PDType0Font font, float width) throws IOException {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		float used = 0;
		for (int i = 0; i < paragraph.length();) {
			int cp = paragraph.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			float w = font.getStringWidth(ch) / 1000 * FONT_SIZE;
			if (used + w > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
				used = 0;
			}
			line.append(ch);
			used += w;
			i += Character.charCount(cp);
		}
		lines.add(line.toString());
		return lines;
	}

	private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
		var first = new TrueTypeFont[1];
		collection.processAllFonts(f -> {
			if (first[0] == null) {
				first[0] = f;
			}
		});
		return first[0];
	}

	private static byte[] save(PDDocument document) throws IOException {
		var out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}
}
