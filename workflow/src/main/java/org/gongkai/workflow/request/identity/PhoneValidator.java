package org.gongkai.workflow.request.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Phone @Phone}. */
public final class PhoneValidator implements ConstraintValidator<Phone, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.toString().isBlank() || MobilePhone.isValid(value.toString());
	}
}
