package org.gongkai.workflow.request.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each 证件类型 accepts the numbers of its form and refuses the others, check characters included. */
class IdTypeTests {

	@ParameterizedTest
	@CsvSource({
			// GB 11643's own example; 440304199001011233 computed with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
			"RESIDENT_ID, 11010519491231002X", "RESIDENT_ID, 11010519491231002x", "RESIDENT_ID, 440304199001011233",
			"PASSPORT, E12345678", "PASSPORT, G1234567", "PASSPORT, 123456789", "PASSPORT, AB12345", "PASSPORT, x1234",
			"HK_MACAO_PERMIT, H12345678", "HK_MACAO_PERMIT, M1234567890", "HK_MACAO_PERMIT, h12345678",
			"TAIWAN_PERMIT, 12345678", "TAIWAN_PERMIT, 1234567890",
			// 2017 card: three letters of the country and twelve digits
			"FOREIGN_PERMANENT_RESIDENT, USA110085010101", "FOREIGN_PERMANENT_RESIDENT, gbr310012345678",
			// 2023 card: 9 first, MOD 11-2 check: Σ(9·7 + 1·9 + 5·10 + ...) mod 11 → 3
			"FOREIGN_PERMANENT_RESIDENT, 915600198506150013", "FOREIGN_PERMANENT_RESIDENT, 911000199001010013",
			"CREDIT_CODE, 91350100M000100Y43", "CREDIT_CODE, 91110000600037341L" })
	void acceptsItsNumbers(IdType type, String number) {
		assertThat(type.valid(number)).as("%s %s", type, number).isTrue();
	}

	@ParameterizedTest
	@CsvSource({
			// wrong check digit, impossible birth date, 17 digits
			"RESIDENT_ID, 110105194912310021", "RESIDENT_ID, 110105194913310029", "RESIDENT_ID, 11010519491231002",
			// no digit, too short, too long, other characters
			"PASSPORT, ABCDEFG", "PASSPORT, E123", "PASSPORT, E12345678901234567", "PASSPORT, E1234-5678",
			// other letters than H or M, 9 digits, 7 digits
			"HK_MACAO_PERMIT, K12345678", "HK_MACAO_PERMIT, H123456789", "HK_MACAO_PERMIT, M1234567",
			"TAIWAN_PERMIT, 1234567", "TAIWAN_PERMIT, 123456789", "TAIWAN_PERMIT, T12345678",
			// two letters, 11 digits, 2023 card with the wrong check digit, an 18-digit number not starting with 9
			"FOREIGN_PERMANENT_RESIDENT, US1100850101011", "FOREIGN_PERMANENT_RESIDENT, USA11008501010",
			"FOREIGN_PERMANENT_RESIDENT, 915600198506150014", "FOREIGN_PERMANENT_RESIDENT, 440304199001011233",
			// wrong check character, I is not in GB 32100's alphabet
			"CREDIT_CODE, 91350100M000100Y44", "CREDIT_CODE, 91350100M000100I43" })
	void refusesOtherNumbers(IdType type, String number) {
		assertThat(type.valid(number)).as("%s %s", type, number).isFalse();
	}

	@Test
	void blankIsNeverValid() {
		for (var type : IdType.values()) {
			assertThat(type.valid(null)).isFalse();
			assertThat(type.valid("  ")).isFalse();
		}
	}

	@Test
	void personsNameFiveDocumentsOrganisationsTheCreditCode() {
		assertThat(IdType.defaultFor(false)).isEqualTo(IdType.RESIDENT_ID);
		assertThat(IdType.defaultFor(true)).isEqualTo(IdType.CREDIT_CODE);
		assertThat(java.util.Arrays.stream(IdType.values()).filter(t -> !t.forOrganisation())).hasSize(5);
		assertThat(IdentityNumbers.valid(true, IdType.PASSPORT, "E12345678")).isFalse();
		assertThat(IdentityNumbers.valid(false, null, "11010519491231002X")).isTrue();
		assertThat(IdentityNumbers.valid(true, null, "91350100M000100Y43")).isTrue();
	}
}
