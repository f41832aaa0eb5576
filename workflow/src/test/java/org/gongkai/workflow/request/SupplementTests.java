package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Art. 30: one 补正 notice per request. */
class SupplementTests {

	@Test
	void noneUntilAsked() {
		var none = new Supplement();
		assertThat(none.isRequested()).isFalse();
		assertThat(none.getNote()).isNull();
		assertThat(none.getDueOn()).isNull();
	}

	@Test
	void theNoticeSaysWhatToSupplementAndByWhen() {
		var asked = new Supplement().requested(7L, "请补充文件名称", LocalDate.of(2026, 3, 20));
		assertThat(asked.isRequested()).isTrue();
		assertThat(asked.getNote()).isEqualTo("请补充文件名称");
		assertThat(asked.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
	}

	@Test
	void aSecondNoticeIsRefused() {
		var asked = new Supplement().requested(7L, "请补充文件名称", LocalDate.of(2026, 3, 20));
		assertThatThrownBy(() -> asked.requested(7L, "再次补正", LocalDate.of(2026, 4, 20)))
			.isInstanceOf(SupplementAlreadyRequested.class)
			.hasMessageContaining("7");
	}
}
