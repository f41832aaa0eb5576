package org.gongkai.workflow.publication;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path through {@code catalogue-publication.bpmn}, with the delegates recording their calls. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/catalogue-publication.bpmn")
class CataloguePublicationProcessTests {

	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("submitCatalogueItem", recording("submit"));
		Mocks.register("returnCatalogueItem", recording("return"));
		Mocks.register("publishCatalogueItem", recording("publish"));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void approvedDraftIsPublished() {
		var pi = start();
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT);
		assertThat(task(pi)).isAssignedTo("clerk1");

		complete(task(pi));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL);
		assertThat(task(pi)).hasCandidateGroup("dept-head:fgw").isNotAssigned();

		complete(task(pi), withVariables(CataloguePublicationProcess.APPROVED, true));
		assertThat(pi).isEnded().hasPassed("Task_PublishItem", "EndEvent_Published").hasNotPassed("Task_ReturnItem");
		org.assertj.core.api.Assertions.assertThat(calls).containsExactly("submit:7", "publish:7");
	}

	@Test
	void returnedDraftGoesBackToItsAuthorAndCanBeResubmitted() {
		var pi = start();
		complete(task(pi));
		complete(task(pi), withVariables(CataloguePublicationProcess.APPROVED, false,
				CataloguePublicationProcess.COMMENT, "请补充文号"));
		assertThat(pi).isWaitingAt(CataloguePublicationProcess.TASK_PREPARE_DRAFT).hasPassed("Task_ReturnItem");
		assertThat(task(pi)).isAssignedTo("clerk1");

		complete(task(pi));
		complete(task(pi), withVariables(CataloguePublicationProcess.APPROVED, true));
		assertThat(pi).isEnded().hasPassed("EndEvent_Published");
		org.assertj.core.api.Assertions.assertThat(calls)
			.containsExactly("submit:7", "return:7", "submit:7", "publish:7");
	}

	@Test
	void otherDepartmentsHeadsDoNotSeeTheTask() {
		var pi = start();
		complete(task(pi));
		org.assertj.core.api.Assertions
			.assertThat(taskService().createTaskQuery().taskCandidateGroup("dept-head:jyj").count())
			.isZero();
		org.assertj.core.api.Assertions
			.assertThat(taskService().createTaskQuery().taskCandidateGroup("dept-head:fgw").count())
			.isOne();
	}

	private org.camunda.bpm.engine.runtime.ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(CataloguePublicationProcess.KEY, "7",
				withVariables(CataloguePublicationProcess.ITEM_ID, 7L, CataloguePublicationProcess.DEPARTMENT_CODE,
						"fgw", CataloguePublicationProcess.AUTHOR, "clerk1"));
	}

	private JavaDelegate recording(String name) {
		return execution -> calls.add(name + ":" + execution.getVariable(CataloguePublicationProcess.ITEM_ID));
	}
}
