package org.gongkai.portal.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Converts real PNG, JPEG and DOCX files (built here with ImageIO and POI) and reads the PDFs back. */
class ToPdfTests {

	static final ToPdf toPdf = new ToPdf();

	@Test
	void anImageBecomesOnePageOfItsSize() throws IOException {
		for (String format : new String[] { "png", "jpeg" }) {
			var image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
			var g = image.createGraphics();
			g.setColor(java.awt.Color.BLUE);
			g.fillRect(0, 0, 300, 120);
			g.dispose();
			var bytes = new ByteArrayOutputStream();
			ImageIO.write(image, format, bytes);
			assertThat(toPdf.converts("image/" + format, "scan." + format)).isTrue();
			var pdf = toPdf.convert(bytes.toByteArray(), "image/" + format, "scan." + format);
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isEqualTo(1);
				var page = document.getPage(0);
				assertThat(page.getMediaBox().getWidth()).isEqualTo(300);
				assertThat(page.getMediaBox().getHeight()).isEqualTo(120);
				var name = page.getResources().getXObjectNames().iterator().next();
				var xobject = (PDImageXObject) page.getResources().getXObject(name);
				assertThat(xobject.getWidth()).isEqualTo(300);
				int rgb = xobject.getImage().getRGB(150, 60) & 0xFFFFFF;
				assertThat(rgb & 0xFF).as(format).isGreaterThan(200);
				assertThat(rgb >> 16 & 0xFF).as(format).isLessThan(40);
			}
		}
	}

	@Test
	void aDocxBecomesItsTextOnA4() throws IOException {
		var bytes = new ByteArrayOutputStream();
		var paragraph = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			paragraph.append("很长的段落文字");
		}
		try (var docx = new XWPFDocument()) {
			docx.createParagraph().createRun().setText("关于某某事项的答复");
			docx.createParagraph().createRun().setText("申请人身份证号110101199003071234，电话13812345678。");
			docx.createParagraph().createRun().setText(paragraph.toString());
			var table = docx.createTable(2, 2);
			table.getRow(0).getCell(0).setText("姓名");
			table.getRow(0).getCell(1).setText("张三");
			table.getRow(1).getCell(0).setText("地址");
			table.getRow(1).getCell(1).setText("北京市东城区");
			docx.write(bytes);
		}
		assertThat(toPdf.converts("application/octet-stream", "答复.docx")).isTrue();
		var pdf = toPdf.convert(bytes.toByteArray(), null, "答复.docx");
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("关于某某事项的答复").contains("110101199003071234").contains("13812345678")
				.contains("姓名").contains("张三").contains("北京市东城区");
			// the long paragraph was broken into several lines, all of its text kept
			assertThat(text.replace("\n", "").replace("\r", "")).contains(paragraph.toString());
			assertThat(text.lines().filter(l -> l.contains("很长")).count()).isGreaterThan(1);
		}
		// the converted text can be found for redaction
		assertThat(new PdfRedactor().find(pdf, RedactionPatterns.ID_NUMBER.pattern())).hasSize(1);
	}

	@Test
	void aPdfPassesThroughAndOtherFilesAreRefused() {
		byte[] pdf = "%PDF-1.7 whatever".getBytes(StandardCharsets.US_ASCII);
		assertThat(toPdf.convert(pdf, "application/pdf", "a.pdf")).isSameAs(pdf);
		assertThat(toPdf.converts("application/zip", "a.zip")).isFalse();
		assertThatThrownBy(() -> toPdf.convert(new byte[] { 1, 2 }, "application/zip", "a.zip"))
			.isInstanceOf(RedactionRejected.class)
			.extracting(e -> ((RedactionRejected) e).messageKey()).isEqualTo("redaction.convert.unsupported");
		assertThatThrownBy(() -> toPdf.convert(new byte[] { 1, 2 }, "image/png", "a.png"))
			.isInstanceOf(RedactionRejected.class)
			.extracting(e -> ((RedactionRejected) e).messageKey()).isEqualTo("redaction.convert.unreadable");
	}
}
