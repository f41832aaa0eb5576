package org.gongkai.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.publication.CatalogueChangeProcess.APPROVED;
import static org.gongkai.workflow.publication.CatalogueChangeProcess.COMMENT;

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

/** Every path through {@code catalogue-change.bpmn}; the delegates record their calls. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/catalogue-change.bpmn")
class CatalogueChangeProcessTests {

	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("applyCatalogueChange", (JavaDelegate) execution -> calls
			.add("apply:" + execution.getVariable(CatalogueChangeProcess.CHANGE_ID)));
		Mocks.register("returnCatalogueChange", (JavaDelegate) execution -> calls
			.add("return:" + execution.getVariable(CatalogueChangeProcess.CHANGE_ID) + ":" + execution.getVariable(COMMENT)));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void correctionPassesSecrecyReviewAndTheHead() {
		var pi = start(true);
		assertThat(pi).isWaitingAt(CatalogueChangeProcess.TASK_SECRECY_REVIEW);
		assertThat(task(pi)).hasCandidateGroup("secrecy-reviewer");
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(CatalogueChangeProcess.TASK_DEPARTMENT_HEAD_APPROVAL);
		assertThat(task(pi)).hasCandidateGroup("dept-head:fgw");
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded().hasPassed("Task_ApplyChange", "EndEvent_ChangeApplied");
		assertThat(calls).containsExactly("apply:3");
	}

	@Test
	void withdrawalGoesStraightToTheHead() {
		var pi = start(false);
		assertThat(pi).isWaitingAt(CatalogueChangeProcess.TASK_DEPARTMENT_HEAD_APPROVAL)
			.hasNotPassed(CatalogueChangeProcess.TASK_SECRECY_REVIEW);
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_ChangeApplied");
		assertThat(calls).containsExactly("apply:3");
	}

	@Test
	void secrecyReviewerReturnsACorrection() {
		var pi = start(true);
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "更正稿含敏感信息"));
		assertThat(pi).isEnded().hasPassed("Task_ReturnChange", "EndEvent_ChangeReturned").hasNotPassed("Task_ApplyChange");
		assertThat(calls).containsExactly("return:3:更正稿含敏感信息");
	}

	@Test
	void headReturnsAChange() {
		var pi = start(false);
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "该文件仍然有效"));
		assertThat(pi).isEnded().hasPassed("EndEvent_ChangeReturned").hasNotPassed("Task_ApplyChange");
		assertThat(calls).containsExactly("return:3:该文件仍然有效");
	}

	private ProcessInstance start(boolean secrecyReview) {
		return runtimeService().startProcessInstanceByKey(CatalogueChangeProcess.KEY, "7",
				withVariables(CatalogueChangeProcess.ITEM_ID, 7L, CatalogueChangeProcess.CHANGE_ID, 3L,
						CatalogueChangeProcess.DEPARTMENT_CODE, "fgw", CatalogueChangeProcess.AUTHOR, "clerk1",
						CatalogueChangeProcess.SECRECY_REVIEW, secrecyReview));
	}
}
