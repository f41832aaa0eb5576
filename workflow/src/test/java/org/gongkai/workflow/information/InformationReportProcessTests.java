package org.gongkai.workflow.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path through {@code information-report.bpmn}. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/information-report.bpmn")
class InformationReportProcessTests {

	private final List<String> calls = new ArrayList<>();

	private List<String> reviewLevels = List.of("dept-head:fgw");

	@BeforeEach
	void registerDelegates() {
		Mocks.register("submitReportForReview", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(REVIEW_LEVELS, new ArrayList<>(reviewLevels));
		});
		Mocks.register("mergeReports", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			for (var other : String.valueOf(execution.getVariable(MERGE_WITH)).split(",")) {
				execution.getProcessEngineServices()
					.getRuntimeService()
					.createMessageCorrelation(MESSAGE_MERGED)
					.processInstanceBusinessKey(other)
					.correlate();
			}
		});
		for (var name : List.of("returnReportToDrafter", "submitReportToOffice", "recordReportNotAdopted", "adoptReport",
				"forwardReport", "recordUpperOutcome")) {
			Mocks.register(name, (JavaDelegate) execution -> calls.add(execution.getCurrentActivityId()));
		}
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void itemIsReviewedAdoptedAndNotForwarded() {
		var pi = submitted(1L);
		complete(task(pi), withVariables(DECISION, "ADOPT", PUBLICATION, "DAILY"));
		assertThat(pi).isWaitingAt(TASK_DECIDE_FORWARDING);
		assertThat(candidates(pi)).containsExactly("office-editor");
		complete(task(pi), withVariables(FORWARD, false));
		assertThat(pi).isEnded().hasPassed("EndEvent_Adopted");
		assertThat(calls).containsExactly("Task_SubmitForReview", "Task_SubmitToOffice", "Task_AdoptReport");
	}

	@Test
	void adoptedItemIsForwardedAndTheHigherLevelsOutcomeRecorded() {
		var pi = submitted(1L);
		complete(task(pi), withVariables(DECISION, "ADOPT", PUBLICATION, "SPECIAL"));
		complete(task(pi), withVariables(FORWARD, true));
		assertThat(pi).isWaitingAt(TASK_RECORD_UPPER_OUTCOME);
		complete(task(pi), withVariables(UPPER_ADOPTED, true, UPPER_LEVEL, "PROVINCE", UPPER_CHANNEL, "BRIEFING"));
		assertThat(pi).isEnded().hasPassed("Task_ForwardUp", "Task_ApplyUpperOutcome", "EndEvent_Forwarded");
	}

	@Test
	void threeReviewLevelsInOrderAndEachCanReturnTheItem() {
		reviewLevels = List.of("dept-head:fgw", "deputy:fgw", "director:fgw");
		var pi = start(1L);
		for (int returning = 0; returning < 3; returning++) {
			complete(task(pi));
			for (int level = 0; level < returning; level++) {
				assertThat(candidates(pi)).containsExactly(reviewLevels.get(level));
				complete(task(pi), withVariables(APPROVED, true));
			}
			assertThat(candidates(pi)).containsExactly(reviewLevels.get(returning));
			complete(task(pi), withVariables(APPROVED, false, COMMENT, "请核实数据"));
			assertThat(pi).isWaitingAt(TASK_DRAFT);
		}
		complete(task(pi));
		for (var level : reviewLevels) {
			assertThat(candidates(pi)).containsExactly(level);
			complete(task(pi), withVariables(APPROVED, true));
		}
		assertThat(pi).isWaitingAt(TASK_EDIT);
		assertThat(calls.stream().filter("Task_ReturnToDrafter"::equals)).hasSize(3);
	}

	@Test
	void officeReturnsTheItemForRevision() {
		var pi = submitted(1L);
		complete(task(pi), withVariables(DECISION, "RETURN", COMMENT, "请补充具体数字"));
		assertThat(pi).isWaitingAt(TASK_DRAFT);
		assertThat(task(pi).getAssignee()).isEqualTo("clerk1");
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_EDIT);
	}

	@Test
	void officeDoesNotAdoptTheItem() {
		var pi = submitted(1L);
		complete(task(pi), withVariables(DECISION, "NOT_ADOPT", COMMENT, "内容重复"));
		assertThat(pi).isEnded().hasPassed("Task_RecordNotAdopted", "EndEvent_NotAdopted");
	}

	@Test
	void officeMergesItemsOfSeveralUnitsIntoAJointItem() {
		var first = submitted(1L);
		var second = submitted(2L);
		var third = submitted(3L);
		complete(task(first), withVariables(DECISION, "MERGE", MERGE_WITH, "2,3", JOINT_TITLE, "全市秋粮收购进展"));
		assertThat(first).isEnded().hasPassed("Task_MergeReports", "EndEvent_Merged");
		assertThat(second).isEnded().hasPassed("BoundaryEvent_MergedIntoJoint", "EndEvent_MergedIntoJoint");
		assertThat(third).isEnded().hasPassed("EndEvent_MergedIntoJoint");
	}

	@Test
	void jointItemStartsAtTheOfficesEdit() {
		var joint = runtimeService().createProcessInstanceByKey(KEY)
			.businessKey("9")
			.setVariables(withVariables(REPORT_ID, 9L, UNIT_CODE, "bgs", AUTHOR, "editor1"))
			.startBeforeActivity(TASK_EDIT)
			.execute();
		assertThat(joint).isWaitingAt(TASK_EDIT);
		complete(task(joint), withVariables(DECISION, "ADOPT", PUBLICATION, "DAILY"));
		assertThat(joint).isWaitingAt(TASK_DECIDE_FORWARDING);
	}

	private ProcessInstance submitted(Long id) {
		var pi = start(id);
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_EDIT);
		return pi;
	}

	private ProcessInstance start(Long id) {
		var pi = runtimeService().startProcessInstanceByKey(KEY, String.valueOf(id),
				withVariables(REPORT_ID, id, UNIT_CODE, "fgw", AUTHOR, "clerk1"));
		assertThat(pi).isWaitingAt(TASK_DRAFT);
		assertThat(task(pi).getAssignee()).isEqualTo("clerk1");
		return pi;
	}

	private static List<String> candidates(ProcessInstance pi) {
		return taskService().getIdentityLinksForTask(task(pi).getId())
			.stream()
			.filter(link -> link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.toList();
	}
}
