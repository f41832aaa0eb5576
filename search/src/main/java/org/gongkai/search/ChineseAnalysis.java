package org.gongkai.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns Chinese (and mixed Latin) text into the words, bigrams and pinyin that the catalogue index
 * stores, identically at index and at query time.
 *
 * <p>Thread-safe: Lucene analyzers reuse their token streams per thread, and the pinyin tables are
 * read-only after class initialisation. Creating instances is cheap; the dictionaries are shared.
 *
 * <ul>
 * <li>{@link #words} — Lucene's {@code SmartChineseAnalyzer} (a hidden-Markov-model segmenter with
 * its own dictionary): {@code 政府信息公开工作年度报告} → {@code 政府 信息 公开 工作 年度 报告}. It also
 * lower-cases Latin, Porter-stems English ({@code information} → {@code inform}) and drops punctuation.
 * <li>{@link #bigrams} — overlapping pairs of Han characters over Lucene's {@code StandardTokenizer}:
 * {@code 信息公开} → {@code 信息 息公 公开}; a lone Han character stays a unigram; Latin words and
 * numbers stay whole and lower-cased. Bigrams find what the segmenter split differently.
 * <li>{@link #pinyin}, {@link #initials} — toneless pinyin from pinyin4j, using its word list of
 * polyphonic words ({@code 银行} → {@code yinhang}) plus ours, else each character's first reading.
 * </ul>
 *
 * @see <a href="https://lucene.apache.org/core/9_12_0/analysis/smartcn/org/apache/lucene/analysis/cn/smart/SmartChineseAnalyzer.html">SmartChineseAnalyzer</a>
 * @see <a href="https://lucene.apache.org/core/9_12_0/analysis/common/org/apache/lucene/analysis/cjk/CJKBigramFilter.html">CJKBigramFilter</a>
 */
public final class ChineseAnalysis {

	/**
	 * The most syllables stored in one pinyin or initials token: enough for any prefix a person types,
	 * and it keeps tokens under the 255-character limit of the {@code whitespace} tokenizer.
	 */
	static final int MAX_SYLLABLES_PER_TOKEN = 16;

	private static final Analyzer WORDS = new SmartChineseAnalyzer();

	private static final Analyzer BIGRAMS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			// full-width Latin to half-width and half-width katakana to full-width, then lower case
			TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
			return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream));
		}
	};

	private static final HanyuPinyinOutputFormat PINYIN_FORMAT = pinyinFormat();

	/** Readings of polyphonic words: pinyin4j's list, then ours, which wins on conflicts. */
	private static final Map<String, List<String>> WORD_READINGS = loadWordReadings();

	private static final int LONGEST_WORD = WORD_READINGS.keySet().stream().mapToInt(String::length).max().orElse(1);

	/**
	 * The words of {@code text} as Lucene's smart Chinese analyzer segments them, lower-cased, in order,
	 * punctuation dropped.
	 */
	public List<String> words(String text) {
		return tokens(WORDS, text);
	}

	/** The Han bigrams (or lone Han unigrams) and the lower-cased Latin words and numbers of {@code text}, in order. */
	public List<String> bigrams(String text) {
		return tokens(BIGRAMS, text);
	}

	/**
	 * The toneless pinyin syllables of the Han characters of {@code text}, in order; each run of Latin
	 * letters or digits counts as one lower-cased syllable ({@code 2024年GDP} → {@code 2024 nian gdp});
	 * punctuation and characters without a known reading are left out. {@code ü} is written {@code v}.
	 */
	public List<String> pinyinSyllables(String text) {
		return units(text).stream().map(Unit::syllable).toList();
	}

	/** The full pinyin of {@code text} with nothing between syllables: {@code 政府信息公开} → {@code zhengfuxinxigongkai}. */
	public String pinyin(String text) {
		return String.join("", pinyinSyllables(text));
	}

	/**
	 * The first letter of each syllable, as people type abbreviations: {@code 政府信息公开} → {@code zfxxgk}.
	 * A run of Latin letters or digits is kept whole ({@code GDP统计} → {@code gdptj}).
	 */
	public String initials(String text) {
		StringBuilder out = new StringBuilder();
		for (Unit unit : units(text)) {
			out.append(unit.initial());
		}
		return out.toString();
	}

	/**
	 * The full pinyin from each word start to the end of {@code text} (at most
	 * {@value #MAX_SYLLABLES_PER_TOKEN} syllables each), so that a prefix query finds a title by the
	 * pinyin of any of its words: {@code 2024年政府信息公开} → {@code 2024nianzhengfuxinxigongkai},
	 * {@code nianzhengfu…}, {@code zhengfuxinxigongkai}, {@code xinxigongkai}, {@code gongkai}.
	 */
	List<String> pinyinSuffixes(String text) {
		return suffixes(units(text), false);
	}

	/** Like {@link #pinyinSuffixes} for initials: {@code 政府信息公开} → {@code zfxxgk}, {@code xxgk}, {@code gk}. */
	List<String> initialsSuffixes(String text) {
		return suffixes(units(text), true);
	}

	/** The offsets in {@code text} at which the segmenter starts a word, ascending. */
	static List<Integer> wordStartOffsets(String text) {
		TreeSet<Integer> starts = new TreeSet<>();
		if (text == null || text.isBlank()) {
			return List.of();
		}
		try (TokenStream stream = WORDS.tokenStream("", text)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				starts.add(offset.startOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(starts);
	}

	/** Joins tokens with single spaces, the form the {@code whitespace} analyzer splits back. */
	static String joined(List<String> tokens) {
		return String.join(" ", tokens);
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					out.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			// only readers of files throw; ours read a String
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private static List<String> suffixes(List<Unit> units, boolean initials) {
		LinkedHashSet<String> out = new LinkedHashSet<>();
		for (int start = 0; start < units.size(); start++) {
			if (!units.get(start).wordStart()) {
				continue;
			}
			StringBuilder token = new StringBuilder();
			int end = Math.min(units.size(), start + MAX_SYLLABLES_PER_TOKEN);
			for (int i = start; i < end; i++) {
				token.append(initials ? units.get(i).initial() : units.get(i).syllable());
			}
			out.add(token.toString());
		}
		return List.copyOf(out);
	}

	/** One syllable, or one run of Latin letters or digits, and whether a word begins with it. */
	private record Unit(String syllable, String initial, boolean wordStart) {
	}

	private static List<Unit> units(String text) {
		List<Unit> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		// NFKC turns full-width Ａ１ into A1 and compatibility ideographs into unified ones
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			int end = i + 1;
			if (isHan(c)) {
				while (end < s.length() && isHan(s.charAt(end))) {
					end++;
				}
				addHanRun(s.substring(i, end), out);
			}
			else if (Character.isLetterOrDigit(c)) {
				while (end < s.length() && Character.isLetterOrDigit(s.charAt(end)) && !isHan(s.charAt(end))) {
					end++;
				}
				String run = s.substring(i, end).toLowerCase(Locale.ROOT);
				out.add(new Unit(run, run, true));
			}
			i = end;
		}
		return out;
	}

	private static void addHanRun(String run, List<Unit> out) {
		TreeSet<Integer> wordStarts = new TreeSet<>(wordStartOffsets(run));
		wordStarts.add(0);
		wordStarts.add(run.length());
		Integer start = wordStarts.first();
		for (Integer end = wordStarts.higher(start); end != null; start = end, end = wordStarts.higher(end)) {
			addWord(run.substring(start, end), out);
		}
	}

	/** Adds the syllables of one segmented word: the longest listed polyphonic words first, else per character. */
	private static void addWord(String word, List<Unit> out) {
		boolean wordStart = true;
		int i = 0;
		while (i < word.length()) {
			int length = Math.min(LONGEST_WORD, word.length() - i);
			while (length >= 2 && !WORD_READINGS.containsKey(word.substring(i, i + length))) {
				length--;
			}
			List<String> readings;
			if (length >= 2) {
				readings = WORD_READINGS.get(word.substring(i, i + length));
			}
			else {
				String reading = firstReading(word.charAt(i));
				readings = (reading != null) ? List.of(reading) : List.of();
				length = 1;
			}
			for (String syllable : readings) {
				out.add(new Unit(syllable, syllable.substring(0, 1), wordStart));
				wordStart = false;
			}
			i += length;
		}
	}

	private static String firstReading(char c) {
		List<String> listed = WORD_READINGS.get(String.valueOf(c));
		if (listed != null) {
			return listed.get(0);
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN_FORMAT);
			return (readings != null && readings.length > 0 && !readings[0].isEmpty()) ? readings[0] : null;
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			// only tone marks combined with "v" are refused, and we ask for no tones
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
	}

	private static HanyuPinyinOutputFormat pinyinFormat() {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		return format;
	}

	private static Map<String, List<String>> loadWordReadings() {
		Map<String, List<String>> readings = new HashMap<>();
		// pinyin4j's own list, lines like "银行 (yin2,hang2)"
		readWordList("/pinyindb/multi_pinyin.txt", readings);
		// ours, lines like "长期 chang qi": government words that list misses
		readWordList("/org/gongkai/search/pinyin-words.txt", readings);
		return Map.copyOf(readings);
	}

	private static void readWordList(String resource, Map<String, List<String>> readings) {
		InputStream in = ChineseAnalysis.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing pinyin word list on the class path: " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				line = line.strip();
				int space = line.indexOf(' ');
				if (line.isEmpty() || line.startsWith("#") || space < 0) {
					continue;
				}
				String word = line.substring(0, space);
				List<String> syllables = List.of(line.substring(space + 1)
					.replaceAll("[()\\d]", "")
					.strip()
					.split("[,\\s]+"));
				if (syllables.size() == word.length()) {
					readings.put(word, syllables);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
