package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.gongkai.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Art. 35 with ⚙ {@code reasons-pause-clock=false}: the reply clock runs on while the applicant explains. */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:massreasonsclock;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false",
		"gongkai.workflow.request.reasons-pause-clock=false", "gongkai.workflow.request.reasons-working-days=10" })
class MassRequestReasonsClockRunsTests {

	@Autowired
	RequestCases cases;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	ManagementService management;

	@Autowired
	ApplicantActions applicant;

	@Autowired
	org.gongkai.workflow.calendar.WorkingDayCalendar calendar;

	@Test
	void theReplyDueDateDoesNotMoveWhileTheApplicantExplains() {
		var id = cases.fileAndAssign(RequestCases.application("历年项目批复", "申请公开历年项目批复文件。"));
		var due = requests.findById(id).orElseThrow().getReplyDueOn();

		cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "一个月内提出申请120件"));
		var asked = requests.findById(id).orElseThrow();
		assertThat(asked.getStatus()).isEqualTo(RequestStatus.AWAITING_REASONS);
		assertThat(asked.getPausedSince()).isNull();
		assertThat(asked.getReasonsDueOn()).as("⚙ 10 WD")
			.isEqualTo(calendar.addWorkingDays(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 10).due());
		var overdue = management.createJobQuery().processInstanceId(asked.getProcessInstanceId())
			.activityId(ReplyClock.OVERDUE).singleResult();
		assertThat(overdue.getDuedate()).as("not parked").isNotEqualTo(ReplyClock.PARKED);

		applicant.explainReasons(id, "applicant1", "课题研究");
		var answered = requests.findById(id).orElseThrow();
		assertThat(answered.getStatus()).isEqualTo(RequestStatus.HANDLING);
		assertThat(answered.getReplyDueOn()).isEqualTo(due);
		assertThat(answered.getPausedWorkingDays()).isZero();
		assertThat(management.createJobQuery().processInstanceId(asked.getProcessInstanceId())
			.activityId(ReplyClock.OVERDUE).singleResult().getDuedate()).isEqualTo(overdue.getDuedate());
	}
}
