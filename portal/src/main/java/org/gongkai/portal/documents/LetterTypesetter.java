package org.gongkai.portal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Sets a {@link Letter} on A4 pages after GB/T 9704-2012 (党政机关公文格式): type area 156 × 225 mm,
 * body in 三号 (16 pt) on 22 lines a page, title in 二号 (22 pt) centred, two-character first-line
 * indent, lines justified, no line starting with closing punctuation, no single line of a paragraph
 * alone on a page, signature centred over a date
 * set four characters from the right, and page numbers "— 1 —" when there is more than one page.
 * The signature block is kept with the last lines of the text, so no page holds only the signature
 * (which would need a "（此页无正文）" note).
 *
 * <p>The layout is computed once ({@link #layout}); {@link PdfLetterPainter} and {@link OfdLetterPainter}
 * draw the same {@link LetterLayout}, so the PDF and the OFD of a letter have every line in the same place.
 */
final class LetterTypesetter {

	private static final float MM = 72f / 25.4f;

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float LEFT = 28 * MM;

	private static final float RIGHT = PAGE.getWidth() - 26 * MM;

	private static final float TOP = PAGE.getHeight() - 37 * MM;

	private static final float BOTTOM = 35 * MM;

	private static final float BODY_SIZE = 16f;

	/** 225 mm of type area / 22 lines. */
	private static final float BODY_LINE = 225 * MM / 22;

	private static final float TITLE_SIZE = 22f;

	private static final float TITLE_LINE = 38f;

	private static final float PAGE_NUMBER_SIZE = 14f;

	/** No line may start with these (避头点). */
	private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉…—％‰·．,.;:?!)]}%";

	/** No line may end with these (避尾点). */
	private static final String NO_LINE_END = "（《「『“‘〔【〈([{";

	/**
	 * A run of characters of one face. Justification adds space after each glyph of a CJK run, but
	 * only after the whole of a Latin word or number, so "150" and URLs are not letter-spaced.
	 */
	private record Run(int face, String text, int glyphs, float width, boolean word) {

		int gaps() {
			return word ? 1 : glyphs;
		}
	}

	/**
	 * One line: where it starts, the extra space of each justification gap, its height, and whether
	 * it must stay on the page of the next line.
	 */
	private record Line(List<Run> runs, float x, float spacing, float size, float height, boolean keepWithNext) {

		Line keptWithNext() {
			return new Line(runs, x, spacing, size, height, true);
		}

		static Line blank(float height) {
			return new Line(List.of(), 0, 0, BODY_SIZE, height, false);
		}
	}

	private final DocumentFonts fonts;

	LetterTypesetter(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	/** The letter laid out on pages, for {@link PdfLetterPainter} and {@link OfdLetterPainter}. */
	LetterLayout layout(Letter letter) {
		List<List<Line>> pages = paginate(lines(letter));
		var laidOut = new ArrayList<LetterLayout.Page>();
		for (int p = 0; p < pages.size(); p++) {
			var placed = new ArrayList<LetterLayout.Line>();
			float top = TOP;
			for (Line line : pages.get(p)) {
				place(line, top).ifPresent(placed::add);
				top -= line.height();
			}
			if (pages.size() > 1) {
				placed.add(pageNumber(p + 1));
			}
			laidOut.add(new LetterLayout.Page(placed));
		}
		return new LetterLayout(PAGE.getWidth(), PAGE.getHeight(), letter.title() + " " + letter.documentNumber(),
				letter.signatory(), laidOut);
	}

	private List<Line> lines(Letter letter) {
		float width = RIGHT - LEFT;
		var lines = new ArrayList<Line>();
		for (List<Run> runs : breakLines(letter.title(), TITLE_SIZE, width, 0)) {
			lines.add(new Line(runs, LEFT + (width - width(runs)) / 2, 0, TITLE_SIZE, TITLE_LINE, true));
		}
		List<Run> number = runs(letter.documentNumber().strip(), BODY_SIZE);
		lines.add(new Line(number, RIGHT - width(number), 0, BODY_SIZE, BODY_LINE, true));
		lines.add(Line.blank(BODY_LINE).keptWithNext());
		lines.addAll(paragraph(letter.addressee(), 0, false));
		for (String paragraph : letter.paragraphs()) {
			lines.addAll(paragraph(paragraph, 2 * BODY_SIZE, true));
		}
		// the last two lines of text go with the signature
		for (int i = Math.max(lines.size() - 2, 0); i < lines.size(); i++) {
			lines.set(i, lines.get(i).keptWithNext());
		}
		lines.add(Line.blank(BODY_LINE).keptWithNext());
		List<Run> date = runs(ChineseText.date(letter.date()), BODY_SIZE);
		float dateX = RIGHT - 4 * BODY_SIZE - width(date);
		List<Run> signatory = runs(letter.signatory().strip(), BODY_SIZE);
		float signatoryX = dateX + (width(date) - width(signatory)) / 2;
		signatoryX = Math.max(LEFT, Math.min(signatoryX, RIGHT - width(signatory)));
		lines.add(new Line(signatory, signatoryX, 0, BODY_SIZE, BODY_LINE, true));
		lines.add(new Line(date, dateX, 0, BODY_SIZE, BODY_LINE, letter.note() != null));
		if (letter.note() != null) {
			List<Line> note = paragraph(letter.note(), 2 * BODY_SIZE, false);
			for (int i = 0; i < note.size(); i++) {
				lines.add(i < note.size() - 1 ? note.get(i).keptWithNext() : note.get(i));
			}
		}
		return lines;
	}

	/** A paragraph's lines: the first indented, all but the last justified if asked, widows and orphans kept. */
	private List<Line> paragraph(String text, float indent, boolean justify) {
		float width = RIGHT - LEFT;
		List<List<Run>> broken = breakLines(text, BODY_SIZE, width, indent);
		var lines = new ArrayList<Line>();
		for (int i = 0; i < broken.size(); i++) {
			List<Run> runs = broken.get(i);
			float x = LEFT + (i == 0 ? indent : 0);
			float spacing = 0;
			int gaps = runs.stream().mapToInt(Run::gaps).sum() - 1;
			if (justify && i < broken.size() - 1 && gaps > 0) {
				spacing = (RIGHT - x - width(runs)) / gaps;
				if (spacing > BODY_SIZE / 3) {
					spacing = 0; // a long unbreakable word moved on: better ragged than gappy
				}
			}
			// no first line alone at the foot of a page, no last line alone at the head of the next
			boolean keep = broken.size() > 1 && (i == 0 || i == broken.size() - 2);
			lines.add(new Line(runs, x, spacing, BODY_SIZE, BODY_LINE, keep));
		}
		return lines;
	}

	/** Greedy line breaking over {@link #tokens}; the first line is shorter by the indent. */
	private List<List<Run>> breakLines(String text, float size, float width, float indent) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		float lineWidth = 0;
		float available = width - indent;
		var pending = new ArrayList<>(tokens(fonts.printable(clean(text))));
		while (!pending.isEmpty()) {
			String token = pending.remove(0);
			float w = width(token, size);
			if (line.length() == 0 && token.isBlank()) {
				continue;
			}
			if (lineWidth + w <= available + 0.01f) {
				line.append(token);
				lineWidth += w;
			}
			else if (line.length() == 0) {
				// wider than a whole line: split it into characters
				pending.addAll(0, token.codePoints().mapToObj(Character::toString).toList());
				if (token.codePointCount(0, token.length()) == 1) {
					line.append(pending.remove(0));
					lineWidth += w;
				}
			}
			else {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				lineWidth = 0;
				available = width;
				pending.add(0, token);
			}
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString().stripTrailing());
		}
		return lines.stream().map(l -> runs(l, size)).toList();
	}

	/**
	 * The unbreakable pieces of a text: each CJK character, each run of Latin letters and digits
	 * (numbers; URLs up to each slash), with closing punctuation glued to what precedes and opening
	 * punctuation to what follows.
	 */
	static List<String> tokens(String text) {
		var units = new ArrayList<String>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (isWordChar(cp)) {
				// a run of Latin letters and digits, which may break only after a slash (URLs)
				while (end < text.length() && isWordChar(text.codePointAt(end))
						&& !(text.charAt(end - 1) == '/' && text.charAt(end) != '/')) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			units.add(text.substring(i, end));
			i = end;
		}
		var tokens = new ArrayList<String>();
		for (String unit : units) {
			if (!tokens.isEmpty()) {
				String previous = tokens.get(tokens.size() - 1);
				boolean closes = NO_LINE_START.indexOf(unit.codePointAt(0)) >= 0 && !previous.isBlank();
				boolean opened = NO_LINE_END.indexOf(previous.codePointBefore(previous.length())) >= 0;
				if (closes || opened) {
					tokens.set(tokens.size() - 1, previous + unit);
					continue;
				}
			}
			tokens.add(unit);
		}
		return tokens;
	}

	private static boolean isWordChar(int cp) {
		return cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_./:@#&=?%+~,".indexOf(cp) >= 0);
	}

	/** Tabs and line breaks become spaces, other control characters go. */
	private static String clean(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp == '\t' || cp == '\n' || cp == '\r') {
				out.append(' ');
			}
			else if (!Character.isISOControl(cp)) {
				out.appendCodePoint(cp);
			}
		});
		return out.toString().strip();
	}

	/**
	 * The text cut into runs of one face and kind (Latin word or not) each, characters that no face
	 * has replaced as {@link DocumentFonts#printable} says.
	 */
	private List<Run> runs(String text, float size) {
		var runs = new ArrayList<Run>();
		int face = -1;
		boolean word = false;
		var current = new StringBuilder();
		int glyphs = 0;
		float width = 0;
		for (int cp : fonts.printable(text).codePoints().toArray()) {
			int f = fonts.faceFor(cp);
			if (f < 0) {
				continue; // not even the replacement is in the fonts
			}
			boolean w = isWordChar(cp);
			if ((f != face || w != word) && current.length() > 0) {
				runs.add(new Run(face, current.toString(), glyphs, width, word));
				current.setLength(0);
				glyphs = 0;
				width = 0;
			}
			face = f;
			word = w;
			current.appendCodePoint(cp);
			glyphs++;
			width += fonts.advance(f, cp) * size / 1000f;
		}
		if (current.length() > 0) {
			runs.add(new Run(face, current.toString(), glyphs, width, word));
		}
		return runs;
	}

	private float width(String text, float size) {
		float width = 0;
		for (int cp : fonts.printable(text).codePoints().toArray()) {
			int face = fonts.faceFor(cp);
			width += face < 0 ? 0 : fonts.advance(face, cp) * size / 1000f;
		}
		return width;
	}

	private static float width(List<Run> runs) {
		float width = 0;
		for (Run run : runs) {
			width += run.width();
		}
		return width;
	}

	/** Pages of lines: a line goes to the next page if it and the lines kept with it do not fit. */
	private static List<List<Line>> paginate(List<Line> lines) {
		float available = TOP - BOTTOM;
		var pages = new ArrayList<List<Line>>();
		var page = new ArrayList<Line>();
		float used = 0;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			float chain = line.height();
			for (int k = i; k < lines.size() - 1 && lines.get(k).keepWithNext(); k++) {
				chain += lines.get(k + 1).height();
			}
			boolean fits = used + (chain <= available ? chain : line.height()) <= available + 0.01f;
			if (!fits && !page.isEmpty()) {
				pages.add(page);
				page = new ArrayList<>();
				used = 0;
			}
			if (page.isEmpty() && !pages.isEmpty() && line.runs().isEmpty()) {
				continue; // no blank line at the top of a page
			}
			page.add(line);
			used += line.height();
		}
		pages.add(page);
		return pages;
	}

	/** Where the runs of a line go; a blank line places nothing. */
	private static Optional<LetterLayout.Line> place(Line line, float top) {
		if (line.runs().isEmpty()) {
			return Optional.empty();
		}
		// centre the ideographs' em box (about -0.12 to 0.88 em around the baseline) on the line
		float baseline = top - line.height() / 2 - line.size() * 0.38f;
		float x = line.x();
		var runs = new ArrayList<LetterLayout.Run>();
		for (Run run : line.runs()) {
			runs.add(new LetterLayout.Run(run.face(), run.text(), x, run.word() ? 0 : line.spacing()));
			x += run.width() + run.gaps() * line.spacing();
		}
		return Optional.of(new LetterLayout.Line(baseline, line.size(), runs));
	}

	/** "— 1 —" under the type area: odd pages on the right, even pages on the left, one character in. */
	private LetterLayout.Line pageNumber(int number) {
		List<Run> runs = runs("— " + number + " —", PAGE_NUMBER_SIZE);
		float x = number % 2 == 1 ? RIGHT - PAGE_NUMBER_SIZE - width(runs) : LEFT + PAGE_NUMBER_SIZE;
		float top = BOTTOM - 7 * MM;
		return place(new Line(runs, x, 0, PAGE_NUMBER_SIZE, PAGE_NUMBER_SIZE * 1.2f, false), top).orElseThrow();
	}
}
