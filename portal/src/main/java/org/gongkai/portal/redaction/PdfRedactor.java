package org.gongkai.portal.redaction;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.portal.documents.DocumentProperties;
import org.gongkai.workflow.request.WithholdingReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Removes marked content from PDFs, finds text to mark and renders pages for marking.
 * (API agreed between the redaction and the reply-files work; implemented in the redaction work.)
 *
 * <p>The output is a new document that holds only the pages: their boxes, their resources and their
 * rewritten content. Document information, XMP metadata, outlines, annotations and form fields,
 * structure tree and marked-content properties (ActualText, Alt), embedded files, JavaScript and open
 * actions, thumbnails and {@code /PieceInfo} are not carried over, and the file is written in full
 * (no incremental update keeps old bytes). On each page {@link PageCutter} removes marked glyphs from
 * the text operators, paints the marked pixels of images black in new images and drops paths painted
 * over a mark; a page whose content it cannot cut safely (or a rotated page) is rendered at
 * {@value #RASTER_DPI} dpi with the marks painted and replaced by that image alone
 * ({@link Redacted#rasterisedPages()}). Each mark is then filled black with its reason code in white,
 * {@code 〔第十四条〕}, {@code 〔第十六条第二款〕}: see {@link #reasonCode}.
 */
@Component
public class PdfRedactor {

	/** Resolution of rasterised pages. */
	static final int RASTER_DPI = 200;

	/** The page images of the marking page stay within this resolution. */
	public static final int MAX_DPI = 200;

	public static final int MIN_DPI = 36;

	private static final float LABEL_SIZE = 9;

	private static final float MIN_LABEL_SIZE = 3;

	private final Path fontFile;

	private final String fontName;

	/** With the default font of the notices (WenQuanYi Zen Hei) for the reason codes. */
	public PdfRedactor() {
		this(DocumentProperties.defaults());
	}

	@Autowired
	public PdfRedactor(DocumentProperties documents) {
		this.fontFile = documents.font();
		this.fontName = documents.fontName();
	}

	/**
	 * The code printed in a redaction box for a {@link WithholdingReason} name:
	 * its citation as the letters write it ({@code Citation.text()}) in 〔〕, e.g. {@code 〔第十四条〕},
	 * {@code 〔第十六条第二款〕}, {@code 〔第三十六条第（七）项〕}.
	 * @throws RedactionRejected for a name that is no withholding reason
	 */
	public static String reasonCode(String reason) {
		WithholdingReason withholding;
		try {
			withholding = WithholdingReason.valueOf(reason);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new RedactionRejected("redaction.reason.invalid", "Unknown withholding reason " + reason);
		}
		return "〔" + withholding.citation().text() + "〕";
	}

	/** A new PDF without the marked content, each area filled and labelled with its reason. */
	public Redacted redact(byte[] pdf, List<RedactionMark> marks) {
		try (var source = load(pdf); var out = new PDDocument()) {
			int pages = source.getNumberOfPages();
			for (var mark : marks) {
				check(mark, pages);
			}
			TrueTypeCollection collection = null;
			try {
				collection = new TrueTypeCollection(fontFile.toFile());
				TrueTypeFont ttf = fontName == null ? firstFont(collection) : collection.getFontByName(fontName);
				var font = PDType0Font.load(out, ttf, true);
				var rasterised = new ArrayList<Integer>();
				// deep copies: objects of the source keep their object numbers, which would collide in the new file
				var cloner = new PDFCloneUtility(out) {
				};
				var renderer = new PDFRenderer(source);
				renderer.setAnnotationsFilter(annotation -> false);
				for (int i = 0; i < pages; i++) {
					int number = i + 1;
					var pageMarks = marks.stream().filter(m -> m.page() == number).toList();
					PDPage page = source.getPage(i);
					if (!pageMarks.isEmpty() && (page.getRotation() % 360 != 0 || !copyCut(page, pageMarks, out, font, cloner))) {
						rasterise(renderer, i, pageMarks, out);
						rasterised.add(number);
					}
					else if (pageMarks.isEmpty()) {
						copyCut(page, pageMarks, out, font, cloner);
					}
				}
				var bytes = new ByteArrayOutputStream();
				out.save(bytes);
				return new Redacted(bytes.toByteArray(), pages, List.copyOf(rasterised));
			}
			finally {
				if (collection != null) {
					collection.close();
				}
			}
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot redact the PDF: " + e.getMessage());
		}
	}

	private static TrueTypeFont firstFont(TrueTypeCollection collection) throws IOException {
		var first = new TrueTypeFont[1];
		collection.processAllFonts(f -> {
			if (first[0] == null) {
				first[0] = f;
			}
		});
		return first[0];
	}

	private static void check(RedactionMark mark, int pages) {
		if (mark.page() < 1 || mark.page() > pages) {
			throw new RedactionRejected("redaction.page.invalid", "No page " + mark.page());
		}
		if (!(mark.width() > 0) || !(mark.height() > 0) || !Float.isFinite(mark.x()) || !Float.isFinite(mark.y())
				|| !Float.isFinite(mark.width()) || !Float.isFinite(mark.height())) {
			throw new RedactionRejected("redaction.mark.invalid", "Empty or invalid mark " + mark);
		}
		reasonCode(mark.reason());
	}

	/**
	 * Copies the page into {@code out} with its content cut, then draws the boxes.
	 * @return false if the page must be rasterised instead (nothing was added)
	 */
	private boolean copyCut(PDPage page, List<RedactionMark> marks, PDDocument out, PDType0Font font,
			PDFCloneUtility cloner) throws IOException {
		var crop = page.getCropBox();
		var areas = new ArrayList<float[]>();
		for (var m : marks) {
			float x0 = crop.getLowerLeftX() + m.x();
			float y1 = crop.getUpperRightY() - m.y();
			areas.add(new float[] { x0, y1 - m.height(), x0 + m.width(), y1 });
		}
		var cutter = new PageCutter(page, areas, out);
		if (!marks.isEmpty()) {
			try {
				cutter.cut();
			}
			catch (IOException | RuntimeException e) {
				return false;
			}
			if (cutter.rasterise() != null) {
				return false;
			}
		}
		var tokens = rewrite(page, cutter);
		var copy = new PDPage(page.getMediaBox());
		if (page.getCOSObject().getDictionaryObject(COSName.CROP_BOX) != null) {
			copy.setCropBox(crop);
		}
		copy.setResources(resources(page.getResources(), tokens, cutter, cloner));
		var stream = new PDStream(out);
		try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
			new ContentStreamWriter(os).writeTokens(tokens);
		}
		copy.setContents(stream);
		out.addPage(copy);
		if (!marks.isEmpty()) {
			try (var content = new PDPageContentStream(out, copy, PDPageContentStream.AppendMode.APPEND, true, true)) {
				for (int i = 0; i < marks.size(); i++) {
					box(content, font, areas.get(i), reasonCode(marks.get(i).reason()));
				}
			}
		}
		return true;
	}

	/** The page's tokens with the cutter's replacements and without marked-content properties. */
	private static List<Object> rewrite(PDPage page, PageCutter cutter) throws IOException {
		var parser = new PDFStreamParser(page);
		var result = new ArrayList<Object>();
		var operands = new ArrayList<Object>();
		int index = -1;
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (!(token instanceof Operator operator)) {
				operands.add(token);
				continue;
			}
			index++;
			var replacement = cutter.replacements().get(index);
			if (replacement != null) {
				result.addAll(replacement);
			}
			else {
				markedContent(operator, operands, result, page.getResources());
			}
			operands.clear();
		}
		return result;
	}

	/**
	 * Marked content keeps its tag and optional-content references only: property lists (which may
	 * carry ActualText, Alt or other copies of the text) are left out.
	 */
	private static void markedContent(Operator operator, List<Object> operands, List<Object> result,
			PDResources resources) {
		switch (operator.getName()) {
			case "BDC" -> {
				boolean optionalContent = operands.size() == 2 && operands.get(1) instanceof COSName name
						&& optionalContent(resources, name);
				if (!operands.isEmpty() && operands.get(0) instanceof COSName) {
					result.add(operands.get(0));
					if (optionalContent) {
						result.add(operands.get(1));
					}
					result.add(Operator.getOperator(optionalContent ? "BDC" : "BMC"));
				}
				else {
					result.add(COSName.getPDFName("Span"));
					result.add(Operator.getOperator("BMC"));
				}
			}
			case "DP", "MP" -> {
				// marked points carry nothing visible
			}
			default -> {
				result.addAll(operands);
				result.add(operator);
			}
		}
	}

	private static boolean optionalContent(PDResources resources, COSName name) {
		if (resources == null) {
			return false;
		}
		var properties = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
		var entry = properties == null ? null : properties.getCOSDictionary(name);
		if (entry == null) {
			return false;
		}
		var type = entry.getCOSName(COSName.TYPE);
		return COSName.OCG.equals(type) || COSName.getPDFName("OCMD").equals(type);
	}

	/**
	 * A copy of the page's resources: the XObjects the new content draws (the replaced images under
	 * their new names, none of the originals that were replaced), optional-content properties only, and
	 * XObjects without {@code /Metadata} or {@code /PieceInfo}.
	 */
	private static PDResources resources(PDResources original, List<Object> tokens, PageCutter cutter,
			PDFCloneUtility cloner) throws IOException {
		var copy = new COSDictionary();
		if (original != null) {
			for (var entry : original.getCOSObject().entrySet()) {
				if (!entry.getKey().equals(COSName.XOBJECT) && !entry.getKey().equals(COSName.PROPERTIES)) {
					copy.setItem(entry.getKey(), cloner.cloneForNewDocument(entry.getValue()));
				}
			}
		}
		Set<COSName> drawn = new HashSet<>();
		for (int i = 1; i < tokens.size(); i++) {
			if (tokens.get(i) instanceof Operator op && op.getName().equals("Do")
					&& tokens.get(i - 1) instanceof COSName name) {
				drawn.add(name);
			}
		}
		var xobjects = new COSDictionary();
		var originalXObjects = original == null ? null : original.getCOSObject().getCOSDictionary(COSName.XOBJECT);
		for (COSName name : drawn) {
			var image = cutter.newImages().get(name);
			if (image != null) {
				xobjects.setItem(name, image);
				continue;
			}
			COSBase object = originalXObjects == null ? null : originalXObjects.getDictionaryObject(name);
			if (object instanceof COSDictionary dictionary) {
				dictionary.removeItem(COSName.METADATA);
				dictionary.removeItem(COSName.PIECE_INFO);
				xobjects.setItem(name, cloner.cloneForNewDocument(originalXObjects.getItem(name)));
			}
		}
		copy.setItem(COSName.XOBJECT, xobjects);
		var properties = new COSDictionary();
		var originalProperties = original == null ? null : original.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
		if (originalProperties != null) {
			for (var name : originalProperties.keySet()) {
				if (optionalContent(original, name)) {
					properties.setItem(name, cloner.cloneForNewDocument(originalProperties.getItem(name)));
				}
			}
		}
		copy.setItem(COSName.PROPERTIES, properties);
		return new PDResources(copy);
	}

	/** A black box with the reason code in white, as large as fits (at most {@value #LABEL_SIZE} pt). */
	private static void box(PDPageContentStream content, PDType0Font font, float[] area, String code)
			throws IOException {
		float width = area[2] - area[0];
		float height = area[3] - area[1];
		content.setNonStrokingColor(Color.BLACK);
		content.addRect(area[0], area[1], width, height);
		content.fill();
		float unitWidth = font.getStringWidth(code) / 1000;
		float size = Math.min(LABEL_SIZE, Math.min(height * 0.8f, (width - 2) / unitWidth));
		if (size < MIN_LABEL_SIZE) {
			size = Math.min(MIN_LABEL_SIZE, height);
		}
		content.beginText();
		content.setNonStrokingColor(Color.WHITE);
		content.setFont(font, size);
		content.newLineAtOffset(area[0] + Math.max(0, (width - unitWidth * size) / 2),
				area[1] + (height - size * 0.8f) / 2);
		content.showText(code);
		content.endText();
	}

	/** Replaces the page by an image of it with the marks painted in (labels drawn into the image, no text). */
	private void rasterise(PDFRenderer renderer, int index, List<RedactionMark> marks, PDDocument out)
			throws IOException {
		float scale = RASTER_DPI / 72f;
		BufferedImage image = renderer.renderImageWithDPI(index, RASTER_DPI, ImageType.RGB);
		var g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		for (var m : marks) {
			var box = new Rectangle2D.Float(m.x() * scale - 1, m.y() * scale - 1, m.width() * scale + 2,
					m.height() * scale + 2);
			g.setColor(Color.BLACK);
			g.fill(box);
			var code = reasonCode(m.reason());
			float points = Math.max(MIN_LABEL_SIZE,
					Math.min(LABEL_SIZE, Math.min(m.height() * 0.8f, m.width() / Math.max(1, code.length()))));
			var font = awtFont().deriveFont(points * scale);
			g.setFont(font);
			g.setColor(Color.WHITE);
			var metrics = g.getFontMetrics();
			g.drawString(code, (float) (box.getX() + Math.max(0, (box.getWidth() - metrics.stringWidth(code)) / 2)),
					(float) (box.getY() + (box.getHeight() + metrics.getAscent() - metrics.getDescent()) / 2));
		}
		g.dispose();
		var page = new PDPage(new PDRectangle(image.getWidth() / scale, image.getHeight() / scale));
		out.addPage(page);
		var xobject = LosslessFactory.createFromImage(out, image);
		try (var content = new PDPageContentStream(out, page)) {
			content.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
		}
	}

	private Font awtFont;

	private synchronized Font awtFont() throws IOException {
		if (awtFont == null) {
			try {
				Font[] fonts = Font.createFonts(fontFile.toFile());
				awtFont = fonts[0];
				for (Font f : fonts) {
					if (fontName != null && fontName.equals(f.getPSName())) {
						awtFont = f;
					}
				}
			}
			catch (FontFormatException e) {
				throw new IOException(e);
			}
		}
		return awtFont;
	}

	/** Every match of the pattern in the text of the PDF, with the area it covers. */
	public List<FoundText> find(byte[] pdf, Pattern pattern) {
		try (var document = load(pdf)) {
			var found = new ArrayList<FoundText>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				var locator = new Locator();
				locator.setSortByPosition(true);
				locator.setStartPage(page);
				locator.setEndPage(page);
				locator.getText(document);
				var matcher = pattern.matcher(locator.text);
				while (matcher.find()) {
					if (matcher.end() > matcher.start()) {
						areas(page, locator, matcher.start(), matcher.end(), found);
					}
				}
			}
			return found;
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot read the PDF: " + e.getMessage());
		}
	}

	/** The areas of the characters from start to end, one per line they are on. */
	private static void areas(int page, Locator locator, int start, int end, List<FoundText> found) {
		TextPosition first = null;
		float x0 = 0;
		float top = 0;
		float x1 = 0;
		float bottom = 0;
		var text = new StringBuilder();
		for (int i = start; i <= end; i++) {
			TextPosition p = i < end ? locator.positions.get(i) : null;
			if (p == null && i < end) {
				if (first != null) {
					text.append(locator.text.charAt(i));
				}
				continue;
			}
			boolean newLine = p == null || first != null
					&& Math.abs(p.getYDirAdj() - first.getYDirAdj()) > first.getHeightDir() / 2 + 0.5f;
			if (newLine && first != null) {
				found.add(new FoundText(page, x0 - 0.3f, top, x1 - x0 + 0.6f, bottom - top, text.toString().strip()));
				first = null;
				text.setLength(0);
			}
			if (p == null) {
				break;
			}
			float height = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f);
			float pTop = p.getYDirAdj() - height * 1.15f;
			float pBottom = p.getYDirAdj() + height * 0.25f;
			if (first == null) {
				first = p;
				x0 = p.getXDirAdj();
				x1 = p.getXDirAdj() + p.getWidthDirAdj();
				top = pTop;
				bottom = pBottom;
			}
			else {
				x0 = Math.min(x0, p.getXDirAdj());
				x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
				top = Math.min(top, pTop);
				bottom = Math.max(bottom, pBottom);
			}
			text.append(locator.text.charAt(i));
		}
	}

	/** The page's text with, per character, the position it came from (null for separators). */
	private static final class Locator extends PDFTextStripper {

		private final StringBuilder text = new StringBuilder();

		private final List<TextPosition> positions = new ArrayList<>();

		@Override
		protected void writeString(String string, List<TextPosition> textPositions) {
			for (var p : textPositions) {
				String unicode = p.getUnicode();
				for (int i = 0; i < unicode.length(); i++) {
					text.append(unicode.charAt(i));
					positions.add(p);
				}
			}
		}

		@Override
		protected void writeWordSeparator() {
			text.append(' ');
			positions.add(null);
		}

		@Override
		protected void writeLineSeparator() {
			text.append('\n');
			positions.add(null);
		}
	}

	/** The size of each page as displayed (its crop box, turned by its rotation), in points. */
	public List<PageSize> pageSizes(byte[] pdf) {
		try (var document = load(pdf)) {
			var sizes = new ArrayList<PageSize>();
			for (var page : document.getPages()) {
				var crop = page.getCropBox();
				boolean turned = page.getRotation() % 180 != 0;
				sizes.add(turned ? new PageSize(crop.getHeight(), crop.getWidth()) : new PageSize(crop.getWidth(), crop.getHeight()));
			}
			return sizes;
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot read the PDF: " + e.getMessage());
		}
	}

	/** A page's displayed width and height in points. */
	public record PageSize(float width, float height) {
	}

	/** The number of pages. */
	public int pageCount(byte[] pdf) {
		try (var document = load(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot read the PDF: " + e.getMessage());
		}
	}

	/**
	 * Page {@code page} (from 1) as PNG at the given resolution.
	 * @param dpi kept within {@value #MIN_DPI}–{@value #MAX_DPI}
	 * @throws RedactionRejected for an unreadable or encrypted PDF or a page it does not have
	 */
	public byte[] pagePng(byte[] pdf, int page, int dpi) {
		try (var document = load(pdf)) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw new RedactionRejected("redaction.page.invalid", "No page " + page);
			}
			var renderer = new PDFRenderer(document);
			var image = renderer.renderImageWithDPI(page - 1, Math.max(MIN_DPI, Math.min(MAX_DPI, dpi)), ImageType.RGB);
			var png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot render the PDF: " + e.getMessage());
		}
	}

	/** The document, unless it is not a PDF, damaged or encrypted (even with an empty password). */
	private static PDDocument load(byte[] pdf) {
		if (pdf == null || pdf.length == 0) {
			throw new RedactionRejected("redaction.pdf.unreadable", "No PDF");
		}
		PDDocument document;
		try {
			document = Loader.loadPDF(pdf);
		}
		catch (IOException e) {
			throw new RedactionRejected("redaction.pdf.unreadable", "Cannot read the PDF: " + e.getMessage());
		}
		if (document.isEncrypted()) {
			try {
				document.close();
			}
			catch (IOException ignored) {
				// nothing was written
			}
			throw new RedactionRejected("redaction.pdf.encrypted", "The PDF is encrypted");
		}
		return document;
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
