package org.gongkai.workflow.publication;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.publication.CataloguePublicationProcess.APPROVED;
import static org.gongkai.workflow.publication.CataloguePublicationProcess.COMMENT;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path through {@code catalogue-publication.bpmn}: 保密审查, department head, ⚙ extra levels,
 * returns at each step, and the art. 26 overdue timer; the delegates record their calls.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/catalogue-publication.bpmn")
class CataloguePublicationProcessTests {

	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("submitCatalogueItem", recording("submit"));
		Mocks.register("returnCatalogueItem", (JavaDelegate) execution -> calls
			.add("return:" + execution.getVariable(CataloguePublicationProcess.ITEM_ID) + ":" + execution.getVariable(COMMENT)));
		Mocks.register("publishCatalogueItem", recording("publish"));
		Mocks.register("flagPublicationOverdue", recording("overdue"));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void draftPassesSecrecyReviewAndHeadAndIsPublished() {
		var pi = start(List.of());
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT);
		assertThat(task(pi)).isAssignedTo("clerk1");

		complete(task(pi));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_SECRECY_REVIEW);
		assertThat(task(pi)).hasCandidateGroup("secrecy-reviewer").isNotAssigned();

		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL);
		assertThat(task(pi)).hasCandidateGroup("dept-head:fgw").isNotAssigned();

		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded()
			.hasPassed("Task_PublishItem", "EndEvent_Published")
			.hasNotPassed("Task_ReturnItem", "Task_FlagOverdue");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "publish:7");
	}

	@Test
	void extraApprovalLevelsApproveInOrderAfterTheHead() {
		var pi = start(List.of("office-editor", "leader"));
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));

		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_EXTRA_APPROVAL);
		assertThat(task(pi)).hasCandidateGroup("office-editor");
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_EXTRA_APPROVAL);
		assertThat(task(pi)).hasCandidateGroup("leader");
		complete(task(pi), withVariables(APPROVED, true));

		assertThat(pi).isEnded().hasPassed("EndEvent_Published");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "publish:7");
	}

	@Test
	void secrecyReviewerReturnsTheDraftWithAReason() {
		var pi = start(List.of());
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "含有内部人员联系方式，请删除"));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT).hasPassed("Task_ReturnItem");
		assertThat(task(pi)).isAssignedTo("clerk1");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "return:7:含有内部人员联系方式，请删除");
	}

	@Test
	void headReturnsAndTheResubmittedDraftGoesThroughSecrecyReviewAgain() {
		var pi = start(List.of());
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "请补充文号"));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT);

		complete(task(pi));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_SECRECY_REVIEW);
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_Published");
		org.assertj.core.api.Assertions.assertThat(calls)
			.containsExactly("submit:7", "return:7:请补充文号", "submit:7", "publish:7");
	}

	@Test
	void aReturnAtAnExtraLevelStopsTheRemainingLevels() {
		var pi = start(List.of("office-editor", "leader"));
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "标题不规范"));

		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT).hasPassed("Task_ReturnItem");
		org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskCandidateGroup("leader").count())
			.isZero();
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "return:7:标题不规范");
	}

	@Test
	void otherDepartmentsHeadsDoNotSeeTheTask() {
		var pi = start(List.of());
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		org.assertj.core.api.Assertions
			.assertThat(taskService().createTaskQuery().taskCandidateGroup("dept-head:jyj").count())
			.isZero();
		org.assertj.core.api.Assertions
			.assertThat(taskService().createTaskQuery().taskCandidateGroup("dept-head:fgw").count())
			.isOne();
	}

	@Test
	void overdueItemIsFlaggedWhileItsReviewGoesOn() {
		var pi = start(List.of());
		complete(task(pi));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_SECRECY_REVIEW);

		execute(job(pi));
		assertThat(pi).hasPassed("Event_PublishDue", "Task_FlagOverdue", "EndEvent_OverdueFlagged")
			.isWaitingAt(CataloguePublicationProcess.TASK_SECRECY_REVIEW);

		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_Published");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "overdue:7", "publish:7");
	}

	@Test
	void itemDraftedAfterItsDeadlineIsFlaggedAtOnceWithoutATimer() {
		var pi = start(List.of(), true);
		assertThat(pi).hasPassed("Task_FlagOverdue", "EndEvent_OverdueFlagged")
			.isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT)
			.hasNotPassed("Event_PublishDue");
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().count()).isZero();
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_Published");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("overdue:7", "submit:7", "publish:7");
	}

	@Test
	void publicationCancelsTheOverdueTimer() {
		var pi = start(List.of());
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
			.isOne();
		complete(task(pi));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded();
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().count()).isZero();
	}

	private ProcessInstance start(List<String> levels) {
		return start(levels, false);
	}

	private ProcessInstance start(List<String> levels, boolean alreadyOverdue) {
		return runtimeService().startProcessInstanceByKey(CataloguePublicationProcess.KEY, "7",
				withVariables(CataloguePublicationProcess.ITEM_ID, 7L, CataloguePublicationProcess.DEPARTMENT_CODE,
						"fgw", CataloguePublicationProcess.AUTHOR, "clerk1", CataloguePublicationProcess.APPROVAL_LEVELS,
						new ArrayList<>(levels), CataloguePublicationProcess.PUBLISH_OVERDUE_AT,
						Date.from(Instant.now().plus(30, ChronoUnit.DAYS)), CataloguePublicationProcess.PUBLISH_OVERDUE,
						alreadyOverdue));
	}

	private JavaDelegate recording(String name) {
		return execution -> calls.add(name + ":" + execution.getVariable(CataloguePublicationProcess.ITEM_ID));
	}
}
