package org.gongkai.portal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request id taken from outside only when it is a plain token, and no personal number in a logged user name. */
class LogContextTests {

	@Test
	void aPlainRequestIdIsKeptAnythingElseReplaced() {
		assertThat(LogContext.requestId("lb-4711.a_B")).isEqualTo("lb-4711.a_B");
		assertThat(LogContext.requestId("x".repeat(65))).hasSize(36).isNotEqualTo("x".repeat(65));
		assertThat(LogContext.requestId("a\nforged log line")).hasSize(36);
		assertThat(LogContext.requestId(null)).matches("[0-9a-f-]{36}");
	}

	@Test
	void idCardAndMobileNumbersInAUserNameAreMasked() {
		assertThat(LogContext.userName("clerk1")).isEqualTo("clerk1");
		assertThat(LogContext.userName("11010519491231002X")).isEqualTo("******************");
		assertThat(LogContext.userName("zhang13812345678")).isEqualTo("zhang***********");
		assertThat(LogContext.userName("110105491231002")).isEqualTo("***************");
	}
}
