package org.gongkai.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/** Draws a {@link LetterLayout} as a PDF, each face embedded as a subset of the glyphs used. */
final class PdfLetterPainter {

	private final DocumentFonts fonts;

	PdfLetterPainter(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	byte[] paint(LetterLayout layout) throws IOException {
		try (var document = new PDDocument()) {
			var pdfFonts = new PDType0Font[fonts.size()];
			for (LetterLayout.Page page : layout.pages()) {
				var pdfPage = new PDPage(new PDRectangle(layout.width(), layout.height()));
				document.addPage(pdfPage);
				try (var content = new PDPageContentStream(document, pdfPage)) {
					for (LetterLayout.Line line : page.lines()) {
						draw(document, pdfFonts, content, line);
					}
				}
			}
			describe(document, layout);
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void describe(PDDocument document, LetterLayout layout) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(layout.title());
		info.setAuthor(layout.author());
		info.setCreator("Gongkai");
		Calendar now = GregorianCalendar.getInstance();
		info.setCreationDate(now);
		document.getDocumentCatalog().setLanguage("zh-CN");
	}

	private void draw(PDDocument document, PDType0Font[] pdfFonts, PDPageContentStream content, LetterLayout.Line line)
			throws IOException {
		content.beginText();
		for (LetterLayout.Run run : line.runs()) {
			content.setFont(pdfFont(document, pdfFonts, run.face()), line.size());
			content.setCharacterSpacing(run.spacing());
			content.setTextMatrix(Matrix.getTranslateInstance(run.x(), line.baseline()));
			content.showText(run.text());
		}
		content.endText();
	}

	private PDType0Font pdfFont(PDDocument document, PDType0Font[] pdfFonts, int face) throws IOException {
		if (pdfFonts[face] == null) {
			// embedded as a subset of the glyphs used; the parsed font stays open for the next letter
			pdfFonts[face] = PDType0Font.load(document, fonts.font(face), true);
		}
		return pdfFonts[face];
	}
}
