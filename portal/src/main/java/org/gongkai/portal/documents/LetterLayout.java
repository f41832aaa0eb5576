package org.gongkai.portal.documents;

import java.util.List;

/**
 * A letter laid out once by {@link LetterTypesetter}, for the PDF and the OFD painter to draw alike:
 * pages of lines, each a row of runs of one face at a fixed position. Lengths are in PostScript
 * points (1/72 inch), with the origin at the bottom left of the page, as in PDF.
 *
 * @param width the page's width (A4)
 * @param height the page's height (A4)
 */
record LetterLayout(float width, float height, String title, String author, List<Page> pages) {

	LetterLayout {
		pages = List.copyOf(pages);
	}

	/** One page: its lines from top to bottom, then its page number ("— 1 —") if the letter has more than one page. */
	record Page(List<Line> lines) {

		Page {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * A line of text on one baseline in one size.
	 *
	 * @param baseline the baseline's height above the bottom of the page
	 * @param size the font size in points
	 */
	record Line(float baseline, float size, List<Run> runs) {

		Line {
			runs = List.copyOf(runs);
		}

		/** The line's characters as they are printed. */
		String text() {
			var text = new StringBuilder();
			runs.forEach(run -> text.append(run.text()));
			return text.toString();
		}
	}

	/**
	 * Characters of one face, the first at {@code x}, each following one after the previous glyph's advance
	 * plus {@code spacing} (the justification of a CJK run; 0 within a Latin word).
	 *
	 * @param face the index of the face in {@link DocumentFonts}
	 */
	record Run(int face, String text, float x, float spacing) {
	}
}
