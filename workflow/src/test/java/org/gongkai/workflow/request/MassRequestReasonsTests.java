package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.RequestCases.CLERK;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Art. 35 through the real delegates: the 说明理由通知书 stops the reply clock (⚙ default), the
 * applicant's answer or its absence, the 不予处理 proposal, and a later reply date that the reply timers
 * follow.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:massreasons;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class MassRequestReasonsTests {

	static final ApplicationForm APPLICATION = RequestCases.application("历年项目批复", "申请公开历年项目批复文件。");

	@Autowired
	RequestCases cases;

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	TaskInbox inbox;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	RequestNotices notices;

	@Autowired
	ManagementService management;

	@Autowired
	ApplicantActions applicant;

	@Autowired
	RecomputeDue steps;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void reasonableReasonsWithALaterReplyDateMoveTheReplyTimers() {
		var id = cases.fileAndAssign(APPLICATION);
		var dueBefore = requests.findById(id).orElseThrow().getReplyDueOn();
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "ASK_REASONS")))
			.hasMessage("reasonsNote: 请写明申请数量、频次明显超过合理范围的情况");
		cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "您（单位）自2026年10月1日起向本机关提出政府信息公开申请120件"));

		var asked = requests.findById(id).orElseThrow();
		assertThat(asked.getStatus()).isEqualTo(RequestStatus.AWAITING_REASONS);
		assertThat(asked.getPausedSince()).as("⚙ default: the clock stops as for a 补正").isEqualTo(today());
		assertThat(asked.getReasonsDueOn()).isAfter(today());
		var notice = notices.findByRequestIdOrderByIdAsc(id).get(0);
		assertThat(notice.getKind()).isEqualTo(NoticeKind.REASONS_REQUESTED);
		assertThat(notice.getNoticeNo()).matches("理〔\\d{4}〕第\\d{4}号");
		assertThat(notice.getContent()).isEqualTo("您（单位）自2026年10月1日起向本机关提出政府信息公开申请120件");
		assertThat(notice.getDueOn()).isEqualTo(asked.getReasonsDueOn());
		assertThat(replyTimer(asked, ReplyClock.OVERDUE).getDuedate()).as("parked").isEqualTo(ReplyClock.PARKED);
		assertThatThrownBy(() -> applicant.explainReasons(id, "someone-else", "理由"))
			.isInstanceOf(RequestNotFound.class);
		assertThatThrownBy(() -> applicant.explainReasons(id, "applicant1", " ")).hasMessage("text: 请填写申请理由");

		applicant.explainReasons(id, "applicant1", "为开展课题研究，需要系统收集历年项目批复文件");
		var judged = requests.findById(id).orElseThrow();
		assertThat(judged.getStatus()).isEqualTo(RequestStatus.HANDLING);
		assertThat(judged.getPausedSince()).isNull();
		var judge = cases.task(id, DisclosureRequestProcess.TASK_JUDGE_REASONS);
		assertThatThrownBy(() -> inbox.complete(judge, CLERK,
				Map.of("reasonsVerdict", "LATER", "laterDueOn", judged.getReplyDueOn().toString())))
			.hasMessage("laterDueOn: 延迟答复期限应晚于当前答复期限（" + judged.getReplyDueOn() + "）");
		var later = judged.getReplyDueOn().plusDays(45);
		inbox.complete(judge, CLERK, Map.of("reasonsVerdict", "LATER", "laterDueOn", later.toString(), "comment",
				"申请数量较大，需逐件检索"));

		var postponed = requests.findById(id).orElseThrow();
		assertThat(postponed.getStatus()).isEqualTo(RequestStatus.HANDLING);
		assertThat(postponed.getReplyDueOn()).isEqualTo(later).isAfter(dueBefore);
		assertThat(postponed.getLaterDueOn()).isEqualTo(later);
		assertThat(replyTimer(postponed, ReplyClock.OVERDUE).getDuedate())
			.isEqualTo(Date.from(later.plusDays(1).atStartOfDay(CHINA).toInstant()));
		assertThat(replyTimer(postponed, ReplyClock.DUE_SOON).getDuedate()).isBefore(
				Date.from(later.atStartOfDay(CHINA).toInstant())).isAfter(Date.from(later.minusDays(15).atStartOfDay(CHINA).toInstant()));
		var letter = notices.findByRequestIdOrderByIdAsc(id).get(1);
		assertThat(letter.getKind()).isEqualTo(NoticeKind.LATER_REPLY);
		assertThat(letter.getNoticeNo()).matches("迟〔\\d{4}〕第\\d{4}号");
		assertThat(letter.getPreviousDueOn()).isEqualTo(judged.getReplyDueOn());
		assertThat(letter.getDueOn()).isEqualTo(later);
		assertThat(steps.recomputeDue(id)).as("the calendar never moves a date the agency set").isEmpty();
		assertThat(cases.eventTypes(id)).containsSubsequence("REASONS_REQUESTED", "REASONS_TEXT", "REASONS_RECEIVED",
				"REPLY_POSTPONED");
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "再次")))
			.hasMessage("decision: 已要求申请人说明理由，不能再次要求");
	}

	@Test
	void unreasonableReasonsAreProposedAsNotHandled() {
		var id = cases.fileAndAssign(APPLICATION);
		cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "一个月内提出申请120件"));
		applicant.explainReasons(id, "applicant1", "想看看");
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_JUDGE_REASONS), CLERK,
				Map.of("reasonsVerdict", "UNREASONABLE", "comment", "申请理由与所申请信息无关。"));
		var request = requests.findById(id).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REVIEW);
		assertThat(request.getReplyType()).isEqualTo(ReplyType.MASS_REPEATED);
		assertThat(request.getReplyType().reportRow()).isEqualTo("（五）不予处理 4");
		assertThat(request.getReplyNote()).isEqualTo("申请理由与所申请信息无关。");
		cases.task(id, DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW);
	}

	@Test
	void reasonsNotGivenInTimeCountAsUnreasonable() {
		var id = cases.fileAndAssign(APPLICATION);
		cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "一个月内提出申请120件"));
		var pi = requests.findById(id).orElseThrow().getProcessInstanceId();
		var timer = management.createJobQuery().processInstanceId(pi).activityId("BoundaryEvent_ReasonsExpired")
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(
				requests.findById(id).orElseThrow().getReasonsDueOn().plusDays(1).atStartOfDay(CHINA).toInstant()));
		management.executeJob(timer.getId());

		var request = requests.findById(id).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REVIEW);
		assertThat(request.getReplyType()).isEqualTo(ReplyType.MASS_REPEATED);
		assertThat(request.getReplyNote()).contains("未在《政府信息公开申请说明理由通知书》规定的期限内说明理由");
		assertThat(request.getPausedSince()).isNull();
		assertThat(replyTimer(request, ReplyClock.OVERDUE).getDuedate()).isNotEqualTo(ReplyClock.PARKED);
		assertThat(cases.eventTypes(id)).containsSubsequence("REASONS_REQUESTED", "REASONS_LAPSED", "REPLY_PROPOSED");
		assertThatThrownBy(() -> applicant.explainReasons(id, "applicant1", "迟到的理由"))
			.isInstanceOf(RequestNotInExpectedState.class);
	}

	private Job replyTimer(DisclosureRequest request, String activity) {
		return management.createJobQuery().processInstanceId(request.getProcessInstanceId()).activityId(activity)
			.singleResult();
	}

	private static LocalDate today() {
		return LocalDate.now(CHINA);
	}
}
