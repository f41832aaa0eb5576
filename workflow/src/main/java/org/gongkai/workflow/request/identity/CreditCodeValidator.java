package org.gongkai.workflow.request.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CreditCode @CreditCode}. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.toString().isBlank() || UnifiedSocialCreditCode.isValid(value.toString());
	}
}
