package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Validation;

import org.gongkai.workflow.request.SecrecyReview;
import org.junit.jupiter.api.Test;

/**
 * The secrecy review's command (issue 16): it carries the reply files approved, and always sets their
 * variable, so a second round of review never inherits the first round's approvals.
 */
class SecrecyReviewCommandTests {

	private final ObjectMapper mapper = new ObjectMapper();

	@Test
	void theApprovedFilesTravelAsOneVariable() throws Exception {
		var command = TaskCommands.read(mapper, "Task_SecrecyReview",
				mapper.readTree("{\"approved\":true,\"approvedFiles\":[12,15]}"));
		assertThat(command).isInstanceOf(SecrecyReview.class);
		assertThat(command.variables()).containsEntry("approved", true).containsEntry("approvedFiles", "12,15");
	}

	@Test
	void noFilesNamedStillSetsTheVariable() throws Exception {
		var command = TaskCommands.read(mapper, "Task_SecrecyReview", mapper.readTree("{\"approved\":true}"));
		assertThat(command.variables()).containsEntry("approvedFiles", "").doesNotContainKey("comment");
	}

	@Test
	void aReturnNeedsItsReasonAsEveryReview() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var violations = factory.getValidator().validate(new SecrecyReview(false, " ", null));
			assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("comment");
			assertThat(factory.getValidator().validate(new SecrecyReview(false, "含个人信息", null))).isEmpty();
		}
	}

	@Test
	void otherProcessesSecrecyReviewsNeedNoFiles() throws Exception {
		var command = TaskCommands.read(mapper, "Task_SecrecyReview",
				mapper.readTree("{\"approved\":false,\"comment\":\"正文含有个人电话号码\"}"));
		assertThat(command.variables()).isEqualTo(Map.of("approved", false, "comment", "正文含有个人电话号码",
				"approvedFiles", ""));
	}
}
