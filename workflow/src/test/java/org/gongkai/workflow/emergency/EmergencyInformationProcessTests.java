package org.gongkai.workflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.emergency.EmergencyInformationProcess.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path through {@code emergency-information.bpmn}: filed with its 初报 or waiting for it, the
 * 初报's limit passing (alert, late 初报, 漏报), timed and untimed 续报 with their alert, and the office
 * closing after the 终报. Timers are driven by moving the engine's clock past their due time.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/emergency-information.bpmn")
class EmergencyInformationProcessTests {

	private final List<String> calls = new ArrayList<>();

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final Date firstDue = Date.from(now.plus(40, ChronoUnit.MINUTES));

	@BeforeEach
	void registerDelegates() {
		for (var name : List.of("recordFirstReportOverdue", "recordFollowUpOverdue", "recordEmergencyMissed",
				"closeEmergencyEvent")) {
			Mocks.register(name, (JavaDelegate) execution -> calls.add(execution.getCurrentActivityId()));
		}
		ClockUtil.setCurrentTime(Date.from(now));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void filedWithItsFirstReportWaitsForUntimedReportsAndClosesAfterTheFinalReport() {
		var pi = start(true, null);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport");
		assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
		report(pi, "FOLLOW_UP", null);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport");
		report(pi, "FINAL", null);
		assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE);
		assertThat(task(pi)).hasCandidateGroup("office-editor");
		complete(task(pi));
		assertThat(pi).isEnded().hasPassed("Task_CloseEvent", "EndEvent_Closed").hasNotPassed("Task_ChaseFirstReport");
		assertThat(calls).containsExactly("Task_CloseEvent");
	}

	@Test
	void firstReportWithinItsLimitNeedsNoAlert() {
		var pi = start(false, null);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitFirstReport");
		var timer = job("BoundaryEvent_FirstReportOverdue", pi);
		assertThat(timer.getDuedate()).isEqualTo(firstDue);
		ClockUtil.setCurrentTime(Date.from(now.plus(39, ChronoUnit.MINUTES)));
		assertThat(executableJobs(pi)).as("not due yet").isZero();
		report(pi, "FIRST", null);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport").hasNotPassed("Task_RecordFirstReportOverdue");
		assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void overdueFirstReportAlertsTheOfficeUntilTheLateReportArrives() {
		var pi = start(false, null);
		passTimer(pi, "BoundaryEvent_FirstReportOverdue", firstDue);
		assertThat(pi).isWaitingAt(TASK_CHASE_FIRST_REPORT);
		assertThat(task(pi)).hasCandidateGroup("office-editor");
		assertThat(calls).containsExactly("Task_RecordFirstReportOverdue");
		report(pi, "FIRST", null);
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).as("the alert is withdrawn").isZero();
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport").hasPassed("BoundaryEvent_FirstReportArrived");
	}

	@Test
	void officeChasesAndTheLateFirstReportComesAfterwards() {
		var pi = start(false, null);
		passTimer(pi, "BoundaryEvent_FirstReportOverdue", firstDue);
		complete(task(pi), withVariables(MISSED, false));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitLateFirstReport");
		report(pi, "FIRST", null);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport").hasNotPassed("Task_RecordMissed");
	}

	@Test
	void officeRecordsAMissedReport() {
		var pi = start(false, null);
		passTimer(pi, "BoundaryEvent_FirstReportOverdue", firstDue);
		complete(task(pi), withVariables(MISSED, true, COMMENT, "媒体报道后方知"));
		assertThat(pi).isEnded().hasPassed("Task_RecordMissed", "EndEvent_Missed");
		assertThat(calls).containsExactly("Task_RecordFirstReportOverdue", "Task_RecordMissed");
	}

	@Test
	void severeEventsOweAFollowUpByEachIntervalAndTheOfficeIsAlertedWhenOneIsLate() {
		var due = Date.from(now.plus(2, ChronoUnit.HOURS));
		var pi = start(true, due);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitTimedReport");
		assertThat(job("BoundaryEvent_FollowUpOverdue", pi).getDuedate()).isEqualTo(due);

		var next = Date.from(now.plus(3, ChronoUnit.HOURS));
		report(pi, "FOLLOW_UP", next);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitTimedReport");
		assertThat(job("BoundaryEvent_FollowUpOverdue", pi).getDuedate()).as("a fresh timer per report").isEqualTo(next);

		passTimer(pi, "BoundaryEvent_FollowUpOverdue", next);
		assertThat(pi).isWaitingAt(TASK_CHASE_FOLLOW_UP);
		assertThat(task(pi)).hasCandidateGroup("office-editor");
		var later = Date.from(now.plus(6, ChronoUnit.HOURS));
		report(pi, "FOLLOW_UP", later);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitTimedReport").hasPassed("BoundaryEvent_FollowUpArrived");

		passTimer(pi, "BoundaryEvent_FollowUpOverdue", later);
		complete(task(pi));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReport");
		report(pi, "FINAL", null);
		complete(task(pi));
		assertThat(pi).isEnded().hasPassed("EndEvent_Closed");
		assertThat(calls).containsExactly("Task_RecordFollowUpOverdue", "Task_RecordFollowUpOverdue", "Task_CloseEvent");
	}

	@Test
	void finalReportWhileTheOfficeChasesGoesStraightToAcknowledgement() {
		var due = Date.from(now.plus(2, ChronoUnit.HOURS));
		var pi = start(true, due);
		passTimer(pi, "BoundaryEvent_FollowUpOverdue", due);
		report(pi, "FINAL", null);
		assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE);
	}

	private ProcessInstance start(boolean firstReported, Date nextDue) {
		var variables = new HashMap<String, Object>();
		variables.put(EVENT_ID, 7L);
		variables.put(UNIT_CODE, "fgw");
		variables.put(FIRST_REPORTED, firstReported);
		variables.put(FIRST_REPORT_DUE_AT, firstDue);
		variables.put(FOLLOW_UP_REQUIRED, nextDue != null);
		variables.put(NEXT_REPORT_DUE_AT, nextDue);
		return runtimeService().startProcessInstanceByKey(KEY, "7", variables);
	}

	private void report(ProcessInstance pi, String kind, Date nextDue) {
		var variables = new HashMap<String, Object>();
		variables.put(REPORT_KIND, kind);
		variables.put(FOLLOW_UP_REQUIRED, nextDue != null);
		variables.put(NEXT_REPORT_DUE_AT, nextDue);
		runtimeService().createMessageCorrelation(MESSAGE_REPORT_FILED)
			.processInstanceId(pi.getId())
			.setVariables(variables)
			.correlate();
	}

	/** Moves the engine's clock just past the timer's due time and runs the job that is now due. */
	private void passTimer(ProcessInstance pi, String activityId, Date due) {
		var timer = job(activityId, pi);
		assertThat(timer.getDuedate()).isEqualTo(due);
		assertThat(executableJobs(pi)).as("not due before its time").isZero();
		ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(1)));
		assertThat(executableJobs(pi)).isEqualTo(1);
		execute(timer);
	}

	private static long executableJobs(ProcessInstance pi) {
		return managementService().createJobQuery().processInstanceId(pi.getId()).executable().count();
	}
}
