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
 * The annotated text is an 18-digit resident identity number (居民身份证号码) with a valid check digit
 * and birth date, see {@link ResidentIdNumber#isValid}. {@code null} and blank text are valid: combine
 * with {@code @NotBlank} where the number is required.
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({ FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
public @interface ResidentId {

	String message() default "{identity.residentId.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
