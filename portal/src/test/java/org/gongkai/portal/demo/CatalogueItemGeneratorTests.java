package org.gongkai.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;

import org.gongkai.workflow.publication.ItemContent;
import org.junit.jupiter.api.Test;

class CatalogueItemGeneratorTests {

	private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

	/** The leaf columns of the default tree (V2__insert_catalogue_columns.sql). */
	private static final Set<String> LEAVES = Set.of("guide", "rules", "functions", "regulation", "normative", "other-doc",
			"interpretation", "planning", "statistics", "licensing", "enforcement", "budget", "fees", "procurement",
			"projects", "livelihood", "emergency", "supervision", "personnel", "key-areas", "proposals", "on-request",
			"annual-report");

	@Test
	void theSameSeedGivesTheSameItems() {
		var first = new CatalogueItemGenerator(7, UNTIL).generate(300);
		var second = new CatalogueItemGenerator(7, UNTIL).generate(300);
		assertThat(first).isEqualTo(second);
		assertThat(new CatalogueItemGenerator(8, UNTIL).generate(300)).isNotEqualTo(first);
	}

	@Test
	void itemsAreValidAndSpreadOverColumnsDepartmentsAndYears() {
		var items = new CatalogueItemGenerator(CatalogueItemGenerator.DEMO_SEED, UNTIL).generate(1000);
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var validator = factory.getValidator();
			for (var item : items) {
				assertThat(validator.validate(item.content())).as(item.content().title()).isEmpty();
			}
		}
		assertThat(items).allSatisfy(item -> {
			ItemContent content = item.content();
			assertThat(LEAVES).contains(content.columnCode());
			assertThat(content.writtenDate()).isBeforeOrEqualTo(UNTIL).isAfter(UNTIL.minusYears(3).minusDays(1));
			assertThat(content.title()).doesNotContain("null");
			assertThat(content.body()).contains(content.issuer());
		});
		assertThat(items.stream().map(i -> i.content().columnCode()).collect(Collectors.toSet())).hasSizeGreaterThan(15);
		assertThat(items.stream().map(i -> i.departmentCode()).collect(Collectors.toSet()))
			.hasSize(CatalogueItemGenerator.PROFILES.size());
		assertThat(items.stream().map(i -> i.content().writtenDate().getYear()).collect(Collectors.toSet()))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(items.stream().map(i -> i.content().genre()).collect(Collectors.toSet())).contains("通知", "意见",
				"解读", "公示", "统计数据", "报告");
	}
}
