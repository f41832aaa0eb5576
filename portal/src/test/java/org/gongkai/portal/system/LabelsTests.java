package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.workflow.publication.Validity;
import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The workflow's enum labels: English for every constant on English pages, the enum's own Chinese label otherwise. */
class LabelsTests {

	/** Enums with a label() that label a Chinese document, not a page: the annual report's 表三, 《政务信息》's issues. */
	private static final Set<String> DOCUMENT_ONLY = Set.of("Table3Column", "Table3Row", "PeriodicalIssue");

	private final Labels labels = new Labels(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyLabelledEnumOfTheWorkflowIsListed() throws Exception {
		var found = new TreeSet<String>();
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:org/gongkai/workflow/**/*.class");
		for (var resource : resources) {
			var path = resource.getURL().toString();
			var className = path.substring(path.lastIndexOf("org/gongkai/workflow/"), path.length() - ".class".length())
				.replace('/', '.');
			var type = Class.forName(className, false, getClass().getClassLoader());
			if (type.isEnum() && hasLabel(type) && !DOCUMENT_ONLY.contains(type.getSimpleName())) {
				found.add(type.getName());
			}
		}
		assertThat(found).as("workflow enums with a label()").isNotEmpty();
		assertThat(Labels.ENUMS.stream().map(Class::getName).toList()).containsExactlyInAnyOrderElementsOf(found);
	}

	@Test
	void everyConstantHasItsEnglishLabel() throws IOException {
		var english = new Properties();
		try (var in = getClass().getClassLoader().getResourceAsStream("messages_en.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		var missing = new TreeSet<String>();
		for (var type : Labels.ENUMS) {
			Arrays.stream(type.getEnumConstants())
				.map(Labels::key)
				.filter(key -> english.getProperty(key, "").isBlank())
				.forEach(missing::add);
		}
		assertThat(missing).as("enum labels without English in messages_en.properties").isEmpty();
	}

	@Test
	void chinesePagesShowTheEnumsOwnLabel() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		for (var type : Labels.ENUMS) {
			for (var constant : type.getEnumConstants()) {
				assertThat(labels.of(constant)).as(Labels.key(constant)).isEqualTo(Labels.chinese(constant));
			}
		}
		assertThat(labels.of(ReplyType.PARTIAL)).isEqualTo("部分公开");
		assertThat(labels.of("RequestStatus", "RECEIVED")).isEqualTo("已受理");
	}

	@Test
	void englishPagesShowTheEnglishLabel() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.of(ReplyType.PARTIAL)).isEqualTo("Partly disclosed");
		assertThat(labels.of(ReplyType.WITHHOLD)).isEqualTo("Withheld");
		assertThat(labels.of(RequestStatus.AWAITING_REASONS)).isEqualTo("Awaiting the applicant's reasons");
		assertThat(labels.of("RequestStatus", "RECEIVED")).isEqualTo("Accepted");
		assertThat(labels.of(CorrectionOutcome.CORRECTED)).isEqualTo("Corrected");
		assertThat(labels.of(Validity.EXPIRED)).isEqualTo("Expired");
		for (var type : Labels.ENUMS) {
			for (var constant : type.getEnumConstants()) {
				assertThat(labels.of(constant)).as(Labels.key(constant)).doesNotContainPattern("\\p{IsHan}");
			}
		}
	}

	@Test
	void nullAndOtherValuesPassThrough() {
		assertThat(labels.of((Object) null)).isNull();
		assertThat(labels.of("RequestStatus", null)).isNull();
		assertThat(labels.of(42)).isEqualTo("42");
	}

	private static boolean hasLabel(Class<?> type) {
		try {
			return type.getMethod("label").getReturnType() == String.class;
		}
		catch (NoSuchMethodException e) {
			return false;
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
