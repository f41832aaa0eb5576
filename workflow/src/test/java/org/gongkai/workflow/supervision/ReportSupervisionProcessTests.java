package org.gongkai.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
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

/** Every path through {@code report-supervision.bpmn}, the overdue timer driven by executing its job. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/report-supervision.bpmn")
class ReportSupervisionProcessTests {

	private final List<String> calls = new ArrayList<>();

	private final Date due = Date.from(Instant.now().plus(5, ChronoUnit.DAYS));

	@BeforeEach
	void registerDelegates() {
		for (var name : List.of("recordSupervisionFeedback", "recordLateFeedback")) {
			Mocks.register(name, (JavaDelegate) execution -> calls.add(execution.getCurrentActivityId()));
		}
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void feedbackInTimeClosesTheSupervision() {
		var pi = start();
		assertThat(task(pi).getDueDate()).isEqualTo(due);
		assertThat(job("BoundaryEvent_FeedbackOverdue", pi).getDuedate()).isEqualTo(due);
		complete(task(pi), withVariables(FEEDBACK, "已落实"));
		assertThat(pi).isEnded().hasPassed("Task_RecordFeedback", "EndEvent_SupervisionClosed");
		assertThat(calls).containsExactly("Task_RecordFeedback");
	}

	@Test
	void overdueFeedbackIsDeductedAndEscalatedAndLateFeedbackStillClosesIt() {
		var pi = start();
		execute(job("BoundaryEvent_FeedbackOverdue", pi));
		assertThat(pi).isWaitingAt(TASK_GIVE_FEEDBACK, TASK_CHASE_FEEDBACK);
		assertThat(calls).containsExactly("Task_RecordLateFeedback");
		complete(taskQuery().taskDefinitionKey(TASK_GIVE_FEEDBACK).singleResult(), withVariables(FEEDBACK, "补报落实情况"));
		assertThat(pi).isEnded().hasPassed("EndEvent_SupervisionClosed");
	}

	@Test
	void officeChasesAndTheUnitAnswersAfterwards() {
		var pi = start();
		execute(job("BoundaryEvent_FeedbackOverdue", pi));
		complete(taskQuery().taskDefinitionKey(TASK_CHASE_FEEDBACK).singleResult());
		assertThat(pi).hasPassed("EndEvent_Chased").isWaitingAt(TASK_GIVE_FEEDBACK);
		complete(task(pi), withVariables(FEEDBACK, "已落实"));
		assertThat(pi).isEnded();
	}

	private ProcessInstance start() {
		var pi = runtimeService().startProcessInstanceByKey(SUPERVISION_KEY, "7",
				withVariables(SUPERVISION_ID, 3L, REPORT_ID, 7L, UNIT_CODE, "fgw", FEEDBACK_DUE_AT, due));
		assertThat(pi).isWaitingAt(TASK_GIVE_FEEDBACK);
		return pi;
	}
}
