package org.gongkai.workflow.information;

import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code information-report.bpmn}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportDelegates {

	@Bean
	JavaDelegate submitReportForReview(ReportSteps steps) {
		return execution -> execution.setVariable(REVIEW_LEVELS,
				new java.util.ArrayList<>(steps.submitForReview(reportId(execution), actor(execution))));
	}

	@Bean
	JavaDelegate returnReportToDrafter(ReportSteps steps) {
		return execution -> steps.returnToDrafter(reportId(execution), actor(execution), string(execution, COMMENT));
	}

	@Bean
	JavaDelegate submitReportToOffice(ReportSteps steps) {
		return execution -> steps.submitToOffice(reportId(execution), actor(execution));
	}

	@Bean
	JavaDelegate recordReportNotAdopted(ReportSteps steps) {
		return execution -> steps.notAdopt(reportId(execution), actor(execution), string(execution, COMMENT));
	}

	@Bean
	JavaDelegate adoptReport(ReportSteps steps) {
		return execution -> {
			var publication = string(execution, PUBLICATION);
			var issueId = execution.getVariable(ISSUE_ID);
			steps.adopt(reportId(execution), actor(execution),
					publication == null ? null : Periodical.valueOf(publication),
					issueId == null ? null : Long.valueOf(String.valueOf(issueId)));
		};
	}

	@Bean
	JavaDelegate mergeReports(ReportSteps steps) {
		return execution -> {
			var others = string(execution, MERGE_WITH);
			List<Long> ids = others == null ? List.of()
					: Arrays.stream(others.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
			steps.merge(reportId(execution), ids, string(execution, JOINT_TITLE), actor(execution));
		};
	}

	@Bean
	JavaDelegate forwardReport(ReportSteps steps) {
		return execution -> steps.forward(reportId(execution), actor(execution));
	}

	@Bean
	JavaDelegate recordUpperOutcome(ReportSteps steps) {
		return execution -> {
			var level = string(execution, UPPER_LEVEL);
			steps.upperOutcome(reportId(execution), actor(execution), Boolean.TRUE.equals(execution.getVariable(UPPER_ADOPTED)),
					level == null ? null : Level.valueOf(level), string(execution, UPPER_CHANNEL));
		};
	}

	private static Long reportId(DelegateExecution execution) {
		return ((Number) execution.getVariable(REPORT_ID)).longValue();
	}

	private static String actor(DelegateExecution execution) {
		return Actors.current(execution, "system");
	}

	private static String string(DelegateExecution execution, String name) {
		var value = execution.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
