package org.gongkai.workflow.task;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reviewer's verdict on any process's review task (审核、保密审查、签发、审批): approve or return, with an
 * opinion that is required when returning.
 *
 * @param approved {@code true} approves, {@code false} returns
 * @param comment the opinion (审核意见); the reason when returning
 */
@Schema(name = "Review", description = "审核：`approved` true 同意，false 退回（须填写 `comment`）")
@Review.ReasonWhenReturned
public record Review(@NotNull Boolean approved, @Size(max = 2000) String comment) implements TaskCommand, ReviewVerdict {

	/** The process variable every review gateway reads. */
	public static final String APPROVED = "approved";

	/** The reviewer's opinion or reason for returning. */
	public static final String COMMENT = "comment";

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().value(APPROVED, approved).text(COMMENT, comment).build();
	}

	/** A return ({@code approved == false}) names its reason in {@code comment}; on any {@link ReviewVerdict}. */
	@Documented
	@Constraint(validatedBy = ReasonWhenReturned.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	public @interface ReasonWhenReturned {

		String message() default "{review.comment.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Reports a missing reason on the {@code comment} field. */
		class Validator implements ConstraintValidator<ReasonWhenReturned, ReviewVerdict> {

			@Override
			public boolean isValid(ReviewVerdict review, ConstraintValidatorContext context) {
				if (review == null || !Boolean.FALSE.equals(review.approved())
						|| review.comment() != null && !review.comment().isBlank()) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode(COMMENT)
					.addConstraintViolation();
				return false;
			}
		}
	}
}
