package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * English works everywhere it is offered, as in spring-petclinic's "no hard-coded text" test: every message
 * has its English translation, and the pages and the portal's Java hold no Chinese of their own outside the
 * message bundles. Documents whose wording the law or the agency fixes (letters, the annual report, the
 * ledger, demo data) are listed below with the reason.
 */
class NoHardCodedTextTests {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** Java sources whose Chinese string literals are not UI text, and why. */
	private static final Map<String, String> JAVA_ALLOWED = Map.ofEntries(
			Map.entry("demo/", "demonstration data: Chinese cases, items and reports"),
			Map.entry("documents/", "the letters and PDF notices, Chinese documents of record"),
			Map.entry("notification/NotificationProperties.java", "the default agency name, a setting"),
			Map.entry("system/AgencyProperties.java", "the default agency name and fee payment text, settings"),
			Map.entry("annual/AnnualReportLayout.java", "the annual report's headings fixed by the State Council's template"),
			Map.entry("annual/AnnualReportView.java", "the annual report's title and fee sentence, part of the document"),
			Map.entry("annual/AnnualReportFiles.java", "the sheet names of the annual report's XLSX"),
			Map.entry("annual/AnnualReportPublisher.java", "the catalogue entry of the published annual report"),
			Map.entry("workbench/RequestRegisterController.java", "the ledger's XLSX columns and file name, a document of record"),
			Map.entry("request/RequestController.java", "the file names of the receipt and the reply letter"),
			Map.entry("admin/RequestImportController.java", "the example row and file name of the import template"),
			Map.entry("report/RankingBulletin.java", "the circular on reporting, a Chinese document"),
			Map.entry("report/ReportApiController.java", "the file name of the circular on reporting, a document of record"),
			Map.entry("redaction/PdfRedactor.java", "the article printed in each redaction box, part of the redacted document"));

	/** Templates whose text is Chinese by nature (none: the applicants' mails are written in the bundles too). */
	private static final List<String> TEMPLATES_ALLOWED = List.of();

	private static final Path JAVA = Path.of("src/main/java/org/gongkai/portal");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyMessageHasItsEnglishTranslation() {
		for (var bundle : List.of("messages", "workflow-messages")) {
			var chinese = load(bundle + ".properties");
			var english = load(bundle + "_en.properties");
			assertThat(chinese).as(bundle).isNotEmpty();
			var missing = new TreeSet<>(chinese.stringPropertyNames());
			missing.removeAll(english.stringPropertyNames());
			assertThat(missing).as("keys of %s.properties without English", bundle).isEmpty();
			// Chinese terms may stand in English text (国办函〔2020〕109号), a copy of the Chinese text may not
			chinese.forEach((key, text) -> assertThat(HAN.matcher(text.toString()).find()
					&& text.equals(english.get(key)))
				.as("%s_en.properties: %s is the Chinese text", bundle, key)
				.isFalse());
		}
	}

