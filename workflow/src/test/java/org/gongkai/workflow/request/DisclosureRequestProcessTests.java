package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gongkai.workflow.request.DisclosureRequestProcess.*;

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

/** Every path through {@code disclosure-request.bpmn}, timers driven by executing their jobs. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/disclosure-request.bpmn")
class DisclosureRequestProcessTests {

	private final List<String> calls = new ArrayList<>();

	private List<String> signOffLevels = List.of("leader");

	@BeforeEach
	void registerDelegates() {
		var later = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
		var muchLater = Date.from(Instant.now().plus(40, ChronoUnit.DAYS));
		JavaDelegate timers = execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(REPLY_WARNING_AT, later);
			execution.setVariable(REPLY_OVERDUE_AT, muchLater);
		};
		Mocks.register("issueReceipt", (JavaDelegate) execution -> {
			timers.execute(execution);
			execution.setVariable(SIGN_OFF_LEVELS, new ArrayList<>(signOffLevels));
		});
		Mocks.register("supplementReceived", timers);
		Mocks.register("reasonsReceived", timers);
		Mocks.register("reasonsLapsed", timers);
		Mocks.register("replyLater", timers);
		Mocks.register("askReasons", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(REASONS_DUE_AT, later);
		});
		Mocks.register("requestSupplement", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(SUPPLEMENT_DUE_AT, later);
		});
		Mocks.register("startConsultation", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(CONSULTATION_DUE_AT, later);
		});
		Mocks.register("issueFeeNotice", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(FEE_DUE_AT, later);
		});
		Mocks.register("issueReply", (JavaDelegate) execution -> {
			calls.add(execution.getCurrentActivityId());
			execution.setVariable(DELIVERY_REMINDER_AT, later);
		});
		for (var name : List.of("deemWithdrawn", "assignRequest", "recordProposal", "returnToHandler", "warnDueSoon",
				"withdrawRequest", "extendDeadline", "endConsultation", "consultationLapsed", "feePaid",
				"abandonFeeUnpaid", "recordDelivery", "archiveRequest", "remindDelivery", "refuseUnreasonable",
				"checkExtension")) {
			Mocks.register(name, (JavaDelegate) execution -> calls.add(execution.getCurrentActivityId()));
		}
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void clearRequestIsHandledReviewedSignedRepliedDeliveredAndArchived() {
		var pi = start();
		assertThat(pi).isWaitingAt(TASK_CONFIRM_RECEIPT);
		complete(task(pi));
		assertThat(pi).isWaitingAt(TASK_REGISTER);
		complete(task(pi), withVariables(DECISION, "ASSIGN", DEPARTMENT_CODE, "fgw"));
		assertThat(pi).isWaitingAt(TASK_HANDLE);
		assertThat(candidates(pi)).containsExactly("clerk:fgw");
		propose(pi);
		assertThat(pi).isWaitingAt(TASK_DEPARTMENT_REVIEW);
		assertThat(candidates(pi)).containsExactly("dept-head:fgw");
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_SECRECY_REVIEW);
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_SIGN_OFF);
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt("Task_IssueReply");
		execute(job("Task_IssueReply", pi));
		assertThat(pi).isWaitingAt(TASK_RECORD_DELIVERY);
		assertThat(candidates(pi)).containsExactly("clerk:fgw");
		complete(task(pi), withVariables(REPLY_DELIVERY, "POST", TRACKING_NO, "1123456789012", DELIVERED_ON, "2026-03-02"));
		assertThat(pi).isEnded().hasPassed("Task_SaveDelivery", "Task_ArchiveRequest", "EndEvent_Archived")
			.hasNotPassed("Task_RemindDelivery");
		assertThat(calls).containsExactly("Task_IssueReceipt", "Task_AssignRequest", "Task_RecordProposal",
				"Task_IssueReply", "Task_SaveDelivery", "Task_ArchiveRequest");
	}

	@Test
	void unrecordedDeliveryRemindsTheClerkWithoutClosingTheTask() {
		var pi = startAssigned();
		propose(pi);
		for (int i = 0; i < 3; i++) {
			complete(task(pi), withVariables(APPROVED, true));
		}
		execute(job("Task_IssueReply", pi));
		execute(job("BoundaryEvent_DeliveryReminder", pi));
		assertThat(pi).hasPassed("Task_RemindDelivery", "EndEvent_DeliveryReminded").isWaitingAt(TASK_RECORD_DELIVERY);
		complete(task(pi), withVariables(REPLY_DELIVERY, "ONLINE", DELIVERED_ON, "2026-03-02"));
		assertThat(pi).isEnded().hasPassed("EndEvent_Archived");
	}

	@Test
	void everyReviewerCanReturnTheDraftReplyToTheHandler() {
		var pi = startAssigned();
		for (var reviewer : List.of(TASK_DEPARTMENT_REVIEW, TASK_SECRECY_REVIEW, TASK_SIGN_OFF)) {
			propose(pi);
			while (!task(pi).getTaskDefinitionKey().equals(reviewer)) {
				complete(task(pi), withVariables(APPROVED, true));
			}
			complete(task(pi), withVariables(APPROVED, false, COMMENT, "请补充理由"));
			assertThat(pi).isWaitingAt(TASK_HANDLE);
		}
		assertThat(calls.stream().filter("Task_ReturnToHandler"::equals)).hasSize(3);
	}

	@Test
	void handlerCanSendTheRequestBackForReassignment() {
		var pi = startAssigned();
		complete(task(pi), withVariables(DECISION, "REASSIGN", COMMENT, "不属于本部门职责"));
		assertThat(pi).isWaitingAt(TASK_REASSIGN);
		assertThat(candidates(pi)).containsExactly("office-editor");
		complete(task(pi), withVariables(DEPARTMENT_CODE, "jyj"));
		assertThat(pi).isWaitingAt(TASK_HANDLE);
		assertThat(candidates(pi)).containsExactly("clerk:jyj");
		assertThat(calls).containsSubsequence("Task_AssignRequest", "Task_ApplyReassignment");
	}

	@Test
	void supplementedRequestRestartsAndIsAssigned() {
		var pi = start();
		complete(task(pi));
		complete(task(pi), withVariables(DECISION, "SUPPLEMENT", SUPPLEMENT_NOTE, "请写明文件名称或文号"));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitSupplement");
		runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED).processInstanceBusinessKey("42").correlate();
		assertThat(pi).isWaitingAt(TASK_REGISTER).hasPassed("Task_SupplementReceived");
		complete(task(pi), withVariables(DECISION, "ASSIGN", DEPARTMENT_CODE, "fgw"));
		assertThat(pi).isWaitingAt(TASK_HANDLE);
	}

	@Test
	void unsupplementedRequestIsDeemedWithdrawnWhenTheSupplementPeriodExpires() {
		var pi = start();
		complete(task(pi));
		complete(task(pi), withVariables(DECISION, "SUPPLEMENT", SUPPLEMENT_NOTE, "请写明文件名称"));
		execute(job("BoundaryEvent_SupplementExpired", pi));
		assertThat(pi).isEnded().hasPassed("Task_DeemWithdrawn", "EndEvent_DeemedWithdrawn");
	}

	@Test
	void dueSoonWarnsAndOverdueEscalatesWithoutStoppingTheWork() {
		var pi = startAssigned();
		execute(job("BoundaryEvent_ReplyDueSoon", pi));
		assertThat(pi).hasPassed("Task_WarnDueSoon", "EndEvent_Warned").isWaitingAt(TASK_HANDLE);
		execute(job("BoundaryEvent_ReplyOverdue", pi));
		assertThat(pi).isWaitingAt(TASK_HANDLE, TASK_OVERDUE);
		var escalation = taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_OVERDUE)
			.singleResult();
		assertThat(taskService().getIdentityLinksForTask(escalation.getId())).extracting(l -> l.getGroupId())
			.containsExactly("office-head");
		taskService().complete(escalation.getId());
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("EndEvent_Escalated");
	}

	@Test
	void applicantCanWithdrawAtAnyPointBeforeTheReply() {
		var pi = startAssigned();
		propose(pi);
		runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
		assertThat(pi).isEnded().hasPassed("Task_WithdrawRequest", "EndEvent_Withdrawn").hasNotPassed("Task_IssueReply");
	}

	@Test
	void extensionNeedsTheOfficeHeadsApproval() {
		var pi = startAssigned();
		complete(task(pi), withVariables(DECISION, "EXTEND", EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取档案"));
		assertThat(pi).isWaitingAt(TASK_APPROVE_EXTENSION);
		assertThat(candidates(pi)).containsExactly("office-head");
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "不符合延期条件"));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasNotPassed("Task_ExtendDeadline");
		complete(task(pi), withVariables(DECISION, "EXTEND", EXTENSION_DAYS, 10, EXTENSION_REASON, "需要调取档案"));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("Task_ExtendDeadline");
	}

	@Test
	void consultationPausesTheClockUntilAnsweredOrLapsed() {
		var pi = startAssigned();
		complete(task(pi), withVariables(DECISION, "CONSULT", COMMENT, "涉及第三方商业秘密"));
		assertThat(pi).isWaitingAt(TASK_RECORD_CONSULTATION).hasPassed("Task_StartConsultation");
		assertThat(candidates(pi)).containsExactly("clerk:fgw");
		complete(task(pi), withVariables(COMMENT, "第三方同意公开"));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("Task_EndConsultation");

		complete(task(pi), withVariables(DECISION, "CONSULT", COMMENT, "征求市财政局意见"));
		execute(job("BoundaryEvent_ConsultationExpired", pi));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("Task_ConsultationLapsed");
	}

	@Test
	void paidFeeResumesHandling() {
		var pi = startAssigned();
		complete(task(pi), withVariables(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 150));
		assertThat(pi).isWaitingAt(TASK_RECORD_PAYMENT).hasPassed("Task_IssueFeeNotice");
		assertThat(candidates(pi)).containsExactly("office-editor");
		complete(task(pi));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("Task_FeePaid");
	}

	@Test
	void unpaidFeeClosesTheRequestWhenThePaymentPeriodExpires() {
		var pi = startAssigned();
		complete(task(pi), withVariables(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 150));
		execute(job("BoundaryEvent_FeeExpired", pi));
		assertThat(pi).isEnded().hasPassed("Task_AbandonFeeUnpaid", "EndEvent_Closed").hasNotPassed("Task_IssueReply");
	}

	@Test
	void unreasonableReasonsForMassRequestsLeadToAProposedRefusalThatIsReviewed() {
		var pi = askedForReasons();
		runtimeService().createMessageCorrelation(MESSAGE_REASONS_RECEIVED).processInstanceBusinessKey("42").correlate();
		assertThat(pi).isWaitingAt(TASK_JUDGE_REASONS).hasPassed("Task_ReasonsReceived");
		assertThat(candidates(pi)).containsExactly("clerk:fgw");
		complete(task(pi), withVariables(REASONS_VERDICT, "UNREASONABLE", COMMENT, "理由不成立"));
		assertThat(pi).isWaitingAt(TASK_DEPARTMENT_REVIEW).hasPassed("Task_RefuseUnreasonable")
			.hasNotPassed("Task_ReplyLater", "Task_ReasonsLapsed");
		for (int i = 0; i < 3; i++) {
			complete(task(pi), withVariables(APPROVED, true));
		}
		assertThat(pi).isWaitingAt("Task_IssueReply");
		assertThat(calls).containsSubsequence("Task_AskReasons", "Task_ReasonsReceived", "Task_RefuseUnreasonable");
	}

	@Test
	void reasonableReasonsGoBackToHandlingWithOrWithoutALaterReplyDate() {
		var pi = askedForReasons();
		runtimeService().createMessageCorrelation(MESSAGE_REASONS_RECEIVED).processInstanceBusinessKey("42").correlate();
		complete(task(pi), withVariables(REASONS_VERDICT, "LATER", LATER_DUE_ON, "2027-03-31"));
		assertThat(pi).isWaitingAt(TASK_HANDLE).hasPassed("Task_ReplyLater").hasNotPassed("Task_RefuseUnreasonable");

		var second = askedForReasons();
		runtimeService().createMessageCorrelation(MESSAGE_REASONS_RECEIVED).processInstanceBusinessKey("43").correlate();
		complete(task(second), withVariables(REASONS_VERDICT, "REASONABLE"));
		assertThat(second).isWaitingAt(TASK_HANDLE).hasNotPassed("Task_ReplyLater", "Task_RefuseUnreasonable");
		propose(second);
		assertThat(second).isWaitingAt(TASK_DEPARTMENT_REVIEW);
	}

	@Test
	void reasonsNotGivenInTimeCountAsUnreasonable() {
		var pi = askedForReasons();
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReasons");
		execute(job("BoundaryEvent_ReasonsExpired", pi));
		assertThat(pi).isWaitingAt(TASK_DEPARTMENT_REVIEW).hasPassed("Task_ReasonsLapsed", "Task_RefuseUnreasonable")
			.hasNotPassed("Task_ReasonsReceived", TASK_JUDGE_REASONS);
		assertThat(calls).containsSubsequence("Task_AskReasons", "Task_ReasonsLapsed", "Task_RefuseUnreasonable");
	}

	@Test
	void applicantCanWithdrawWhileAskedForReasons() {
		var pi = askedForReasons();
		runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey("42").correlate();
		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
	}

	private int businessKey = 42;

	/** A new assigned request (business keys 42, 43, …) whose handler asked for the reasons (art. 35). */
	private ProcessInstance askedForReasons() {
		var key = String.valueOf(businessKey++);
		var pi = runtimeService().startProcessInstanceByKey(KEY, key, withVariables(REQUEST_ID, Long.valueOf(key)));
		complete(task(pi));
		complete(task(pi), withVariables(DECISION, "ASSIGN", DEPARTMENT_CODE, "fgw"));
		complete(task(pi), withVariables(DECISION, "ASK_REASONS", REASONS_NOTE, "一个月内提出申请120件"));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitReasons").hasPassed("Task_AskReasons");
		return pi;
	}

	@Test
	void signOffRunsThroughEveryConfiguredLevelAndAnyLevelCanReturn() {
		signOffLevels = List.of("office-head", "leader");
		var pi = startAssigned();
		propose(pi);
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_SIGN_OFF);
		assertThat(candidates(pi)).containsExactly("office-head");
		complete(task(pi), withVariables(APPROVED, true));
		assertThat(pi).isWaitingAt(TASK_SIGN_OFF);
		assertThat(candidates(pi)).containsExactly("leader");
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "理由不充分"));
		assertThat(pi).isWaitingAt(TASK_HANDLE);

		propose(pi);
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, true));
		complete(task(pi), withVariables(APPROVED, false, COMMENT, "请修改"));
		assertThat(pi).as("the first level can return too").isWaitingAt(TASK_HANDLE);
		propose(pi);
		for (int i = 0; i < 4; i++) {
			complete(task(pi), withVariables(APPROVED, true));
		}
		assertThat(pi).isWaitingAt("Task_IssueReply");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "42", withVariables(REQUEST_ID, 42L));
	}

	private ProcessInstance startAssigned() {
		var pi = start();
		complete(task(pi));
		complete(task(pi), withVariables(DECISION, "ASSIGN", DEPARTMENT_CODE, "fgw"));
		return pi;
	}

	private void propose(ProcessInstance pi) {
		complete(taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_HANDLE).singleResult(),
				withVariables(DECISION, "PROPOSE", REPLY_TYPE, "DISCLOSE"));
	}

	private List<String> candidates(ProcessInstance pi) {
		return taskService().getIdentityLinksForTask(task(pi).getId()).stream().map(l -> l.getGroupId()).toList();
	}
}
