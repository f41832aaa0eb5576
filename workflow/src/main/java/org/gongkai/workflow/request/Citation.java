package org.gongkai.workflow.request;

/**
 * The legal basis an outcome rests on, as structured data: an article of the Regulations with an optional
 * paragraph (款) and item (项), or another document cited by its number (国办函〔2020〕109号), or nothing.
 * The one formatter of a citation is {@link #text()}, in the form the reply letters use: 第三十六条第（一）项,
 * 第十六条第一款, 第三十七条; a document is cited by its name and number, never as "第…条".
 *
 * @param article the article of the Regulations, 0 for a document or no citation
 * @param paragraph the paragraph (款) within the article, 0 for none
 * @param item the item (项) within the article, 0 for none
 * @param document the number of a document that is not the Regulations (e.g. 国办函〔2020〕109号), or null
 * @param documentInEnglish how English pages name that document, or null
 */
public record Citation(int article, int paragraph, int item, String document, String documentInEnglish) {

	/** No legal basis is cited (e.g. an applicant's withdrawal). */
	public static final Citation NONE = new Citation(0, 0, 0, null, null);

	private static final String DIGITS = "零一二三四五六七八九";

	public Citation {
		if (article < 0 || article > 99 || paragraph < 0 || paragraph > 9 || item < 0 || item > 99) {
			throw new IllegalArgumentException("no such article, paragraph or item: " + article + "/" + paragraph + "/" + item);
		}
		if (article == 0 && (paragraph != 0 || item != 0)) {
			throw new IllegalArgumentException("a paragraph or item needs an article");
		}
		if (document != null && (document.isBlank() || article != 0 || documentInEnglish == null || documentInEnglish.isBlank())) {
			throw new IllegalArgumentException("a document is cited on its own, by number and English name: " + document);
		}
	}

	/** An article of the Regulations: {@code of(37)} → 第三十七条. */
	public static Citation of(int article) {
		return new Citation(article, 0, 0, null, null);
	}

	/** An article and its paragraph: {@code of(39, 1)} → 第三十九条第一款. */
	public static Citation paragraph(int article, int paragraph) {
		return new Citation(article, paragraph, 0, null, null);
	}

	/** An article and its item: {@code item(36, 1)} → 第三十六条第（一）项. */
	public static Citation item(int article, int item) {
		return new Citation(article, 0, item, null, null);
	}

	/** A document other than the Regulations, by its number (国办函〔2020〕109号) and its English name. */
	public static Citation document(String number, String inEnglish) {
		return new Citation(0, 0, 0, number, inEnglish);
	}

	/** Whether anything is cited. */
	public boolean cited() {
		return article > 0 || document != null;
	}

	/** Whether this cites an article of the Regulations (rather than another document). */
	public boolean regulations() {
		return article > 0;
	}

	/**
	 * The citation as the letters and pages write it: 第三十六条第（一）项, 第十六条第一款, 第三十七条, or the
	 * document's number; empty when nothing is cited.
	 */
	public String text() {
		if (document != null) {
			return document;
		}
		if (article == 0) {
			return "";
		}
		var text = new StringBuilder("第").append(number(article)).append("条");
		if (paragraph > 0) {
			text.append("第").append(number(paragraph)).append("款");
		}
		if (item > 0) {
			text.append("第（").append(number(item)).append("）项");
		}
		return text.toString();
	}

	/** The citation in English: art. 36(1), art. 16 para. 1, or the document's English name; empty when nothing is cited. */
	public String english() {
		if (document != null) {
			return documentInEnglish;
		}
		if (article == 0) {
			return "";
		}
		return "art. " + article + (paragraph > 0 ? " para. " + paragraph : "") + (item > 0 ? "(" + item + ")" : "");
	}

	/** 1 → 一, 14 → 十四, 36 → 三十六 (1–99), the numerals of article, paragraph and item numbers. */
	public static String number(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("only 1–99: " + n);
		}
		int tens = n / 10;
		int units = n % 10;
		String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
		return units == 0 ? text : text + DIGITS.charAt(units);
	}

	@Override
	public String toString() {
		return text();
	}
}
