package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.gongkai.portal.documents.NoticeRendererTests.TextLine;
import org.gongkai.workflow.request.ReplyType;
import org.junit.jupiter.api.Test;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Every notice kind in each variant of the golden test, rendered as OFD and read back with ofdrw's reader:
 * the same pages as the PDF, on each page the same lines with the same text at the same place (within
 * 0.5 mm) in the same size, and the fonts embedded as subsets that have the characters.
 */
class OfdLettersTests {

	private static final double MM_PER_POINT = 25.4 / 72;

	/** One line of an OFD page, in mm from the top left, characters without spaces. */
	record OfdLine(int page, String text, double x, double baseline, double size) {
	}

	@Test
	void everyLetterReadsAsItsPdfLineByLine() throws IOException {
		for (Map.Entry<String, Notice> letter : NoticeLettersGoldenTests.letters().entrySet()) {
			assertSameLetter(letter.getKey(), letter.getValue());
		}
	}

	@Test
	void longLetterKeepsItsPagesAndPageNumbers() throws IOException {
		var paragraphs = new ArrayList<String>();
		for (int i = 1; i <= 9; i++) {
			paragraphs.add("第" + ChineseText.number(i) + "段：本机关对您（单位）申请获取的政府信息进行了全面检索，涉及本机关办公室、财务科、"
					+ "项目管理科等内设机构保存的纸质档案和电子文件，检索范围包括2023年至2025年形成的会议纪要、项目台账和审计报告等材料。");
		}
		Notice notice = NoticeRendererTests.reply(ReplyType.DISCLOSE).withParagraphs(paragraphs.toArray(String[]::new));
		List<OfdLine> lines = assertSameLetter("long reply", notice);
		assertThat(lines.stream().mapToInt(OfdLine::page).max().orElseThrow()).isGreaterThan(1);
		assertThat(lines).filteredOn(line -> line.text().equals("—1—")).hasSize(1);
		assertThat(lines).filteredOn(line -> line.text().equals("—2—")).hasSize(1);
	}

	@Test
	void rareCharacterComesFromTheFallbackFaceWhichIsEmbeddedToo() throws IOException {
		// 𠮷 (U+20BB7, CJK Extension B) is not in WenQuanYi Zen Hei; 䶮 (U+4DAE) takes a fallback face too
		var request = new RequestDetails("吉𠮷䶮", "GK2026-0012", NoticeRendererTests.REQUEST.receivedOn(),
				NoticeRendererTests.REQUEST.description());
		Notice notice = new ExtensionNotice(NoticeRendererTests.ISSUER, request, NoticeLettersGoldenTests.DUE,
				NoticeLettersGoldenTests.DUE.plusDays(20), "需要调取的档案数量较多。");
		assertSameLetter("rare characters", notice);
		byte[] ofd = NoticeRendererTests.renderer.render(notice, DocumentFormat.OFD);
		assertThat(embeddedFonts(ofd)).hasSizeGreaterThan(1);
		// 𠮷 is beyond the basic plane, which the subset's character map cannot reach: its glyph is named
		try (var reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			TextObject rare = new ContentExtractor(reader).getPageTextObject(1)
				.stream()
				.filter(text -> text.getTextCodes().get(0).getContent().contains("𠮷"))
				.findFirst()
				.orElseThrow();
			assertThat(rare.getCGTransforms()).hasSize(1);
			var transform = rare.getCGTransforms().get(0);
			assertThat(transform.getCodePosition()).isEqualTo(rare.getTextCodes().get(0).getContent().codePoints()
				.boxed().toList().indexOf(0x20BB7));
			int glyph = Integer.parseInt(transform.getGlyphs().toString().strip());
			String file = reader.getResMgt().getFont(rare.getFont().toString()).getFontFile().toString();
			byte[] font = embeddedFonts(ofd).entrySet().stream()
				.filter(e -> e.getKey().endsWith(file.substring(file.lastIndexOf('/') + 1)))
				.findFirst().orElseThrow().getValue();
			var ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
			assertThat(glyph).isPositive().isLessThan(ttf.getNumberOfGlyphs());
			assertThat(ttf.getGlyph().getGlyph(glyph).getDescription().getPointCount()).as("the glyph has an outline")
				.isPositive();
		}
	}

