package org.gongkai.workflow.request.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Telephone numbers an applicant may give: mobile, or landline with area code. */
class MobilePhoneTests {

	@ParameterizedTest(name = "{0} is written {1}")
	@CsvSource(delimiter = '|', textBlock = """
			13800138000        | 13800138000
			19912345678        | 19912345678
			138 0013 8000      | 13800138000
			138-0013-8000      | 13800138000
			+86 138 0013 8000  | 13800138000
			+8613800138000     | 13800138000
			0086-13800138000   | 13800138000
			010-12345678       | 010-12345678
			01012345678        | 010-12345678
			(010)12345678      | 010-12345678
			021 87654321       | 021-87654321
			0755-1234567       | 0755-1234567
			07551234567        | 0755-1234567
			(0755) 12345678    | 0755-12345678
			021-12345678-801   | 021-12345678-801
			""")
	void acceptedSpellingsAreWrittenOneWay(String text, String written) {
		assertThat(MobilePhone.isValid(text)).isTrue();
		assertThat(MobilePhone.of(text).value()).isEqualTo(written);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678901", "10012345678", "1380013800", "138001380001", "010-123456",
			"0755-123456789", "12345", "(010-12345678", "010--12345678", "abc", "+1 415 555 0100", "" })
	void otherTextIsNotATelephoneNumber(String text) {
		assertThat(MobilePhone.isValid(text)).isFalse();
	}

	@Test
	void mobileNumbersCanReceiveTextMessages() {
		assertThat(MobilePhone.of("13800138000").isMobile()).isTrue();
		assertThat(MobilePhone.of("010-12345678").isMobile()).isFalse();
		assertThat(MobilePhone.isValid(null)).isFalse();
		assertThatThrownBy(() -> MobilePhone.of("12345")).isInstanceOf(IllegalArgumentException.class);
	}

	record Form(@Phone String phone) {
	}

	@Test
	void constraintAcceptsValidAndEmptyValuesAndNamesItsMessageKey() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var validator = factory.getValidator();
			assertThat(validator.validate(new Form("010-12345678"))).isEmpty();
			assertThat(validator.validate(new Form(null))).isEmpty();
			assertThat(validator.validate(new Form("12345")))
				.extracting(ConstraintViolation::getMessageTemplate)
				.containsExactly("{identity.phone.invalid}");
		}
	}
}
