package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.workflow.request.Citation;
import org.gongkai.workflow.request.Cited;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.WithholdingReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The legal citations: every outcome, exemption and kind of request cites what the domain specification
 * (a copy of SPEC.md in {@code src/test/resources/domain/}) gives as its basis, written the one way the
 * letters write it (第三十六条第（一）项, 第十六条第一款; a document by its number), and no page garbles it
 * ("（第16 第一款条）", "（第—）", "（第国办函〔2020〕109号）").
 */
class CitationsTests {

	/** Written out by hand from the Regulations, not computed, so the formatter is checked too. */
	private static final Map<Enum<?>, String> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put(ReplyType.ALREADY_PUBLIC, "第三十六条第（一）项");
		EXPECTED.put(ReplyType.DISCLOSE, "第三十六条第（二）项");
		EXPECTED.put(ReplyType.PARTIAL, "第三十七条");
		EXPECTED.put(ReplyType.WITHHOLD, "第三十六条第（三）项");
		EXPECTED.put(ReplyType.ADMIN_QUERY, "第三十六条第（七）项");
		EXPECTED.put(ReplyType.NOT_HELD, "第三十六条第（四）项");
		EXPECTED.put(ReplyType.NOT_RESPONSIBLE, "第三十六条第（五）项");
		EXPECTED.put(ReplyType.NEEDS_CREATION, "第三十八条");
		EXPECTED.put(ReplyType.STILL_UNCLEAR, "第三十条");
		EXPECTED.put(ReplyType.PETITION, "第三十九条第一款");
		EXPECTED.put(ReplyType.DUPLICATE, "第三十六条第（六）项");
		EXPECTED.put(ReplyType.PUBLICATION, "第三十九条第二款");
		EXPECTED.put(ReplyType.MASS_REPEATED, "第三十五条");
		EXPECTED.put(ReplyType.CONFIRM_REISSUE, "");
		EXPECTED.put(ReplyType.ABANDONED_NO_SUPPLEMENT, "第三十条");
		EXPECTED.put(ReplyType.ABANDONED_FEE_UNPAID, "国办函〔2020〕109号");
		EXPECTED.put(ReplyType.OTHER, "");
		EXPECTED.put(WithholdingReason.STATE_SECRET, "第十四条");
		EXPECTED.put(WithholdingReason.PROHIBITED_BY_LAW, "第十四条");
		EXPECTED.put(WithholdingReason.ENDANGERS_SECURITY, "第十四条");
		EXPECTED.put(WithholdingReason.THIRD_PARTY_RIGHTS, "第十五条");
		EXPECTED.put(WithholdingReason.INTERNAL_AFFAIRS, "第十六条第一款");
		EXPECTED.put(WithholdingReason.PROCESS_INFORMATION, "第十六条第二款");
		EXPECTED.put(WithholdingReason.ENFORCEMENT_FILES, "第十六条第二款");
		EXPECTED.put(WithholdingReason.ADMIN_QUERY, "第三十六条第（七）项");
		EXPECTED.put(RequestKind.DISCLOSURE, "第二十九条");
		EXPECTED.put(RequestKind.CORRECTION, "第四十一条");
	}

	/** What a garbled citation looks like: a dash or a document where an article belongs, 条 after 款 or 项, Arabic digits. */
	private static final Pattern GARBLED = Pattern.compile("第—|第\\s*[）)]|第国|第\\d|[款项]条|\\d\\s*第");

	private static final String SPEC = spec();

	private final Labels labels = new Labels(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyCitedEnumOfTheWorkflowIsInTheTable() throws Exception {
		var cited = new TreeSet<String>();
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:org/gongkai/workflow/**/*.class");
		for (var resource : resources) {
			var path = resource.getURL().toString();
			var className = path.substring(path.lastIndexOf("org/gongkai/workflow/"), path.length() - ".class".length())
				.replace('/', '.');
			var type = Class.forName(className, false, getClass().getClassLoader());
			if (type.isEnum() && Cited.class.isAssignableFrom(type)) {
				cited.add(type.getName());
			}
		}
		assertThat(cited).containsExactlyInAnyOrder(ReplyType.class.getName(), WithholdingReason.class.getName(),
				RequestKind.class.getName());
		var constants = Stream.of(ReplyType.values(), WithholdingReason.values(), RequestKind.values())
			.flatMap(Arrays::stream)
			.toList();
		assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(constants);
	}

	@Test
	void everyCitationIsWrittenAsTheLettersWriteIt() {
		EXPECTED.forEach((constant, expected) -> {
			var citation = ((Cited) constant).citation();
			assertThat(citation.text()).as(constant.toString()).isEqualTo(expected);
			assertThat(citation.cited()).as(constant.toString()).isEqualTo(!expected.isEmpty());
			assertThat(citation.text()).as(constant.toString()).doesNotContainPattern(GARBLED);
		});
	}

	/** SPEC §2.4: "| PARTIAL | 37 |", "| PETITION | 39 ¶1 |", "| ABANDONED_FEE_UNPAID | 109号 |", "| OTHER | — |". */
	@Test
	void replyTypesCiteTheBasisTheSpecGives() {
		for (var type : ReplyType.values()) {
			Matcher row = Pattern.compile("^\\| " + type.name() + "(?: \\+ reason)? \\| ([^|]+) \\|", Pattern.MULTILINE).matcher(SPEC);
			assertThat(row.find()).as("SPEC §2.4 row of " + type).isTrue();
			String basis = row.group(1).strip();
			var citation = type.citation();
			if (citation.regulations()) {
				// WITHHOLD's row reads "36(三), 14–16": the reply type's own article first
				assertThat(basis.split(",")[0]).as(type.name()).isEqualTo(specNotation(citation));
			}
			else if (citation.cited()) {
				assertThat(citation.document()).as(type.name()).endsWith(basis);
			}
			else {
				assertThat(basis).as(type.name()).isIn("—", "practice");
			}
		}
	}

	/** SPEC §1: "| 16 ¶1 | internal affairs … | 5.属于三类内部事务信息 |", by the 表三 row number. */
	@Test
	void exemptionsCiteTheArticleTheSpecGivesForTheirReportRow() {
		for (var reason : WithholdingReason.values()) {
			Matcher row = Pattern.compile("^\\| ([^|]+) \\| [^|]+ \\| " + reason.reportRow() + "\\.(\\S+) \\|$", Pattern.MULTILINE)
				.matcher(SPEC);
			assertThat(row.find()).as("SPEC §1 row " + reason.reportRow()).isTrue();
			assertThat(row.group(1).strip()).as(reason.name()).isEqualTo(specNotation(reason.citation()));
			assertThat(row.group(2).replaceAll("[\"“”]", "")).as("the same subject")
				.isEqualTo(reason.label().replaceAll("[\"“”]", ""));
		}
	}

	/** "(art. 29)", "Art. 41: a request to correct": the request kinds' articles with their subject. */
	@Test
	void requestKindsCiteTheArticleTheSpecGives() {
		assertThat(SPEC).contains("Application (art. " + RequestKind.DISCLOSURE.citation().article() + ")");
		assertThat(SPEC).contains("Art. " + RequestKind.CORRECTION.citation().article() + ": a request to correct");
	}

	@Test
	void chinesePagesPrintTheLabelWithItsCitation() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		EXPECTED.forEach((constant, expected) -> {
			String label = labels.cited((Cited) constant);
			assertThat(label).as(constant.toString())
				.isEqualTo(expected.isEmpty() ? Labels.chinese(constant) : Labels.chinese(constant) + "（" + expected + "）")
				.doesNotContainPattern(GARBLED)
				.doesNotContain("（）");
		});
		assertThat(labels.cited(WithholdingReason.INTERNAL_AFFAIRS)).isEqualTo("属于三类内部事务信息（第十六条第一款）");
		assertThat(labels.cited(ReplyType.ABANDONED_FEE_UNPAID)).isEqualTo("其他处理（逾期未缴费）（国办函〔2020〕109号）");
		assertThat(labels.cited(ReplyType.OTHER)).isEqualTo("其他处理");
		assertThat(labels.cited(RequestKind.CORRECTION)).isEqualTo("政府信息更正申请（第四十一条）");
	}

	@Test
	void englishPagesPrintTheArticleInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.cited(ReplyType.ALREADY_PUBLIC)).isEqualTo("Disclosed (art. 36(1))");
		assertThat(labels.cited(WithholdingReason.INTERNAL_AFFAIRS)).endsWith(" (art. 16 para. 1)");
		assertThat(labels.cited(ReplyType.PETITION)).endsWith(" (art. 39 para. 1)");
		assertThat(labels.cited(ReplyType.OTHER)).doesNotContain("(");
		for (var constant : EXPECTED.keySet()) {
			assertThat(labels.cited((Cited) constant)).as(constant.toString()).doesNotContainPattern("\\p{IsHan}")
				.doesNotContain("()");
		}
	}

	@Test
	void noTemplateGluesACitationTogether() {
		var glued = new ArrayList<String>();
		for (var file : templates()) {
			String text = read(file);
			for (var bad : List.of("'（第'", "条）'", ".article()", "'（第' + ${")) {
				if (text.contains(bad)) {
					glued.add(file + ": " + bad);
				}
			}
		}
		assertThat(glued).as("templates print citations through @labels.cited / the letters' t.cite").isEmpty();
	}

	@Test
	void aCitationIsStructuredData() {
		assertThat(Citation.item(36, 7).text()).isEqualTo("第三十六条第（七）项");
		assertThat(Citation.paragraph(16, 2).text()).isEqualTo("第十六条第二款");
		assertThat(Citation.of(14).english()).isEqualTo("art. 14");
		assertThat(Citation.NONE.text()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> Citation.item(0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Citation.document(" ", "x"));
		assertThat(Map.of("n", Citation.number(41))).containsExactly(entry("n", "四十一"));
	}

	/** The notation of SPEC.md's tables: 36(一), 39 ¶1, 16 ¶2, 37. */
	private static String specNotation(Citation citation) {
		return citation.article() + (citation.item() > 0 ? "(" + Citation.number(citation.item()) + ")" : "")
				+ (citation.paragraph() > 0 ? " ¶" + citation.paragraph() : "");
	}

	private static List<Path> templates() {
		try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String spec() {
		try (var in = CitationsTests.class.getResourceAsStream("/domain/SPEC.md")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "workflow-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