	/** Compares the OFD with the PDF of the notice, line by line; returns the OFD's lines. */
	private static List<OfdLine> assertSameLetter(String name, Notice notice) throws IOException {
		byte[] pdf = NoticeRendererTests.renderer.render(notice, DocumentFormat.PDF);
		byte[] ofd = NoticeRendererTests.renderer.render(notice, DocumentFormat.OFD);
		assertThat(new String(ofd, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as(name).isEqualTo("PK");

		List<TextLine> pdfLines;
		int pdfPages;
		try (var document = Loader.loadPDF(pdf)) {
			pdfPages = document.getNumberOfPages();
			pdfLines = NoticeRendererTests.lines(document);
		}
		List<OfdLine> ofdLines;
		int ofdPages;
		try (var reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			ofdPages = reader.getNumberOfPages();
			ofdLines = lines(reader);
			var extractor = new ContentExtractor(reader);
			for (int page = 1; page <= ofdPages; page++) {
				int p = page;
				String pdfText = pdfLines.stream().filter(l -> l.page() == p).map(TextLine::text).collect(Collectors.joining());
				assertThat(String.join("", extractor.getPageContent(page)).replaceAll("\\s", ""))
					.as("%s: text of page %d", name, page)
					.isEqualTo(pdfText);
			}
			assertFontsEmbedded(name, reader, ofd);
		}
		assertThat(ofdPages).as("%s: pages", name).isEqualTo(pdfPages);
		assertThat(ofdLines).as("%s: lines", name).hasSameSizeAs(pdfLines);
		for (int i = 0; i < pdfLines.size(); i++) {
			TextLine expected = pdfLines.get(i);
			OfdLine line = ofdLines.get(i);
			String where = name + ", line " + i + " " + expected.text();
			assertThat(line.page()).as(where).isEqualTo(expected.page());
			assertThat(line.text()).as(where).isEqualTo(expected.text());
			assertThat(line.x()).as(where + ": x").isCloseTo(expected.x() * MM_PER_POINT, within(0.5));
			assertThat(line.baseline()).as(where + ": baseline").isCloseTo(expected.baseline() * MM_PER_POINT, within(0.5));
			assertThat(line.size()).as(where + ": size").isCloseTo(expected.size() * MM_PER_POINT, within(0.01));
		}
		return ofdLines;
	}

	/** The OFD's text objects grouped into lines by baseline, top to bottom, each line's runs left to right. */
	static List<OfdLine> lines(OFDReader reader) {
		var lines = new ArrayList<OfdLine>();
		var extractor = new ContentExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			record Placed(String text, double x, double y, double size) {
			}
			var placed = new ArrayList<Placed>();
			for (TextObject text : extractor.getPageTextObject(page)) {
				for (TextCode code : text.getTextCodes()) {
					placed.add(new Placed(code.getContent().replaceAll("\\s", ""), text.getBoundary().getTopLeftX() + code.getX(),
							text.getBoundary().getTopLeftY() + code.getY(), text.getSize()));
				}
			}
			placed.sort(Comparator.comparingDouble(Placed::y).thenComparingDouble(Placed::x));
			OfdLine current = null;
			for (Placed run : placed) {
				if (run.text().isEmpty()) {
					continue;
				}
				if (current != null && current.page() == page && Math.abs(current.baseline() - run.y()) < 0.1) {
					assertThat(run.size()).as("size of %s in %s", run, current).isEqualTo(current.size());
					current = new OfdLine(page, current.text() + run.text(), current.x(), current.baseline(), current.size());
					lines.set(lines.size() - 1, current);
				}
				else {
					current = new OfdLine(page, run.text(), run.x(), run.y(), run.size());
					lines.add(current);
				}
			}
		}
		return lines;
	}

	/** Every text object names a font whose file is in the package: a TrueType subset with its characters. */
	private static void assertFontsEmbedded(String name, OFDReader reader, byte[] ofd) throws IOException {
		Map<String, byte[]> files = embeddedFonts(ofd);
		assertThat(files).as(name).isNotEmpty();
		var extractor = new ContentExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			for (TextObject text : extractor.getPageTextObject(page)) {
				var font = reader.getResMgt().getFont(text.getFont().toString());
				assertThat(font).as("%s: font of %s", name, text.getTextCodes().get(0).getContent()).isNotNull();
				assertThat(font.getFontFile()).as(name).isNotNull();
				String file = font.getFontFile().toString();
				byte[] bytes = files.entrySet()
					.stream()
					.filter(e -> e.getKey().endsWith("/" + file.substring(file.lastIndexOf('/') + 1)))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElseThrow(() -> new AssertionError(name + ": " + file + " not in " + files.keySet()));
				var ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
				var cmap = ttf.getUnicodeCmapLookup();
				for (TextCode code : text.getTextCodes()) {
					code.getContent().codePoints().filter(cp -> cp <= 0xFFFF && !Character.isWhitespace(cp)).forEach(cp -> {
						try {
							assertThat(cmap.getGlyphId(cp)).as("%s: glyph of %s", name, Character.toString(cp)).isPositive();
						}
						catch (Exception ex) {
							throw new AssertionError(ex);
						}
					});
				}
			}
		}
	}

	/** The font files in the OFD package by path: subsets, far smaller than the faces. */
	static Map<String, byte[]> embeddedFonts(byte[] ofd) throws IOException {
		var fonts = new java.util.LinkedHashMap<String, byte[]>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
					byte[] bytes = zip.readAllBytes();
					assertThat(bytes.length).as(entry.getName()).isBetween(1, 2_000_000);
					fonts.put(entry.getName(), bytes);
				}
			}
		}
		return fonts;
	}
}
