package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Renders a {@link CatalogueDocument} as the {@code _source} of the catalogue index, with the
 * token fields derived in Java; the one place that knows the field names of
 * {@code elasticsearch/catalogue-v2.json}.
 *
 * <p>Derived fields are snake_case and left out of the stored {@code _source} by the mapping: they
 * can always be computed again from the item, and the index is rebuilt from the database, never
 * from itself.
 */
final class CatalogueSource {

	static final String ID = "id";
	static final String INDEX_NO = "indexNo";
	static final String TITLE = "title";
	static final String SUMMARY = "summary";
	static final String BODY = "body";
	static final String ISSUER = "issuer";
	static final String ISSUERS = "issuers";
	static final String DEPARTMENT_CODE = "departmentCode";
	static final String AGENCIES = "agencies";
	static final String WRITTEN_DATE = "writtenDate";
	static final String PUBLISHED_DATE = "publishedDate";
	static final String YEAR = "year";
	static final String DOC_NUMBER = "docNumber";
	static final String COLUMN_CODE = "columnCode";
	static final String COLUMN_NAME = "columnName";
	static final String TOPIC = "topic";
	static final String GENRE = "genre";
	static final String VALIDITY = "validity";
	static final String KEYWORDS = "keywords";
	static final String ATTACHMENT_NAMES = "attachmentNames";
	static final String TITLE_WORDS = "title_words";
	static final String TITLE_BIGRAMS = "title_bigrams";
	static final String TITLE_PINYIN = "title_pinyin";
	static final String TITLE_INITIALS = "title_initials";
	static final String BODY_WORDS = "body_words";
	static final String BODY_BIGRAMS = "body_bigrams";
	static final String SUGGEST = "suggest";

	/**
	 * How much of an item's searchable text is segmented; the rest of a very long attachment is not
	 * findable. Segmenting runs at roughly a megabyte a second, and a request must stay well under
	 * Elasticsearch's 100 MB {@code http.max_content_length}.
	 */
	static final int MAX_ANALYZED_CHARS = 1_000_000;

	/** Completion inputs longer than this are cut by Elasticsearch anyway ({@code max_input_length}). */
	private static final int MAX_SUGGEST_INPUT = 50;

	/** How many word-start suffixes of the title (and of its pinyin) become completion inputs. */
	private static final int MAX_SUGGEST_SUFFIXES = 6;

	private static final LocalDate SUGGEST_EPOCH = LocalDate.of(2000, 1, 1);

	private final ChineseAnalysis analysis;

	CatalogueSource(ChineseAnalysis analysis) {
		this.analysis = analysis;
	}

	Map<String, Object> render(CatalogueDocument doc) {
		String title = Snippets.withoutMarkers(doc.title()).strip();
		String summary = Snippets.withoutMarkers(doc.summary());
		String body = Snippets.withoutMarkers(doc.body());

		Map<String, Object> source = new LinkedHashMap<>();
		put(source, ID, doc.id());
		put(source, INDEX_NO, doc.indexNo());
		put(source, TITLE, title);
		put(source, SUMMARY, summary);
		put(source, BODY, body);
		put(source, ISSUER, doc.issuer());
		put(source, ISSUERS, issuers(doc.issuer()));
		put(source, DEPARTMENT_CODE, doc.departmentCode());
		put(source, AGENCIES, doc.agencies());
		put(source, WRITTEN_DATE, doc.writtenDate());
		put(source, PUBLISHED_DATE, doc.publishedDate());
		put(source, YEAR, year(doc));
		put(source, DOC_NUMBER, doc.docNumber());
		put(source, COLUMN_CODE, doc.columnCode());
		put(source, COLUMN_NAME, doc.columnName());
		put(source, TOPIC, doc.topic());
		put(source, GENRE, doc.genre());
		put(source, VALIDITY, doc.validity());
		put(source, KEYWORDS, doc.keywords());
		put(source, ATTACHMENT_NAMES, doc.attachmentNames());

		String searchable = searchableText(doc, summary, body);
		source.put(TITLE_WORDS, ChineseAnalysis.joined(this.analysis.words(title)));
		source.put(TITLE_BIGRAMS, ChineseAnalysis.joined(this.analysis.bigrams(title)));
		source.put(TITLE_PINYIN, ChineseAnalysis.joined(this.analysis.pinyinSuffixes(title)));
		source.put(TITLE_INITIALS, ChineseAnalysis.joined(this.analysis.initialsSuffixes(title)));
		source.put(BODY_WORDS, ChineseAnalysis.joined(this.analysis.words(searchable)));
		source.put(BODY_BIGRAMS, ChineseAnalysis.joined(this.analysis.bigrams(searchable)));
		source.put(SUGGEST, Map.of("input", suggestInputs(title), "weight", suggestWeight(doc)));
		return source;
	}

