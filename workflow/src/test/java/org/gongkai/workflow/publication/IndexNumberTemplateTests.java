package org.gongkai.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexNumberTemplateTests {

	@Test
	void defaultTemplateHasTheShapeOfSpec() {
		var template = new IndexNumberTemplate(null);
		assertThat(template.format("000014349", 2024, 94)).isEqualTo("000014349/2024-00094");
	}

	@Test
	void widthFollowsTheRunOfN() {
		var template = new IndexNumberTemplate("{org_code}-{YYYY}-{NNN}");
		assertThat(template.format("11110000MB0000000X", 2026, 7)).isEqualTo("11110000MB0000000X-2026-007");
	}

	@Test
	void serialThatOverflowsTheTemplateIsRefused() {
		var template = new IndexNumberTemplate("{org_code}/{YYYY}-{NN}");
		assertThatThrownBy(() -> template.format("000014349", 2026, 100)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void templateWithoutSerialIsRefused() {
		assertThatThrownBy(() -> new IndexNumberTemplate("{org_code}/{YYYY}"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
