package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.gongkai.workflow.request.identity.IdType;
import org.junit.jupiter.api.Test;

/** An application's 证件类型 fits the applicant, and its number the type, each reported at its own field. */
class ValidIdNumberTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static ApplicationForm form(ApplicantType applicant, IdType type, String number) {
		return new ApplicationForm(applicant, "张伟", number, applicant.isOrganisation() ? "李明" : null, null,
				"13800138000", null, null, null, "2025年城区停车场规划", null, "请提供规划文本", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, RequestKind.DISCLOSURE, null, type, null);
	}

	private static List<String> problems(ApplicationForm form) {
		return VALIDATOR.validate(form)
			.stream()
			.map((ConstraintViolation<ApplicationForm> v) -> v.getPropertyPath() + " " + v.getMessageTemplate())
			.toList();
	}

	@Test
	void aPassportNumberPassesAsAPassport() {
		assertThat(problems(form(ApplicantType.NATURAL_PERSON, IdType.PASSPORT, "E12345678"))).isEmpty();
	}

	@Test
	void aWrongNumberIsReportedAtTheNumberWithTheTypesMessage() {
		assertThat(problems(form(ApplicantType.NATURAL_PERSON, IdType.RESIDENT_ID, "110105194912310021")))
			.containsExactly("idNumber {request.idNumber.invalid.RESIDENT_ID}");
		assertThat(problems(form(ApplicantType.NATURAL_PERSON, IdType.HK_MACAO_PERMIT, "K12345678")))
			.containsExactly("idNumber {request.idNumber.invalid.HK_MACAO_PERMIT}");
	}

	@Test
	void anOrganisationNamesItsCreditCodeAndAPersonNoCreditCode() {
		assertThat(problems(form(ApplicantType.COMMERCIAL_ENTERPRISE, IdType.PASSPORT, "E12345678")))
			.containsExactly("idType {request.idType.forOrganisation}");
		assertThat(problems(form(ApplicantType.NATURAL_PERSON, IdType.CREDIT_CODE, "91350100M000100Y43")))
			.containsExactly("idType {request.idType.forPerson}");
	}

	@Test
	void withoutATypeTheApplicantsDefaultIsChecked() {
		assertThat(problems(form(ApplicantType.COMMERCIAL_ENTERPRISE, null, "91350100M000100Y43"))).isEmpty();
		assertThat(problems(form(ApplicantType.NATURAL_PERSON, null, "91350100M000100Y43")))
			.containsExactly("idNumber {request.idNumber.invalid.RESIDENT_ID}");
	}
}
