package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Art. 35 with ⚙ {@code reasons-pause-clock=false}: the reply clock runs on while the applicant explains. */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:massreasonsclock;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false",
		"gongkai.workflow.request.reasons-pause-clock=false", "gongkai.workflow.request.reasons-working-days=10" })
class MassRequestReasonsClockRunsTests {

	static final Staff OFFICE = new Staff("editor1", Set.of("office-editor"), "bgs");

	static final Staff CLERK = new Staff("clerk1", Set.of("clerk"), "fgw");

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	Departments departments;

	@Autowired
	ManagementService management;

	@Autowired
	ApplicantActions applicant;

	@Autowired
	org.gongkai.workflow.calendar.WorkingDayCalendar calendar;

	@Test
	void theReplyDueDateDoesNotMoveWhileTheApplicantExplains() {
		departments.saveAll(List.of(new Department("fgw", "市发展和改革委员会", "000014349", false),
				new Department("bgs", "市人民政府办公室", "000014348", true)));
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X", null, null,
				"13812345678", null, null, null, "历年项目批复", null, "申请公开历年项目批复文件。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, null, null);
		var id = file.file(form, List.of(), "applicant1").getId();
		inbox.complete(task(id, DisclosureRequestProcess.TASK_CONFIRM_RECEIPT), OFFICE, Map.of());
		inbox.complete(task(id, DisclosureRequestProcess.TASK_REGISTER), OFFICE,
				Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var due = requests.findById(id).orElseThrow().getReplyDueOn();

		inbox.complete(task(id, DisclosureRequestProcess.TASK_HANDLE), CLERK,
				Map.of("decision", "ASK_REASONS", "reasonsNote", "一个月内提出申请120件"));
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

	private String task(Long id, String key) {
		return inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> t.taskKey().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open " + key + " for request " + id))
			.id();
	}
}
