package org.gongkai.workflow.request.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resident identity numbers. Check characters worked out by hand: Σ digit × weight (7 9 10 5 8 4 2 1
 * 6 3 7 9 10 5 8 4 2) mod 11 → 1 0 X 9 8 7 6 5 4 3 2.
 */
class ResidentIdTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// Σ = 167, 167 mod 11 = 2 → X
			"11010519491231002X",
			// Σ = 246, mod 11 = 4 → 8
			"440304199003071248",
			// Σ = 100, mod 11 = 1 → 0
			"110101198001010010",
			// lower-case x and surrounding spaces are accepted
			"11010519491231002x", " 11010519491231002X " })
	void validNumbers(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// check character of Σ = 167 is X, not 1
			"110105194912310021",
			// Σ = 246 → 8, not 7
			"440304199003071247",
			// check character right (Σ = 173 → 4) but 30 February does not exist
			"110105194902301234",
			// check character right (Σ = 162 → 4) but born in 2099
			"110105209901011234",
			// check character right (Σ = 214 → 7) but born in 1899
			"110105189912311237",
			// 17 and 19 characters, a letter inside, X not last, blank
			"11010519491231002", "11010519491231002X0", "1101051949123100AX", "X10105194912310021", "" })
	void invalidNumbers(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	@Test
	void nullIsNotANumber() {
		assertThat(ResidentIdNumber.isValid(null)).isFalse();
		assertThatThrownBy(() -> ResidentIdNumber.of(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void numberIsNormalisedAndKnowsTheBirthDate() {
		var number = ResidentIdNumber.of(" 11010519491231002x");
		assertThat(number.value()).isEqualTo("11010519491231002X");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void numberIsMaskedWhereverItIsPrinted() {
		var number = ResidentIdNumber.of("440304199003071248");
		assertThat(number.mask()).isEqualTo("4403**********1248");
		assertThat(number).hasToString("4403**********1248");
		assertThat(ResidentIdNumber.of("11010519491231002X").mask()).isEqualTo("1101**********002X");
	}

	@Test
	void refusalDoesNotRepeatTheNumber() {
		assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021")).isInstanceOf(IllegalArgumentException.class)
			.message()
			.doesNotContain("110105194912310021");
	}

	@Test
	void identityNumbersChooseTheRuleByApplicantKind() {
		assertThat(IdentityNumbers.valid(false, "11010519491231002X")).isTrue();
		assertThat(IdentityNumbers.valid(true, "11010519491231002X")).isFalse();
		assertThat(IdentityNumbers.valid(true, "91350100M000100Y43")).isTrue();
		assertThat(IdentityNumbers.display(false, "440304199003071248")).isEqualTo("4403**********1248");
		assertThat(IdentityNumbers.display(true, "91350100m000100y43")).isEqualTo("91350100M000100Y43");
	}

	record Form(@ResidentId String idNumber) {
	}

	@Test
	void constraintAcceptsValidAndEmptyValuesAndNamesItsMessageKey() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var validator = factory.getValidator();
			assertThat(validator.validate(new Form("11010519491231002X"))).isEmpty();
			assertThat(validator.validate(new Form(null))).isEmpty();
			assertThat(validator.validate(new Form(" "))).isEmpty();
			assertThat(validator.validate(new Form("110105194912310021")))
				.extracting(ConstraintViolation::getMessageTemplate)
				.containsExactly("{identity.residentId.invalid}");
		}
	}
}
