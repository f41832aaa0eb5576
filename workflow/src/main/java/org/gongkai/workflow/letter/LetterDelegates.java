package org.gongkai.workflow.letter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.gongkai.workflow.task.Review;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code public-letter.bpmn}: each reads the task's variables and calls one step. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterProperties.class)
class LetterDelegates {

	@Bean
	JavaDelegate forwardLetter(LetterSteps steps) {
		return execution -> replyDue(execution, steps,
				steps.forward(letterId(execution), string(execution, PublicLetterProcess.DEPARTMENT_CODE),
						Actors.current(execution, "system"), string(execution, Review.COMMENT)));
	}

	@Bean
	JavaDelegate declineLetter(LetterSteps steps) {
		return execution -> steps.decline(letterId(execution),
				DeclineReason.valueOf(string(execution, PublicLetterProcess.DECLINE_REASON)),
				Actors.current(execution, "system"), string(execution, Review.COMMENT));
	}

	@Bean
	JavaDelegate requestLetterExtension(LetterSteps steps) {
		return execution -> steps.requestExtension(letterId(execution),
				string(execution, PublicLetterProcess.EXTENSION_REASON), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate draftLetterReply(LetterSteps steps) {
		return execution -> steps.draftReply(letterId(execution), string(execution, PublicLetterProcess.REPLY_TEXT),
				Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate reviewLetterReply(LetterSteps steps) {
		return execution -> steps.reviewReply(letterId(execution), approved(execution),
				Actors.current(execution, "system"), string(execution, Review.COMMENT));
	}

	@Bean
	JavaDelegate decideLetterExtension(LetterSteps steps) {
		return execution -> replyDue(execution, steps, steps.decideExtension(letterId(execution), approved(execution),
				Actors.current(execution, "system"), string(execution, Review.COMMENT)));
	}

	@Bean
	JavaDelegate publishLetter(LetterSteps steps) {
		return execution -> steps.publish(letterId(execution), string(execution, PublicLetterProcess.PUBLIC_WRITER_NAME),
				string(execution, PublicLetterProcess.PUBLIC_SUBJECT), string(execution, PublicLetterProcess.PUBLIC_TEXT),
				string(execution, PublicLetterProcess.PUBLIC_REPLY), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate recordLetterRectification(LetterSteps steps) {
		return execution -> steps.rectify(letterId(execution), string(execution, PublicLetterProcess.RECTIFICATION),
				Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate recordLetterCallback(LetterSteps steps) {
		return execution -> steps.callback(letterId(execution), string(execution, PublicLetterProcess.CALLBACK_NOTE),
				Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate recordLetterRegistrationOverdue(LetterSteps steps) {
		return execution -> steps.registrationOverdue(letterId(execution));
	}

	@Bean
	JavaDelegate recordLetterReplyOverdue(LetterSteps steps) {
		return execution -> steps.replyOverdue(letterId(execution));
	}

	/** The reply task's due date and the overdue timer's instant, from the reply's due date. */
	private static void replyDue(DelegateExecution execution, LetterSteps steps, java.time.LocalDate due) {
		execution.setVariable(PublicLetterProcess.REPLY_DUE_AT, steps.dueAt(due));
		execution.setVariable(PublicLetterProcess.REPLY_OVERDUE_AT, steps.overdueAt(due));
	}

	private static Long letterId(DelegateExecution execution) {
		return ((Number) execution.getVariable(PublicLetterProcess.LETTER_ID)).longValue();
	}

	private static boolean approved(DelegateExecution execution) {
		return Boolean.TRUE.equals(execution.getVariable(Review.APPROVED));
	}

	private static String string(DelegateExecution execution, String name) {
		var value = execution.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
