package org.gongkai.workflow.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.gongkai.workflow.task.Review;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code public-consultation.bpmn}: each reads the ids and calls one step. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsultationProperties.class)
class ConsultationDelegates {

	@Bean
	JavaDelegate approveConsultation(ConsultationSteps steps) {
		return execution -> steps.approve(consultationId(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate openConsultation(ConsultationSteps steps) {
		return execution -> steps.open(consultationId(execution));
	}

	@Bean
	JavaDelegate closeConsultation(ConsultationSteps steps) {
		return execution -> steps.close(consultationId(execution));
	}

	@Bean
	JavaDelegate recordConsultationReturned(ConsultationSteps steps) {
		return execution -> steps.returned(consultationId(execution), Actors.current(execution, "system"),
				string(execution, Review.COMMENT), false);
	}

	@Bean
	JavaDelegate recordFeedbackReturned(ConsultationSteps steps) {
		return execution -> steps.returned(consultationId(execution), Actors.current(execution, "system"),
				string(execution, Review.COMMENT), true);
	}

	@Bean
	JavaDelegate submitConsultationFeedback(ConsultationSteps steps) {
		return execution -> steps.submitFeedback(consultationId(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate publishConsultationFeedback(ConsultationSteps steps) {
		return execution -> steps.publishFeedback(consultationId(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate moderateConsultationComment(ConsultationSteps steps) {
		return execution -> {
			var reason = string(execution, ModerateComment.REJECT_REASON);
			steps.moderate(((Number) execution.getVariable(PublicConsultationProcess.COMMENT_ID)).longValue(),
					Boolean.TRUE.equals(execution.getVariable(ModerateComment.ACCEPTED)),
					reason == null ? null : RejectReason.valueOf(reason), Actors.current(execution, "system"));
		};
	}

	private static Long consultationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(PublicConsultationProcess.CONSULTATION_ID)).longValue();
	}

	private static String string(DelegateExecution execution, String name) {
		var value = execution.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
