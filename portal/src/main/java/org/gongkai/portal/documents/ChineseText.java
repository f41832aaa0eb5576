package org.gongkai.portal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.workflow.request.Citation;

/** Chinese forms of dates, numbers and amounts as written in official letters (citations: {@link Citation#text}). */
final class ChineseText {

	private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] CAPITAL_UNITS = { "", "拾", "佰", "仟" };

	private static final String[] CAPITAL_GROUPS = { "", "万", "亿", "万亿" };

	private ChineseText() {
	}

	/** 2026年11月23日, as in the date line of a letter (GB/T 9704: Arabic numerals, no leading zeros). */
	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 1 → 一, 14 → 十四, 36 → 三十六 (1–99), as {@link Citation#number} writes article numbers. */
	static String number(int n) {
		return Citation.number(n);
	}

	/** The numbering of listed items: 1 → （一）. */
	static String item(int n) {
		return "（" + number(n) + "）";
	}

	/** 1700 → 1,700.00 */
	static String yuan(BigDecimal amount) {
		var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
	}

	/**
	 * The amount in capital numerals as written on receipts and fee notices: 1700 → 壹仟柒佰元整,
	 * 1010.5 → 壹仟零壹拾元伍角整, 100000500 → 壹亿零伍佰元整.
	 */
	static String yuanInWords(BigDecimal amount) {
		BigDecimal scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
		if (scaled.signum() < 0) {
			throw new IllegalArgumentException("negative amount: " + amount);
		}
		long fen = scaled.movePointRight(2).longValueExact();
		long yuan = fen / 100;
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		var text = new StringBuilder();
		if (yuan > 0 || (jiao == 0 && cents == 0)) {
			text.append(capitalInteger(yuan)).append("元");
		}
		if (jiao == 0 && cents == 0) {
			return text.append("整").toString();
		}
		if (jiao > 0) {
			text.append(CAPITAL_DIGITS.charAt(jiao)).append("角");
		}
		else if (yuan > 0) {
			text.append("零");
		}
		if (cents > 0) {
			return text.append(CAPITAL_DIGITS.charAt(cents)).append("分").toString();
		}
		return text.append("整").toString();
	}

	private static String capitalInteger(long n) {
		if (n == 0) {
			return "零";
		}
		int[] groups = new int[CAPITAL_GROUPS.length];
		int count = 0;
		for (long rest = n; rest > 0; rest /= 10_000) {
			if (count == groups.length) {
				throw new IllegalArgumentException("amount too large: " + n);
			}
			groups[count++] = (int) (rest % 10_000);
		}
		var text = new StringBuilder();
		boolean zeroPending = false;
		for (int g = count - 1; g >= 0; g--) {
			int group = groups[g];
			if (group == 0) {
				zeroPending = text.length() > 0;
				continue;
			}
			if (text.length() > 0 && (zeroPending || group < 1000)) {
				text.append("零");
			}
			text.append(capitalGroup(group)).append(CAPITAL_GROUPS[g]);
			zeroPending = false;
		}
		return text.toString();
	}

	private static String capitalGroup(int group) {
		var text = new StringBuilder();
		boolean zeroPending = false;
		for (int position = 3; position >= 0; position--) {
			int digit = group / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zeroPending = text.length() > 0;
				continue;
			}
			if (zeroPending) {
				text.append("零");
				zeroPending = false;
			}
			text.append(CAPITAL_DIGITS.charAt(digit)).append(CAPITAL_UNITS[position]);
		}
		return text.toString();
	}

	/** Text without trailing sentence punctuation, to quote it or to continue the sentence. */
	static String clause(String text) {
		String t = text.strip();
		while (!t.isEmpty() && "。．.；;，,、".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1).stripTrailing();
		}
		return t;
	}

	/** Text ending with a full stop (or the question/exclamation mark it already has). */
	static String sentence(String text) {
		String t = text.strip();
		if (t.isEmpty() || "。！？：".indexOf(t.charAt(t.length() - 1)) >= 0) {
			return t;
		}
		return clause(t) + "。";
	}
}