	/** The organs of a jointly issued item, for the issuer facet: {@code 财政部、税务总局} → both. */
	static List<String> issuers(String issuer) {
		if (issuer == null) {
			return List.of();
		}
		return Stream.of(issuer.split("[、;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** The year an item is filed under: of publication, else of signing. */
	static String year(CatalogueDocument doc) {
		LocalDate date = (doc.publishedDate() != null) ? doc.publishedDate() : doc.writtenDate();
		return (date != null) ? String.valueOf(date.getYear()) : null;
	}

	/** Everything but the title that a search should find the item by, in one text. */
	private static String searchableText(CatalogueDocument doc, String summary, String body) {
		String text = Stream
			.of(summary, body, String.join(" ", doc.keywords()), String.join(" ", doc.attachmentNames()),
					doc.attachmentText(), doc.docNumber(), doc.issuer())
			.filter(Objects::nonNull)
			.filter(s -> !s.isBlank())
			// a blank line ends a sentence for the segmenter and a bigram run for the tokenizer
			.reduce((a, b) -> a + "\n\n" + b)
			.orElse("");
		return (text.length() > MAX_ANALYZED_CHARS) ? text.substring(0, MAX_ANALYZED_CHARS) : text;
	}

	/**
	 * The title, the title from each of its first words on (so {@code 政府信息} completes
	 * {@code 2024年政府信息公开…}), and the same for its pinyin and initials; all lower case, because
	 * the completion field uses the {@code keyword} analyzer and the query is lower-cased too.
	 */
	private List<String> suggestInputs(String title) {
		LinkedHashSet<String> inputs = new LinkedHashSet<>();
		List<Integer> starts = new ArrayList<>(ChineseAnalysis.wordStartOffsets(title));
		starts.add(0, 0);
		starts.stream().distinct().limit(MAX_SUGGEST_SUFFIXES).forEach(start -> inputs.add(title.substring(start)));
		inputs.addAll(this.analysis.pinyinSuffixes(title).stream().limit(MAX_SUGGEST_SUFFIXES).toList());
		inputs.addAll(this.analysis.initialsSuffixes(title).stream().limit(MAX_SUGGEST_SUFFIXES).toList());
		return inputs.stream()
			// U+0000, U+001E and U+001F are reserved by the completion field
			.map(s -> s.replaceAll("\\p{Cntrl}", " ").strip().toLowerCase(Locale.ROOT))
			.map(s -> (s.length() > MAX_SUGGEST_INPUT) ? s.substring(0, MAX_SUGGEST_INPUT) : s)
			.filter(s -> !s.isEmpty())
			.distinct()
			.toList();
	}

	/** Newer items are suggested first: the weight is the age of the publication date in days. */
	private static int suggestWeight(CatalogueDocument doc) {
		LocalDate date = (doc.publishedDate() != null) ? doc.publishedDate() : doc.writtenDate();
		if (date == null) {
			return 1;
		}
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, date.toEpochDay() - SUGGEST_EPOCH.toEpochDay()));
	}

	private static void put(Map<String, Object> source, String field, Object value) {
		if (value instanceof LocalDate date) {
			// ISO yyyy-MM-dd, the mapping's strict_date, whatever JSON mapper the client was built with
			source.put(field, date.toString());
		}
		else if (value instanceof List<?> list) {
			if (!list.isEmpty()) {
				source.put(field, list);
			}
		}
		else if (value instanceof String text) {
			if (!text.isBlank()) {
				source.put(field, text);
			}
		}
		else if (value != null) {
			source.put(field, value);
		}
	}

}
