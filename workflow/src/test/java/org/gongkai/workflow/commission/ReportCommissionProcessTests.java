package org.gongkai.workflow.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongkai.workflow.information.InformationReportProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both paths through {@code report-commission.bpmn}, the deadline driven by executing its timer job. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/report-commission.bpmn")
class ReportCommissionProcessTests {

	private final List<String> calls = new ArrayList<>();

	private final Date due = Date.from(Instant.now().plus(2, ChronoUnit.DAYS));

	@BeforeEach
	void registerDelegates() {
		for (var name : List.of("recordCommissionAnswer", "recordCommissionMissed")) {
			Mocks.register(name, (JavaDelegate) execution -> calls.add(execution.getCurrentActivityId()));
		}
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void unitAnswersBeforeTheDeadline() {
		var pi = start();
		complete(task(pi), withVariables(ANSWER_REPORT_ID, 12L));
		assertThat(pi).isEnded().hasPassed("Task_RecordAnswer", "EndEvent_Answered");
		assertThat(calls).containsExactly("Task_RecordAnswer");
	}

	@Test
	void missedDeadlineIsRecordedAndTheTaskWithdrawn() {
		var pi = start();
		assertThat(job("BoundaryEvent_CommissionMissed", pi).getDuedate()).isEqualTo(due);
		execute(job("BoundaryEvent_CommissionMissed", pi));
		assertThat(pi).isEnded().hasPassed("Task_RecordMissed", "EndEvent_Missed").hasNotPassed("Task_RecordAnswer");
		assertThat(calls).containsExactly("Task_RecordMissed");
	}

	private ProcessInstance start() {
		var pi = runtimeService().startProcessInstanceByKey(COMMISSION_KEY, "C1",
				withVariables(COMMISSION_ID, 1L, UNIT_CODE, "fgw", COMMISSION_DUE_AT, due));
		assertThat(pi).isWaitingAt(TASK_ANSWER_COMMISSION);
		assertThat(task(pi).getDueDate()).isEqualTo(due);
		return pi;
	}
}
