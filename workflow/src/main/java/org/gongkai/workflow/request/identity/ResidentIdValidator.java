package org.gongkai.workflow.request.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ResidentId @ResidentId}. */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.toString().isBlank() || ResidentIdNumber.isValid(value.toString());
	}
}
