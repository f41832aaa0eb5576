package org.gongkai.portal.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.documents.DocumentProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds PDFs with secrets in text (a standard Latin font and an embedded CJK font with 2-byte codes),
 * in an image, in vector graphics, a form XObject and the document's metadata, annotations and
 * bookmarks, redacts them and reads the output back the ways an applicant could.
 */
class PdfRedactorTests {

	static final String ID = "110101199003071234";

	static final String MOBILE = "13812345678";

	static final String CJK_MOBILE = "13912345678";

	/** The colour that exists only in the marked part of the image and the marked vector square. */
	static final int SECRET_RGB = 0x00FF00;

	static final int OTHER_RGB = 0xFF0000;

	static final PdfRedactor redactor = new PdfRedactor();

	static byte[] source;

	/** The 2-byte codes the CJK font gives the ID number. */
	static byte[] cjkIdCodes;

	@BeforeAll
	static void buildSource() throws IOException {
		try (var document = new PDDocument(); var collection = new TrueTypeCollection(DocumentProperties.DEFAULT_FONT.toFile())) {
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(f -> {
				if (first[0] == null) {
					first[0] = f;
				}
			});
			var cjk = PDType0Font.load(document, first[0], true);
			var latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			var image = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 50; y++) {
				for (int x = 0; x < 100; x++) {
					image.setRGB(x, y, x >= 60 && x < 80 && y >= 10 && y < 30 ? SECRET_RGB : OTHER_RGB);
				}
			}
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(latin, 12);
				content.newLineAtOffset(50, 700);
				content.showText("Name Zhang San ID " + ID + " Tel " + MOBILE + " end");
				content.endText();
				content.beginText();
				content.setFont(cjk, 12);
				content.newLineAtOffset(50, 650);
				content.showText("身份证号" + ID + "电话" + CJK_MOBILE + "备注");
				content.endText();
				// 100 x 50 pt image at (50, 500): pixel x 60-80, y 10-30 is at x 110-130, y 520-540 from the bottom
				content.drawImage(xobject, 50, 500, 100, 50);
				content.setNonStrokingColor(new Color(SECRET_RGB));
				content.addRect(300, 520, 20, 20);
				content.fill();
			}
			cjkIdCodes = cjk.encode(ID);
			var annotation = new PDAnnotationText();
			annotation.setRectangle(new PDRectangle(50, 400, 20, 20));
			annotation.setContents("Annotation " + ID);
			page.getAnnotations().add(annotation);

