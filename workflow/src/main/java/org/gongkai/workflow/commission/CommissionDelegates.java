package org.gongkai.workflow.commission;

import static org.gongkai.workflow.information.InformationReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code report-commission.bpmn}. */
@Configuration(proxyBeanMethods = false)
class CommissionDelegates {

	@Bean
	JavaDelegate recordCommissionAnswer(CommissionItems commissions) {
		return execution -> {
			var report = execution.getVariable(ANSWER_REPORT_ID);
			commissions.answer(commissionId(execution), report == null ? null : Long.valueOf(String.valueOf(report)),
					actor(execution));
		};
	}

	@Bean
	JavaDelegate recordCommissionMissed(CommissionItems commissions) {
		return execution -> commissions.missed(commissionId(execution));
	}

	private static Long commissionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(COMMISSION_ID)).longValue();
	}

	private static String actor(DelegateExecution execution) {
		return Actors.current(execution, "system");
	}
}
