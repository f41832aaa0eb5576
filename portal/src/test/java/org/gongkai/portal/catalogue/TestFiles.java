package org.gongkai.portal.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Real PDF and DOCX files with Chinese text, made in the test, for uploads. */
final class TestFiles {

	static final String CJK_FONT = System.getenv().getOrDefault("GONGKAI_DOCUMENTS_FONT",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	private TestFiles() {
	}

	/** A one-page PDF with the text, in an embedded CJK font. */
	static byte[] pdf(String text) throws IOException {
		try (var collection = new TrueTypeCollection(new File(CJK_FONT)); var document = new PDDocument()) {
			var first = new AtomicReference<TrueTypeFont>();
			collection.processAllFonts(f -> first.compareAndSet(null, f));
			var font = PDType0Font.load(document, first.get(), true);
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 12);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The smallest DOCX Word opens: content types, the package relationship and the document. */
	static byte[] docx(String... paragraphs) throws IOException {
		var body = new StringBuilder();
		for (var p : paragraphs) {
			body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
		}
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
			put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
					+ "</w:body></w:document>");
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
