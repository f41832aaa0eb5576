package org.gongkai.portal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese forms of dates, numbers, amounts and article references as written in official letters. */
final class ChineseText {

	private static final String DIGITS = "零一二三四五六七八九";

	private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] CAPITAL_UNITS = { "", "拾", "佰", "仟" };

	private static final String[] CAPITAL_GROUPS = { "", "万", "亿", "万亿" };

	/** "36（一）", "37", "39 第一款", "16 第二款": article, optional paragraph, optional item. */
	private static final Pattern ARTICLE = Pattern.compile("(\\d{1,2})(（[一二三四五六七八九十]+）)?(?:\\s*(第[一二三四五六七八九十]+款))?");

	private ChineseText() {
	}

	/** 2026年11月23日, as in the date line of a letter (GB/T 9704: Arabic numerals, no leading zeros). */
	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 1 → 一, 14 → 十四, 36 → 三十六 (1–99). */
	static String number(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("only 1–99: " + n);
		}
		int tens = n / 10;
		int units = n % 10;
		String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
		return units == 0 ? text : text + DIGITS.charAt(units);
	}

	/** The numbering of listed items: 1 → （一）. */
	static String item(int n) {
		return "（" + number(n) + "）";
	}

	/**
	 * An article reference as {@link org.gongkai.workflow.request.ReplyType#article()} and
	 * {@link org.gongkai.workflow.request.WithholdingReason#article()} write it, in words:
	 * "36（一）" → 第三十六条第（一）项, "39 第一款" → 第三十九条第一款, "37" → 第三十七条.
	 */
	static String article(String code) {
		Matcher m = ARTICLE.matcher(code.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("not an article of the Regulations: " + code);
		}
		var text = new StringBuilder("第").append(number(Integer.parseInt(m.group(1)))).append("条");
		if (m.group(3) != null) {
			text.append(m.group(3));
		}
		if (m.group(2) != null) {
			text.append("第").append(m.group(2)).append("项");
		}
		return text.toString();
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
