package org.gongkai.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/**
 * The blank 政府信息公开申请表 ({@link ApplicationFormSheet}) to download from {@code /apply}, as DOCX to fill in on a
 * computer and as PDF to print, with the receiving agency printed at the top.
 */
@Component
public class ApplicationForms {

	/** The form's title, also the downloads' file name. */
	public static final String TITLE = ApplicationFormSheet.TITLE;

	private static final float MM = 72f / 25.4f;

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float LEFT = 20 * MM;

	private static final float RIGHT = PAGE.getWidth() - 20 * MM;

	private static final float TOP = PAGE.getHeight() - 15 * MM;

	private static final float SIZE = 10.5f;

	private static final float LINE = 14f;

	private static final float PAD = 4f;

	/** Relative widths of the four columns: label, field, label, field. */
	private static final float[] COLUMNS = { 0.2f, 0.3f, 0.2f, 0.3f };

	private final NoticeRenderer renderer;

	ApplicationForms(NoticeRenderer renderer) {
		this.renderer = renderer;
	}

	/** The form as a Word document. */
	public byte[] docx(String agency) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			var run = title.createRun();
			run.setBold(true);
			run.setFontSize(18);
			run.setText(ApplicationFormSheet.TITLE);
			document.createParagraph().createRun().setText(ApplicationFormSheet.agencyLine(agency));
			var rows = ApplicationFormSheet.rows();
			var table = document.createTable(rows.size(), COLUMNS.length);
			table.setWidth("100%");
			for (int r = 0; r < rows.size(); r++) {
				var row = table.getRow(r);
				var cells = rows.get(r).cells();
				// cells spanning several columns take the place of the ones they cover, which go
				for (int c = COLUMNS.length - 1; c >= cells.size(); c--) {
					row.removeCell(c);
				}
				for (int c = 0; c < cells.size(); c++) {
					var cell = cells.get(c);
					var target = row.getCell(c);
					if (cell.span() > 1) {
						var properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr()
								: target.getCTTc().addNewTcPr();
						properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
					}
					write(target, cell, rows.get(r));
				}
			}
			for (var note : ApplicationFormSheet.notes()) {
				document.createParagraph().createRun().setText(note);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(XWPFTableCell target, ApplicationFormSheet.Cell cell, ApplicationFormSheet.Row row) {
		target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		if (cell.label()) {
			target.setColor(row.heading() ? "D9D9D9" : "F2F2F2");
		}
		var paragraph = target.getParagraphs().get(0);
		var run = paragraph.createRun();
		run.setBold(row.heading());
		run.setText(cell.text());
		for (int i = 1; i < row.lines() && !cell.label(); i++) {
			target.addParagraph();
		}
	}

	/** The form as a PDF on one A4 page, in the notices' embedded fonts. */
	public byte[] pdf(String agency) {
		return renderer.withFonts(fonts -> {
			try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
				document.getDocumentInformation().setTitle(ApplicationFormSheet.TITLE);
				var page = new PDPage(PAGE);
				document.addPage(page);
				var faces = new PDType0Font[fonts.size()];
				try (var content = new PDPageContentStream(document, page)) {
					var pdf = new Pdf(document, content, fonts, faces);
					float y = TOP;
					pdf.text(ApplicationFormSheet.TITLE, 20f, (LEFT + RIGHT) / 2 - pdf.width(ApplicationFormSheet.TITLE, 20f) / 2,
							y - 20f);
					y -= 34f;
					pdf.text(ApplicationFormSheet.agencyLine(agency), SIZE + 1, LEFT, y - SIZE);
					y -= 20f;
					float tableWidth = RIGHT - LEFT;
					for (var row : ApplicationFormSheet.rows()) {
						float x = LEFT;
						var laid = new ArrayList<List<String>>();
						int lines = row.lines();
						int column = 0;
						for (var cell : row.cells()) {
							float width = span(column, cell.span()) * tableWidth;
							var wrapped = pdf.wrap(cell.text(), SIZE, width - 2 * PAD);
							laid.add(wrapped);
							lines = Math.max(lines, wrapped.size());
							column += cell.span();
						}
						float height = lines * LINE + 2 * PAD;
						column = 0;
						for (int c = 0; c < row.cells().size(); c++) {
							var cell = row.cells().get(c);
							float width = span(column, cell.span()) * tableWidth;
							if (cell.label()) {
								float grey = row.heading() ? 0.85f : 0.95f;
								content.setNonStrokingColor(grey, grey, grey);
								content.addRect(x, y - height, width, height);
								content.fill();
								content.setNonStrokingColor(0f, 0f, 0f);
							}
							content.setLineWidth(0.6f);
							content.addRect(x, y - height, width, height);
							content.stroke();
							var text = laid.get(c);
							float top = cell.label() ? y - (height - text.size() * LINE) / 2 : y - PAD;
							for (int l = 0; l < text.size(); l++) {
								pdf.text(text.get(l), SIZE, x + PAD, top - (l + 1) * LINE + 4f);
							}
							x += width;
							column += cell.span();
						}
						y -= height;
					}
					y -= 8f;
					for (var note : ApplicationFormSheet.notes()) {
						for (var line : pdf.wrap(note, 9f, tableWidth)) {
							pdf.text(line, 9f, LEFT, y - 10f);
							y -= 13f;
						}
					}
				}
				document.save(out);
				return out.toByteArray();
			}
		});
	}

	private static float span(int from, int columns) {
		float total = 0;
		for (int c = from; c < from + columns; c++) {
			total += COLUMNS[c];
		}
		return total;
	}

	/** Text on the page in the fonts' faces, a run per face. */
	private record Pdf(PDDocument document, PDPageContentStream content, DocumentFonts fonts, PDType0Font[] faces) {

		void text(String text, float size, float x, float y) throws IOException {
			var printable = fonts.printable(text);
			content.beginText();
			content.newLineAtOffset(x, y);
			var run = new StringBuilder();
			int face = -1;
			for (int cp : printable.codePoints().toArray()) {
				int f = fonts.faceFor(cp);
				if (f < 0) {
					continue;
				}
				if (f != face && run.length() > 0) {
					show(run.toString(), face, size);
					run.setLength(0);
				}
				face = f;
				run.appendCodePoint(cp);
			}
			if (run.length() > 0) {
				show(run.toString(), face, size);
			}
			content.endText();
		}

		private void show(String text, int face, float size) throws IOException {
			if (faces[face] == null) {
				faces[face] = PDType0Font.load(document, fonts.font(face), true);
			}
			content.setFont(faces[face], size);
			content.showText(text);
		}

		float width(String text, float size) {
			float width = 0;
			for (int cp : fonts.printable(text).codePoints().toArray()) {
				int face = fonts.faceFor(cp);
				width += face < 0 ? 0 : fonts.advance(face, cp) * size / 1000f;
			}
			return width;
		}

		/** The text cut into lines no wider than the width, at any character (Chinese needs no word breaks). */
		List<String> wrap(String text, float size, float maxWidth) {
			var lines = new ArrayList<String>();
			var line = new StringBuilder();
			float width = 0;
			for (int cp : fonts.printable(text).codePoints().toArray()) {
				int face = fonts.faceFor(cp);
				float advance = face < 0 ? 0 : fonts.advance(face, cp) * size / 1000f;
				if (width + advance > maxWidth && line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
					width = 0;
				}
				line.appendCodePoint(cp);
				width += advance;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
			}
			return lines;
		}
	}
}