	@Test
	void templatesShowChineseOnlyThroughMessages() throws IOException {
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var name = TEMPLATES.relativize(file).toString().replace('\\', '/');
				if (TEMPLATES_ALLOWED.stream().anyMatch(name::startsWith)) {
					continue;
				}
				var text = hardCodedInTemplate(Files.readString(file));
				var m = HAN.matcher(text);
				if (m.find()) {
					found.add(name + ": …" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
						.replaceAll("\\s+", " ") + "…");
				}
			}
		}
		assertThat(found).as("Chinese in templates outside th:text=\"#{…}\"").isEmpty();
	}

	@Test
	void javaHoldsNoChineseTextOutsideTheAllowList() throws IOException {
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var name = JAVA.relativize(file).toString().replace('\\', '/');
				if (JAVA_ALLOWED.keySet().stream().anyMatch(name::startsWith)) {
					continue;
				}
				for (var literal : chineseLiterals(Files.readString(file))) {
					found.add(name + ": " + literal);
				}
			}
		}
		assertThat(found).as("Chinese string literals in Java: move them into messages*.properties").isEmpty();
	}

	@Test
	void theScannersFindWhatTheyLookFor() {
		assertThat(chineseLiterals("""
				@Operation(summary = "检索", description = "x" + "目录")
				class A { /* 注释 */ String a = "提示"; // 注释
				char c = '"'; String b = "ok"; }
				""")).containsExactly("\"提示\"");
		assertThat(hardCodedInTemplate("""
				<p th:text="#{a}">默认</p><!-- 注释 --><span class="x" title="标题" th:title="#{t}">x</span>
				<b th:text="${a} + '年'">x</b><i>文字</i><span aria-hidden="true">公</span>
				""")).contains("'年'", "文字").doesNotContain("默认", "注释", "标题", "公");
	}

	/** The template without comments, the content of elements whose text is replaced, and replaced attributes. */
	static String hardCodedInTemplate(String html) {
		var text = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)/\\*\\[-.*?-]\\*/", "");
		var replaced = Pattern.compile("(?s)(<([a-zA-Z][\\w-]*)\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?\\sth:(?:u?text|replace|insert)=\"[^\"]*\"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)(?:(?!<\\2\\b).)*?</\\2>");
		String before;
		do {
			before = text;
			text = replaced.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "</" + m.group(2) + ">"));
		}
		while (!text.equals(before));
		var tag = Pattern.compile("<[a-zA-Z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
		var attribute = Pattern.compile("\\s(th:)?([\\w:-]+)=\"([^\"]*)\"");
		return tag.matcher(text).replaceAll(t -> {
			var attributes = new ArrayList<String[]>();
			var m = attribute.matcher(t.group());
			var dynamic = new TreeSet<String>();
			while (m.find()) {
				attributes.add(new String[] { m.group(1), m.group(2), m.group(3) });
				if (m.group(1) != null) {
					dynamic.add(m.group(2));
				}
			}
			var kept = new StringBuilder();
			for (var a : attributes) {
				if (a[0] != null) {
					// an expression: only its literals count, not the message keys it names
					kept.append(' ').append(a[2].replaceAll("#\\{[^}]*}", "").replaceAll("\\$\\{[^}]*}", ""));
				}
				else if (!dynamic.contains(a[1]) && !a[1].equals("aria-hidden")) {
					kept.append(' ').append(a[2]);
				}
			}
			var hidden = t.group().contains("aria-hidden=\"true\"");
			// a decorative glyph hidden from screen readers (the seal of the logo) is no text
			return Matcher.quoteReplacement("<" + (hidden ? "\0" : "") + kept + ">");
		}).replaceAll("(?s)<\0[^>]*>[^<]*", "<>");
	}

	/** The string literals holding Han characters, outside comments and annotations (OpenAPI's descriptions). */
	static List<String> chineseLiterals(String source) {
		var found = new ArrayList<String>();
		int depth = 0;
		var annotationDepths = new ArrayList<Integer>();
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = end(source, source.indexOf('\n', i));
			}
			else if (source.startsWith("/*", i)) {
				i = end(source, source.indexOf("*/", i + 2) + 1);
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = end(source, source.indexOf("\"\"\"", i + 3) + 2);
				check(source.substring(i, close + 1), annotationDepths.isEmpty(), found);
				i = close;
			}
			else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < source.length() && source.charAt(j) != c) {
					j += source.charAt(j) == '\\' ? 2 : 1;
				}
				check(source.substring(i, Math.min(j + 1, source.length())), annotationDepths.isEmpty(), found);
				i = j;
			}
			else if (c == '@') {
				int j = i + 1;
				while (j < source.length() && (Character.isJavaIdentifierPart(source.charAt(j)) || source.charAt(j) == '.')) {
					j++;
				}
				while (j < source.length() && Character.isWhitespace(source.charAt(j))) {
					j++;
				}
				if (j < source.length() && source.charAt(j) == '(') {
					annotationDepths.add(depth);
				}
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (!annotationDepths.isEmpty() && annotationDepths.get(annotationDepths.size() - 1) == depth) {
					annotationDepths.remove(annotationDepths.size() - 1);
				}
			}
		}
		return found;
	}

	private static int end(String source, int index) {
		return index < 0 ? source.length() : index;
	}

	private static void check(String literal, boolean outsideAnnotations, List<String> found) {
		if (outsideAnnotations && HAN.matcher(literal).find()) {
			found.add(literal);
		}
	}

	private static Properties load(String name) {
		var properties = new Properties();
		try (InputStream in = NoHardCodedTextTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