			var second = new PDPage(PDRectangle.A4);
			document.addPage(second);
			var form = new PDFormXObject(document);
			form.setBBox(new PDRectangle(0, 0, 300, 40));
			form.setResources(new PDResources());
			var fontName = form.getResources().add(latin);
			try (var formContent = form.getContentStream().createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
				formContent.write(("BT /" + fontName.getName() + " 12 Tf 5 15 Td (Form " + ID + ") Tj ET")
					.getBytes(StandardCharsets.US_ASCII));
			}
			try (var content = new PDPageContentStream(document, second)) {
				content.saveGraphicsState();
				content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(50, 700));
				content.drawForm(form);
				content.restoreGraphicsState();
				content.beginText();
				content.setFont(latin, 12);
				content.newLineAtOffset(50, 600);
				content.showText("Second page text");
				content.endText();
			}

			document.getDocumentInformation().setTitle("Title " + ID);
			document.getDocumentInformation().setAuthor(MOBILE);
			var metadata = new PDMetadata(document);
			metadata.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
					+ "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:description=\"" + ID
					+ "\"/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
			var outline = new PDDocumentOutline();
			var bookmark = new PDOutlineItem();
			bookmark.setTitle("Bookmark " + ID);
			bookmark.setDestination(page);
			outline.addLast(bookmark);
			document.getDocumentCatalog().setDocumentOutline(outline);
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			source = bytes.toByteArray();
		}
	}

	static List<RedactionMark> marks() {
		var marks = new ArrayList<RedactionMark>();
		for (var found : redactor.find(source, RedactionPatterns.ID_NUMBER.pattern())) {
			marks.add(new RedactionMark(found.page(), found.x(), found.y(), found.width(), found.height(), "THIRD_PARTY_RIGHTS"));
		}
		for (var found : redactor.find(source, RedactionPatterns.MOBILE.pattern())) {
			marks.add(new RedactionMark(found.page(), found.x(), found.y(), found.width(), found.height(), "THIRD_PARTY_RIGHTS"));
		}
		// the secret part of the image (x 110-130, y 520-540 from the bottom) and the vector square, from the top
		float height = PDRectangle.A4.getHeight();
		marks.add(new RedactionMark(1, 108, height - 542, 24, 24, "PROCESS_INFORMATION"));
		marks.add(new RedactionMark(1, 298, height - 542, 24, 24, "PROCESS_INFORMATION"));
		return marks;
	}

	@Test
	void findsIdNumbersAndMobilesWhereTheyAre() {
		var ids = redactor.find(source, RedactionPatterns.ID_NUMBER.pattern());
		// on page 1 in the Latin and the CJK line, on page 2 inside the form
		assertThat(ids).extracting(FoundText::text).containsOnly(ID);
		assertThat(ids).extracting(FoundText::page).containsExactly(1, 1, 2);
		float top = PDRectangle.A4.getHeight();
		var latin = ids.get(0);
		assertThat(latin.y()).isLessThan(top - 700).isGreaterThan(top - 700 - 20);
		assertThat(latin.y() + latin.height()).isGreaterThan(top - 700);
		assertThat(latin.x()).isGreaterThan(100).isLessThan(200);
		assertThat(latin.width()).isGreaterThan(80).isLessThan(130);
		var cjk = ids.get(1);
		assertThat(cjk.x()).isGreaterThan(50 + 4 * 11).isLessThan(50 + 4 * 13);
		assertThat(cjk.y()).isLessThan(top - 650).isGreaterThan(top - 650 - 20);

		var mobiles = redactor.find(source, RedactionPatterns.MOBILE.pattern());
		assertThat(mobiles).extracting(FoundText::text).containsExactly(MOBILE, CJK_MOBILE);
		assertThat(mobiles.get(0).x()).isGreaterThan(latin.x() + latin.width());
		assertThat(redactor.find(source, Pattern.compile("Zhang"))).hasSize(1);
		assertThat(redactor.find(source, RedactionPatterns.LANDLINE.pattern())).isEmpty();
	}

	@Test
	void removesMarkedTextButKeepsItsNeighbours() throws IOException {
		var redacted = redactor.redact(source, marks());
		assertThat(redacted.pages()).isEqualTo(2);
		try (var output = Loader.loadPDF(redacted.pdf()); var input = Loader.loadPDF(source)) {
			assertThat(output.getNumberOfPages()).isEqualTo(2);
			var text = text(output, 1);
			assertThat(text).doesNotContain(ID).doesNotContain(MOBILE).doesNotContain(CJK_MOBILE)
				.doesNotContain("1101011990").doesNotContain("12345678");
			assertThat(text).contains("Name Zhang San ID").contains("Tel").contains("end")
				.contains("身份证号").contains("电话").contains("备注");
			assertThat(text).contains(PdfRedactor.reasonCode("THIRD_PARTY_RIGHTS"))
				.contains("〔第十五条〕").contains("〔第十六条第二款〕");
		}
		// the glyphs after a cut stay where they were
		var before = redactor.find(source, Pattern.compile("end"));
		var after = redactor.find(redacted.pdf(), Pattern.compile("end"));
		assertThat(after).hasSize(1);
		assertThat(after.get(0).x()).isCloseTo(before.get(0).x(), org.assertj.core.data.Offset.offset(0.5f));
		var beforeCjk = redactor.find(source, Pattern.compile("备注"));
		var afterCjk = redactor.find(redacted.pdf(), Pattern.compile("备注"));
		assertThat(afterCjk.get(0).x()).isCloseTo(beforeCjk.get(0).x(), org.assertj.core.data.Offset.offset(0.5f));
	}

	@Test
	void leavesNoPixelOfTheMarkedImageAreaOrVectorShape() throws IOException {
		var redacted = redactor.redact(source, marks());
		try (var output = Loader.loadPDF(redacted.pdf())) {
			var images = new ArrayList<BufferedImage>();
			for (var page : output.getPages()) {
				collectImages(page.getResources(), images);
			}
			assertThat(images).isNotEmpty();
			boolean otherColourKept = false;
			for (var image : images) {
				for (int y = 0; y < image.getHeight(); y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						int rgb = image.getRGB(x, y) & 0xFFFFFF;
						assertThat(rgb).as("pixel %d,%d", x, y).isNotEqualTo(SECRET_RGB);
						otherColourKept |= rgb == OTHER_RGB;
					}
				}
			}
			assertThat(otherColourKept).as("the unmarked part of the image stays").isTrue();
			var rendered = new PDFRenderer(output).renderImageWithDPI(0, 72);
			for (int y = 0; y < rendered.getHeight(); y++) {
				for (int x = 0; x < rendered.getWidth(); x++) {
					int rgb = rendered.getRGB(x, y) & 0xFFFFFF;
					assertThat(Math.abs((rgb >> 8 & 0xFF) - 0xFF) < 40 && (rgb >> 16 & 0xFF) < 40)
						.as("green at %d,%d", x, y).isFalse();
				}
			}
		}
	}

	@Test
	void dropsMetadataAnnotationsAndBookmarks() throws IOException {
		var redacted = redactor.redact(source, marks());
		try (var output = Loader.loadPDF(redacted.pdf())) {
			var info = output.getDocumentInformation();
			assertThat(info.getTitle()).isNull();
			assertThat(info.getAuthor()).isNull();
			assertThat(output.getDocumentCatalog().getMetadata()).isNull();
			assertThat(output.getDocumentCatalog().getDocumentOutline()).isNull();
			assertThat(output.getDocumentCatalog().getAcroForm(null)).isNull();
			for (var page : output.getPages()) {
				assertThat(page.getAnnotations()).isEmpty();
			}
		}
	}

	@Test
	void keepsNoBytesOfTheSecrets() throws IOException {
		var redacted = redactor.redact(source, marks());
		var forms = new ArrayList<byte[]>();
		forms.add(redacted.pdf());
		try (var output = Loader.loadPDF(redacted.pdf())) {
			var cos = output.getDocument();
			for (var key : cos.getXrefTable().keySet()) {
				if (cos.getObjectFromPool(key).getObject() instanceof COSStream stream) {
					try (var in = stream.createInputStream()) {
						forms.add(in.readAllBytes());
					}
				}
			}
		}
		assertThat(forms).hasSizeGreaterThan(3);
		var needles = List.of(ID.getBytes(StandardCharsets.US_ASCII), ID.getBytes(StandardCharsets.UTF_16BE),
				HexFormat.of().formatHex(ID.getBytes(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII),
				MOBILE.getBytes(StandardCharsets.US_ASCII), cjkIdCodes,
				HexFormat.of().withUpperCase().formatHex(cjkIdCodes).getBytes(StandardCharsets.US_ASCII),
				HexFormat.of().formatHex(cjkIdCodes).getBytes(StandardCharsets.US_ASCII));
		for (byte[] haystack : forms) {
			for (byte[] needle : needles) {
				assertThat(indexOf(haystack, needle)).as(new String(needle, StandardCharsets.ISO_8859_1)).isEqualTo(-1);
			}
		}
	}

	@Test
	void rasterisesAPageWhoseFormIsMarked() throws IOException {
		var redacted = redactor.redact(source, marks());
		assertThat(redacted.rasterisedPages()).containsExactly(2);
		try (var output = Loader.loadPDF(redacted.pdf())) {
			assertThat(text(output, 2)).isBlank();
			var page = output.getPage(1);
			assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void leavesUnmarkedPagesAsText() throws IOException {
		var onlyImage = marks().stream().filter(m -> m.reason().equals("PROCESS_INFORMATION")).toList();
		var redacted = redactor.redact(source, onlyImage);
		assertThat(redacted.rasterisedPages()).isEmpty();
		try (var output = Loader.loadPDF(redacted.pdf())) {
			assertThat(text(output, 1)).contains(ID).contains(MOBILE);
			assertThat(text(output, 2)).contains("Form " + ID).contains("Second page text");
		}
	}

	@Test
	void cutsEveryTextShowingOperator() throws IOException {
		byte[] pdf;
		try (var document = new PDDocument()) {
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			page.setResources(new PDResources());
			var font = page.getResources().add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
			try (var out = stream.createOutputStream()) {
				out.write(("BT /" + font.getName() + " 12 Tf 16 TL 50 700 Td (first line) Tj (quote " + ID + " after) '"
						+ " 2 0.5 (double " + MOBILE + " after) \""
						+ " [(array) -250 (" + ID + ") -300 (tail)] TJ ET").getBytes(StandardCharsets.US_ASCII));
			}
			page.setContents(stream);
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			pdf = bytes.toByteArray();
		}
		var marks = new ArrayList<RedactionMark>();
		for (var pattern : List.of(RedactionPatterns.ID_NUMBER.pattern(), RedactionPatterns.MOBILE.pattern())) {
			for (var found : redactor.find(pdf, pattern)) {
				marks.add(new RedactionMark(found.page(), found.x(), found.y(), found.width(), found.height(), "STATE_SECRET"));
			}
		}
		assertThat(marks).hasSize(3);
		var redacted = redactor.redact(pdf, marks);
		assertThat(redacted.rasterisedPages()).isEmpty();
		try (var output = Loader.loadPDF(redacted.pdf())) {
			assertThat(text(output, 1)).doesNotContain(ID).doesNotContain(MOBILE)
				.contains("first line", "quote", "after", "double", "array", "tail", "〔第十四条〕");
		}
		for (String word : List.of("after", "tail", "double")) {
			var before = redactor.find(pdf, Pattern.compile(word));
			var after = redactor.find(redacted.pdf(), Pattern.compile(word));
			assertThat(after).as(word).hasSameSizeAs(before);
			for (int i = 0; i < before.size(); i++) {
				assertThat(after.get(i).x()).as(word).isCloseTo(before.get(i).x(), org.assertj.core.data.Offset.offset(0.5f));
				assertThat(after.get(i).y()).as(word).isCloseTo(before.get(i).y(), org.assertj.core.data.Offset.offset(0.5f));
			}
		}
	}

	@Test
	void dropsMarkedContentPropertiesAndRasterisesRotatedPagesAndClippingText() throws IOException {
		byte[] pdf;
		try (var document = new PDDocument()) {
			var latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			String[] contents = {
				// ActualText carries the secret while the shown text is harmless
				"/Span <</ActualText (" + ID + ")>> BDC BT /F 12 Tf 50 700 Td (hello world) Tj ET EMC",
				// a rotated page
				"BT /F 12 Tf 50 700 Td (rotated " + ID + ") Tj ET",
				// text used as a clipping path (mode 7)
				"BT 7 Tr /F 12 Tf 50 700 Td (clip " + ID + ") Tj ET 0 0 600 800 re f" };
			for (int i = 0; i < contents.length; i++) {
				var page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				var resources = new PDResources();
				resources.put(org.apache.pdfbox.cos.COSName.getPDFName("F"), latin);
				page.setResources(resources);
				if (i == 1) {
					page.setRotation(90);
				}
				var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
				try (var out = stream.createOutputStream()) {
					out.write(contents[i].getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(stream);
			}
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			pdf = bytes.toByteArray();
		}
		var marks = List.of(new RedactionMark(1, 300, 300, 20, 20, "STATE_SECRET"),
				new RedactionMark(2, 100, 100, 100, 100, "STATE_SECRET"),
				new RedactionMark(3, 70, 130, 200, 20, "STATE_SECRET"));
		var redacted = redactor.redact(pdf, marks);
		assertThat(redacted.rasterisedPages()).containsExactly(2, 3);
		try (var output = Loader.loadPDF(redacted.pdf())) {
			assertThat(text(output, 1)).contains("hello world").doesNotContain(ID);
			try (var in = output.getPage(0).getContents()) {
				var content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(content).doesNotContain("ActualText").doesNotContain(ID).contains("BMC");
			}
			assertThat(text(output, 2)).isBlank();
			assertThat(text(output, 3)).isBlank();
			// the rotated page keeps its displayed (landscape) shape as an upright page
			assertThat(output.getPage(1).getMediaBox().getWidth()).isGreaterThan(output.getPage(1).getMediaBox().getHeight());
		}
	}

	@Test
	void printsTheArticleOfEachReason() {
		assertThat(PdfRedactor.reasonCode("STATE_SECRET")).isEqualTo("〔第十四条〕");
		assertThat(PdfRedactor.reasonCode("PROCESS_INFORMATION")).isEqualTo("〔第十六条第二款〕");
		assertThat(PdfRedactor.reasonCode("ADMIN_QUERY")).isEqualTo("〔第三十六条第（七）项〕");
		assertThatThrownBy(() -> PdfRedactor.reasonCode("NONSENSE")).isInstanceOf(RedactionRejected.class);
	}

	@Test
	void rejectsWhatItCannotRead() throws IOException {
		assertThatThrownBy(() -> redactor.pageCount("not a pdf".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(RedactionRejected.class)
			.extracting(e -> ((RedactionRejected) e).messageKey()).isEqualTo("redaction.pdf.unreadable");
		byte[] encrypted;
		try (var document = Loader.loadPDF(source)) {
			var policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
			document.protect(policy);
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			encrypted = bytes.toByteArray();
		}
		assertThatThrownBy(() -> redactor.pagePng(encrypted, 1, 72)).isInstanceOf(RedactionRejected.class)
			.extracting(e -> ((RedactionRejected) e).messageKey()).isEqualTo("redaction.pdf.encrypted");
		assertThatThrownBy(() -> redactor.pagePng(source, 3, 72)).isInstanceOf(RedactionRejected.class);
		assertThatThrownBy(() -> redactor.redact(source, List.of(new RedactionMark(1, 10, 10, 10, 10, "NONSENSE"))))
			.isInstanceOf(RedactionRejected.class);
		assertThat(redactor.pageCount(source)).isEqualTo(2);
		var png = redactor.pagePng(source, 1, 10_000);
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		assertThat((double) image.getWidth()).isCloseTo(PDRectangle.A4.getWidth() * PdfRedactor.MAX_DPI / 72.0, org.assertj.core.data.Offset.offset(1.5));
	}

	static String text(PDDocument document, int page) throws IOException {
		var stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	static void collectImages(PDResources resources, List<BufferedImage> images) throws IOException {
		if (resources == null) {
			return;
		}
		for (var name : resources.getXObjectNames()) {
			var xobject = resources.getXObject(name);
			if (xobject instanceof PDImageXObject image) {
				images.add(image.getImage());
			}
			else if (xobject instanceof PDFormXObject form) {
				collectImages(form.getResources(), images);
			}
		}
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
