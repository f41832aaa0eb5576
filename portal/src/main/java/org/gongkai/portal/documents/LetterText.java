package org.gongkai.portal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.workflow.request.Citation;

/**
 * What the letter templates ({@code templates/letters/*.txt}) call to write dates, amounts, article
 * numbers and the applicant's own words, and the one rule that spans a letter: the Regulations are
 * cited in full the first time and as 《条例》 after. One instance per letter, since it remembers that.
 * Line breaks in quoted text are kept apart from the template's lines, which are the letter's paragraphs.
 */
final class LetterText {

	/**
	 * Escapes a line break inside quoted text (as ESC n, and ESC itself as ESC ESC) while the template's output is
	 * split into paragraphs; templates never contain it.
	 */
	private static final char ESC = '\uE000';

	private static final String REGULATIONS = "《中华人民共和国政府信息公开条例》";

	/** Whether the Regulations were already cited in full; later citations say 《条例》. */
	private boolean regulationsNamed;

	/** "《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条" the first time, "《条例》第三十条" later. */
	public String cite(String article) {
		return regulations() + article;
	}

	/** The Regulations' name, in full the first time. */
	public String regulations() {
		if (regulationsNamed) {
			return "《条例》";
		}
		regulationsNamed = true;
		return REGULATIONS + "（以下简称《条例》）";
	}

	/**
	 * The Regulations and an article of them, as {@link Citation#text()} writes it: "《条例》第三十六条第（一）项";
	 * a document other than the Regulations by its number alone.
	 * @throws IllegalArgumentException if nothing is cited
	 */
	public String cite(Citation citation) {
		if (!citation.cited()) {
			throw new IllegalArgumentException("no citation to write");
		}
		return citation.regulations() ? cite(citation.text()) : citation.text();
	}

	public String date(LocalDate date) {
		return ChineseText.date(date);
	}

	/** The numbering of listed items: 1 → （一）. */
	public String item(int n) {
		return ChineseText.item(n);
	}

	public String yuan(BigDecimal amount) {
		return ChineseText.yuan(amount);
	}

	public String yuanInWords(BigDecimal amount) {
		return ChineseText.yuanInWords(amount);
	}

	/** Quoted text without surrounding blanks. */
	public String strip(String text) {
		return kept(text.strip());
	}

	/** Quoted text without trailing sentence punctuation (see {@link ChineseText#clause}). */
	public String clause(String text) {
		return kept(ChineseText.clause(text));
	}

	/** Quoted text ending with a full stop (see {@link ChineseText#sentence}). */
	public String sentence(String text) {
		return kept(ChineseText.sentence(text));
	}

	/** Whether the text says anything. */
	public boolean given(String text) {
		return text != null && !text.isBlank();
	}

	private static String kept(String text) {
		return text.replace(String.valueOf(ESC), String.valueOf(ESC) + ESC).replace("\n", ESC + "n");
	}

	/** A paragraph of the template's output with the quoted text's line breaks restored. */
	static String paragraph(String line) {
		if (line.indexOf(ESC) < 0) {
			return line;
		}
		var text = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == ESC && i + 1 < line.length()) {
				c = line.charAt(++i) == 'n' ? '\n' : ESC;
			}
			text.append(c);
		}
		return text.toString();
	}
}
