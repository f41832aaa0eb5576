package org.gongkai.workflow.request.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 统一社会信用代码. Worked by hand for 91350100M000100Y43 with M = 21, Y = 30 and the weights 1 3 9 27 19
 * 26 16 17 20 29 25 13 8 24 10 30 28: 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0
 * + 900 + 112 = 1,640; 1,640 mod 31 = 28; 31 − 28 = 3, the last character.
 */
class UnifiedSocialCreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// Σ = 1,640 → 3 (above)
			"91350100M000100Y43",
			// 9·1 + 1·3 + 1·9 + 1·27 + 1·20 + 1·28 = 96, 96 mod 31 = 3, 31 − 3 = 28 → W
			"91110000100000001W",
			// 68 + 2·28 = 124 = 4 · 31, remainder 0, 31 − 0 = 31 is written 0
			"911100001000000020",
			// lower case and spaces accepted
			"91350100m000100y43", " 91350100M000100Y43 " })
	void validCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// wrong check characters for the sums above
			"91350100M000100Y44", "91110000100000001X", "911100001000000021",
			// I, O, S, V and Z are not in the alphabet
			"91350100M000100I43", "91350100M000100O43", "91350100M000100S43", "91350100M000100V43",
			"91350100M000100Z43",
			// 17 and 19 characters, blank
			"91350100M000100Y4", "91350100M000100Y430", "" })
	void invalidCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@Test
	void codeIsNormalised() {
		assertThat(UnifiedSocialCreditCode.of(" 91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
		assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	record Form(@CreditCode String creditCode) {
	}

	@Test
	void constraintAcceptsValidAndEmptyValuesAndNamesItsMessageKey() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var validator = factory.getValidator();
			assertThat(validator.validate(new Form("91350100M000100Y43"))).isEmpty();
			assertThat(validator.validate(new Form(null))).isEmpty();
			assertThat(validator.validate(new Form(""))).isEmpty();
			assertThat(validator.validate(new Form("91350100M000100Y44")))
				.extracting(ConstraintViolation::getMessageTemplate)
				.containsExactly("{identity.creditCode.invalid}");
		}
	}
}
