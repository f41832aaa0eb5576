package org.gongkai.workflow.supervision;

import static org.gongkai.workflow.information.InformationReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code report-supervision.bpmn}. */
@Configuration(proxyBeanMethods = false)
class SupervisionDelegates {

	@Bean
	JavaDelegate recordSupervisionFeedback(InstructionSupervision supervision) {
		return execution -> supervision.feedback(supervisionId(execution), string(execution, FEEDBACK), actor(execution));
	}

	@Bean
	JavaDelegate recordLateFeedback(InstructionSupervision supervision) {
		return execution -> supervision.overdue(supervisionId(execution));
	}

	private static Long supervisionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SUPERVISION_ID)).longValue();
	}

	private static String actor(DelegateExecution execution) {
		return Actors.current(execution, "system");
	}

	private static String string(DelegateExecution execution, String name) {
		var value = execution.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
