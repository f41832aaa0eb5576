package org.gongkai.workflow.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code emergency-information.bpmn}, and the limit rule from its ⚙ settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmergencyProperties.class)
class EmergencyDelegates {

	@Bean
	EmergencyDeadlines emergencyDeadlines(EmergencyProperties properties) {
		return new EmergencyDeadlines(properties);
	}

	@Bean
	JavaDelegate recordFirstReportOverdue(EmergencySteps steps) {
		return execution -> steps.firstReportOverdue(eventId(execution));
	}

	@Bean
	JavaDelegate recordFollowUpOverdue(EmergencySteps steps) {
		return execution -> steps.followUpOverdue(eventId(execution));
	}

	@Bean
	JavaDelegate recordEmergencyMissed(EmergencySteps steps) {
		return execution -> steps.missed(eventId(execution), Actors.current(execution, "system"),
				string(execution, EmergencyInformationProcess.COMMENT));
	}

	@Bean
	JavaDelegate closeEmergencyEvent(EmergencySteps steps) {
		return execution -> steps.close(eventId(execution), Actors.current(execution, "system"),
				string(execution, EmergencyInformationProcess.COMMENT));
	}

	private static Long eventId(DelegateExecution execution) {
		return ((Number) execution.getVariable(EmergencyInformationProcess.EVENT_ID)).longValue();
	}

	private static String string(DelegateExecution execution, String name) {
		var value = execution.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
