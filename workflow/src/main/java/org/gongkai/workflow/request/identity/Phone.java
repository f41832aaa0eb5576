package org.gongkai.workflow.request.identity;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a mainland mobile number or a landline with its area code, see
 * {@link MobilePhone#isValid}. {@code null} and blank text are valid: combine with {@code @NotBlank}
 * where the number is required.
 */
@Documented
@Constraint(validatedBy = PhoneValidator.class)
@Target({ FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
public @interface Phone {

	String message() default "{identity.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
