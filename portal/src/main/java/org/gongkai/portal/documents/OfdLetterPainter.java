package org.gongkai.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * Draws a {@link LetterLayout} as an OFD document (GB/T 33190-2016), the Chinese format for archiving
 * official e-documents: every run goes where the PDF has it, in the same size, as a text object whose
 * character positions ({@code DeltaX}) come from the same font metrics as the PDF's, so the two print
 * alike and their text reads the same.
 *
 * <p>Each face is embedded as a TrueType subset of the characters used (fontbox's subsetter, as PDFBox
 * does for the PDF), so a letter stays small though the faces are tens of megabytes. ofdrw's canvas
 * writes the text objects; their positions are then set from the layout, not from ofdrw's own measuring.
 */
final class OfdLetterPainter {

	private static final double MM_PER_POINT = 25.4 / 72;

	private final DocumentFonts fonts;

	OfdLetterPainter(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	byte[] paint(LetterLayout layout) throws IOException {
		Path work = Files.createTempDirectory("gongkai-ofd");
		try {
			Subset[] ofdFonts = subsets(layout, work);
			var out = new ByteArrayOutputStream();
			double width = mm(layout.width());
			double height = mm(layout.height());
			var pageLayout = new PageLayout(width, height).setMargin(0d);
			try (var document = new OFDDoc(out)) {
				document.setDefaultPageLayout(pageLayout);
				describe(document, layout);
				for (LetterLayout.Page page : layout.pages()) {
					var virtualPage = new VirtualPage(pageLayout.clone());
					var canvas = new Canvas(0d, 0d, width, height).setPosition(Position.Absolute);
					canvas.setDrawer(context -> draw(context, canvas, ofdFonts, layout, page));
					virtualPage.add(canvas);
					document.addVPage(virtualPage);
				}
			}
			return out.toByteArray();
		}
		finally {
			delete(work);
		}
	}

	private static void describe(OFDDoc document, LetterLayout layout) throws IOException {
		try {
			var info = document.getOfdDir().getOfd().getDocBody().getDocInfo();
			info.setTile(layout.title());
			info.setAuthor(layout.author());
			info.setCreator("Gongkai");
		}
		catch (org.dom4j.DocumentException ex) {
			throw new IOException(ex);
		}
	}

	/** Draws the page's runs, then puts each where the layout has it, with the layout's advances. */
	private void draw(DrawContext context, Canvas canvas, Subset[] ofdFonts, LetterLayout layout, LetterLayout.Page page)
			throws IOException {
		for (LetterLayout.Line line : page.lines()) {
			double size = mm(line.size());
			double y = mm(layout.height() - line.baseline());
			for (LetterLayout.Run run : line.runs()) {
				if (run.text().isBlank()) {
					continue; // draws nothing, and ofdrw adds no text object for it
				}
				double x = mm(run.x());
				Subset subset = ofdFonts[run.face()];
				context.setFont(new FontSetting(size, subset.font()));
				int before = canvas.getPreferBlock().getPageBlocks().size();
				context.fillText(run.text(), x, y);
				List<?> blocks = canvas.getPreferBlock().getPageBlocks();
				if (blocks.size() != before + 1) {
					throw new IllegalStateException("no text object for the run \"" + run.text() + "\"");
				}
				var text = (TextObject) blocks.get(blocks.size() - 1);
				text.getTextCodes().forEach(text::remove);
				var code = new TextCode().setContent(run.text()).setX(x).setY(y);
				Double[] deltas = deltas(run, line.size());
				if (deltas.length > 0) {
					code.setDeltaX(deltas);
				}
				supplementaryGlyphs(text, run, subset); // CGTransform comes before TextCode in CT_Text
				text.addTextCode(code);
			}
		}
	}

	/**
	 * Characters beyond the Basic Multilingual Plane (CJK Extension B and later, as in rare characters of
	 * names) get their glyph named by a {@code CGTransform}: the subset's character map (format 4) reaches
	 * only the basic plane, so a reader would not find them through it.
	 */
	private void supplementaryGlyphs(TextObject text, LetterLayout.Run run, Subset subset) {
		int[] codePoints = run.text().codePoints().toArray();
		for (int i = 0; i < codePoints.length; i++) {
			if (Character.isSupplementaryCodePoint(codePoints[i])) {
				Integer glyph = subset.glyphs().get(fonts.glyph(run.face(), codePoints[i]));
				if (glyph != null) {
					text.addCGTransform(new CT_CGTransform().setCodePosition(i)
						.setCodeCount(1)
						.setGlyphCount(1)
						.setGlyphs(new ST_Array(glyph)));
				}
			}
		}
	}

	/** The distance from each character to the next, in mm: its advance plus the run's spacing. */
	private Double[] deltas(LetterLayout.Run run, float size) {
		int[] codePoints = run.text().codePoints().toArray();
		var deltas = new Double[Math.max(codePoints.length - 1, 0)];
		for (int i = 0; i < deltas.length; i++) {
			deltas[i] = mm(fonts.advance(run.face(), codePoints[i]) * size / 1000f + run.spacing());
		}
		return deltas;
	}

	/**
	 * A face's subset for the OFD package.
	 *
	 * @param glyphs the subset's glyph for each glyph of the face
	 */
	private record Subset(Font font, Map<Integer, Integer> glyphs) {
	}

	/** Each face used, as a TrueType subset of the characters the letter has in it. */
	private Subset[] subsets(LetterLayout layout, Path work) throws IOException {
		var used = new TreeSet<Integer>();
		var ofdFonts = new Subset[fonts.size()];
		for (int face = 0; face < fonts.size(); face++) {
			used.clear();
			for (LetterLayout.Page page : layout.pages()) {
				for (LetterLayout.Line line : page.lines()) {
					for (LetterLayout.Run run : line.runs()) {
						if (run.face() == face) {
							run.text().codePoints().forEach(used::add);
						}
					}
				}
			}
			if (used.isEmpty()) {
				continue;
			}
			var subsetter = new TTFSubsetter(fonts.font(face));
			subsetter.addAll(used);
			Path file = work.resolve("face" + face + ".ttf");
			try (OutputStream out = Files.newOutputStream(file)) {
				subsetter.writeToStream(out);
			}
			var glyphs = new HashMap<Integer, Integer>();
			subsetter.getGIDMap().forEach((subsetGlyph, faceGlyph) -> glyphs.put(faceGlyph, subsetGlyph));
			String name = fonts.font(face).getName();
			ofdFonts[face] = new Subset(new Font(name, name, file), glyphs);
		}
		return ofdFonts;
	}

	private static double mm(float points) {
		return points * MM_PER_POINT;
	}

	private static void delete(Path work) {
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// a temporary subset left behind harms nothing
		}
	}
}
