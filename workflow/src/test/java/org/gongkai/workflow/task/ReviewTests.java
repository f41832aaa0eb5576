package org.gongkai.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;

/** A review approves or returns; a return names its reason, and the variables are those the gateways read. */
class ReviewTests {

	private final jakarta.validation.Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aReturnWithoutAReasonIsRefusedOnTheCommentField() {
		var violations = validator.validate(new Review(false, " "));
		assertThat(violations).singleElement()
			.satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("comment"))
			.satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{review.comment.required}"));
		assertThat(validator.validate(new Review(false, "正文含有个人电话号码"))).isEmpty();
		assertThat(validator.validate(new Review(true, null))).isEmpty();
		assertThat(validator.validate(new Review(null, null))).singleElement()
			.satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("approved"));
	}

	@Test
	void theVariablesAreTheVerdictAndTheStrippedOpinion() {
		assertThat(new Review(false, " 退回 ").variables()).isEqualTo(Map.of("approved", false, "comment", "退回"));
		assertThat(new Review(true, "").variables()).isEqualTo(Map.of("approved", true));
		assertThat(new Proceed(null).variables()).isEmpty();
	}
}
