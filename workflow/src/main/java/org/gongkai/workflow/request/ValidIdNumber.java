package org.gongkai.workflow.request;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An application's identity document fits the applicant ({@code idType}: a person's document for a person,
 * the credit code for an organisation) and its number has that document's form ({@code idNumber}, with a
 * message per document: {@code request.idNumber.invalid.<IdType>}).
 */
@Documented
@Constraint(validatedBy = ValidIdNumber.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidIdNumber {

	String message() default "{request.idNumber.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ValidIdNumber @ValidIdNumber} on an {@link ApplicationForm}. */
	final class Validator implements ConstraintValidator<ValidIdNumber, ApplicationForm> {

		@Override
		public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
			if (form == null || form.applicantType() == null) {
				return true;
			}
			var type = form.identityDocument();
			if (type.forOrganisation() != form.applicantType().isOrganisation()) {
				return violation(context, "idType",
						form.applicantType().isOrganisation() ? "{request.idType.forOrganisation}" : "{request.idType.forPerson}");
			}
			if (form.idNumber() == null || form.idNumber().isBlank() || type.valid(form.idNumber())) {
				return true;
			}
			return violation(context, "idNumber", "{request.idNumber.invalid." + type.name() + "}");
		}

		private static boolean violation(ConstraintValidatorContext context, String field, String template) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
			return false;
		}
	}
}
