package org.gongkai.workflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.emergency.EmergencyInformationProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportScores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * 紧急信息 through the real use cases, engine and embedded database: the chain on time, a 初报 after
 * the office's alert (迟报, deducted), 漏报, 瞒报, closing after the 终报, and the deductions in the
 * scores and the ranking, each line pointing to its event.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:emergency-workflow-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false" })
class EmergencyWorkflowTests {

	@Autowired
	FileEmergencyEvent file;

	@Autowired
	EmergencySteps steps;

	@Autowired
	ReportScores scores;

	@Autowired
	Departments departments;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	Clock clock;

	@BeforeEach
	void departments() {
		int n = 10;
		for (var code : List.of("em-a", "em-b", "em-c", "em-d", "em-e")) {
			if (!departments.existsById(code)) {
				departments.save(new Department(code, "应急测试单位" + code, "0000000" + n++, false));
			}
		}
	}

	@Test
	void chainOnTimeIsNotDeductedAndTheOfficeClosesAfterTheFinalReport() {
		var event = file.file(event(EmergencySeverity.MAJOR, Instant.now().minus(5, ChronoUnit.MINUTES)),
				report(SituationReportKind.FIRST, SituationReportChannel.PHONE), "em-a", "clerk-a");
		var id = event.getId();
		assertThat(steps.get(id).getStatus()).isEqualTo(EmergencyStatus.REPORTING);
		assertThat(steps.chainOf(id)).singleElement().satisfies(r -> {
			assertThat(r.isLate()).isFalse();
			assertThat(r.getDueAt()).isEqualTo(event.getOccurredAt().plus(20, ChronoUnit.MINUTES));
			assertThat(r.getAuthor()).as("the event's contact").isEqualTo("李明");
		});
		var nextDue = steps.get(id).getNextReportDueAt();
		assertThat(nextDue).as("Ⅱ级: a 续报 within 2 hours").isAfter(Instant.now().plus(119, ChronoUnit.MINUTES));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
			.activityIdIn("ReceiveTask_AwaitTimedReport").count()).isOne();

		steps.file(id, report(SituationReportKind.FOLLOW_UP, SituationReportChannel.WRITTEN), "clerk-a");
		assertThatThrownBy(() -> steps.close(id, "editor1", null)).isInstanceOf(EmergencyNotInExpectedState.class);
		steps.file(id, report(SituationReportKind.FINAL, SituationReportChannel.WRITTEN), "clerk-a");
		assertThat(steps.get(id).getStatus()).isEqualTo(EmergencyStatus.FINAL_REPORTED);
		assertThat(steps.chainOf(id)).extracting(SituationReport::getKind)
			.containsExactly(SituationReportKind.FIRST, SituationReportKind.FOLLOW_UP, SituationReportKind.FINAL);
		assertThat(steps.chainOf(id)).noneMatch(SituationReport::isLate);
		assertThatThrownBy(() -> steps.file(id, report(SituationReportKind.FOLLOW_UP, SituationReportChannel.PHONE), "clerk-a"))
			.isInstanceOf(EmergencyNotInExpectedState.class);

		complete(officeTask(id, TASK_ACKNOWLEDGE), "editor1", Map.of(COMMENT, "终报已阅，办结。"));
		var closed = steps.get(id);
		assertThat(closed.getStatus()).isEqualTo(EmergencyStatus.CLOSED);
		assertThat(closed.getClosedBy()).isEqualTo("editor1");
		assertThat(steps.deductionsOf(id)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
		assertThat(steps.logOf(id)).extracting(e -> e.getType())
			.containsExactly("REGISTERED", "REPORT_FIRST", "REPORT_FOLLOW_UP", "REPORT_FINAL", "CLOSED");
	}

	@Test
	void firstReportAfterTheAlertIsLateAndDeductedInTheRanking() {
		var occurred = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		var event = file.file(event(EmergencySeverity.GENERAL, occurred), null, "em-b", "editor1");
		var id = event.getId();
		assertThat(event.getStatus()).isEqualTo(EmergencyStatus.AWAITING_FIRST_REPORT);
		assertThat(event.getFirstReportDueAt()).as("Ⅳ级: 120 minutes in writing").isEqualTo(occurred.plus(120, ChronoUnit.MINUTES));

		management.executeJob(timerOf(id).getId());
		assertThat(steps.get(id).isFirstReportOverdue()).isTrue();
		assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_CHASE_FIRST_REPORT).taskCandidateGroup("office-editor")
			.processInstanceBusinessKey(String.valueOf(id)).count()).isOne();

		var late = steps.file(id, report(SituationReportKind.FIRST, SituationReportChannel.WRITTEN), "clerk-b");
		assertThat(late.isLate()).isTrue();
		assertThat(steps.get(id).isLate()).isTrue();
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).count())
			.as("the alert is withdrawn once the 初报 arrives").isZero();

		var today = LocalDate.now(clock);
		var lines = scores.lines(today, today).stream().filter(l -> id.equals(l.emergencyEventId())).toList();
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.unit()).isEqualTo("em-b");
			assertThat(line.channel()).isEqualTo(EmergencySteps.LATE);
			assertThat(line.points()).isEqualByComparingTo("-10");
			assertThat(line.evidence()).startsWith("紧急信息迟报：化工园区储罐起火（初报，书面报告，时限 ");
		});
		assertThat(rankingPoints("em-b")).isEqualByComparingTo("-10");
		assertThat(steps.logOf(id)).extracting(e -> e.getType())
			.containsExactly("REGISTERED", "FIRST_REPORT_OVERDUE", "REPORT_FIRST", "REPORTED_LATE");
	}

	@Test
	void officeRecordsAMissedReportWhenTheUnitNeverReports() {
		var id = file.file(event(EmergencySeverity.LARGE, Instant.now().minus(2, ChronoUnit.HOURS)), null, "em-c", "editor1")
			.getId();
		management.executeJob(timerOf(id).getId());
		complete(officeTask(id, TASK_CHASE_FIRST_REPORT), "editor1", Map.of(MISSED, true, COMMENT, "经媒体报道获知，单位未报"));
		var missed = steps.get(id);
		assertThat(missed.getStatus()).isEqualTo(EmergencyStatus.MISSED);
		assertThat(steps.deductionsOf(id)).singleElement()
			.satisfies(f -> assertThat(f.getChannel()).isEqualTo(EmergencySteps.MISSED));
		assertThat(rankingPoints("em-c")).isEqualByComparingTo("-10");
		assertThatThrownBy(() -> steps.file(id, report(SituationReportKind.FIRST, SituationReportChannel.PHONE), "clerk-c"))
			.isInstanceOf(EmergencyNotInExpectedState.class);
	}

	@Test
	void concealmentIsRecordedOnceWithItsReasonAndDeducted() {
		var id = file.file(event(EmergencySeverity.MAJOR, Instant.now().minus(10, ChronoUnit.MINUTES)),
				report(SituationReportKind.FIRST, SituationReportChannel.PHONE), "em-d", "clerk-d").getId();
		assertThatThrownBy(() -> steps.conceal(id, " ", "editor1")).isInstanceOf(IllegalArgumentException.class);
		steps.conceal(id, "初报称无人员伤亡，经核实死亡2人", "editor1");
		assertThatThrownBy(() -> steps.conceal(id, "再次认定", "editor1")).isInstanceOf(IllegalArgumentException.class);
		var event = steps.get(id);
		assertThat(event.isConcealed()).isTrue();
		assertThat(event.getConcealmentReason()).isEqualTo("初报称无人员伤亡，经核实死亡2人");
		assertThat(steps.deductionsOf(id)).singleElement().satisfies(f -> {
			assertThat(f.getChannel()).isEqualTo(EmergencySteps.CONCEALED);
			assertThat(f.getEvidence()).contains("经核实死亡2人");
		});
		assertThat(rankingPoints("em-d")).isEqualByComparingTo("-20");
	}

	@Test
	void reportsMustFollowTheChainAndTimesMustMakeSense() {
		var now = Instant.now();
		assertThatThrownBy(() -> file.file(event(EmergencySeverity.GENERAL, now.plus(1, ChronoUnit.HOURS)), null, "em-e", "x"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("occurredAt:");
		var early = new EmergencyEventDetails("桥梁垮塌", now.minusSeconds(600), now.minusSeconds(1200), "某路", EmergencySeverity.GENERAL,
				"概况", "李明", "13800000000");
		assertThatThrownBy(() -> file.file(early, null, "em-e", "x")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("learnedAt:");
		assertThatThrownBy(() -> file.file(event(EmergencySeverity.GENERAL, now), null, "nowhere", "x"))
			.isInstanceOf(org.gongkai.workflow.UnknownReference.class);
		var id = file.file(event(EmergencySeverity.GENERAL, now), null, "em-e", "editor1").getId();
		assertThatThrownBy(() -> steps.file(id, report(SituationReportKind.FOLLOW_UP, SituationReportChannel.PHONE), "clerk-e"))
			.isInstanceOf(EmergencyNotInExpectedState.class);
		assertThatThrownBy(() -> steps.file(id, new SituationReportDetails(SituationReportKind.FIRST, SituationReportChannel.PHONE, " ",
				null, null, null, null, null, null), "clerk-e")).isInstanceOf(IllegalArgumentException.class);
		var onTime = steps.file(id, report(SituationReportKind.FIRST, SituationReportChannel.PHONE), "clerk-e");
		assertThat(onTime.isLate()).isFalse();
		assertThat(steps.get(id).getNextReportDueAt()).as("Ⅳ级: no follow-up interval").isNull();
	}

	@Test
	void aFollowUpReportReGradesTheEventAndTheNextReportFollowsTheNewGrade() {
		var event = file.file(event(EmergencySeverity.GENERAL, Instant.now().minus(5, ChronoUnit.MINUTES)),
				report(SituationReportKind.FIRST, SituationReportChannel.PHONE), "em-c", "clerk-c");
		var id = event.getId();
		assertThat(steps.get(id).getNextReportDueAt()).as("Ⅳ级: no follow-up by a time").isNull();

		var graver = new SituationReportDetails(SituationReportKind.FOLLOW_UP, SituationReportChannel.WRITTEN,
				"火势蔓延至相邻储罐，已疏散周边群众。", 0, 3, 0, null, null, EmergencySeverity.MAJOR);
		var followUp = steps.file(id, graver, "clerk-c");
		assertThat(followUp.getSeverity()).isEqualTo(EmergencySeverity.MAJOR);
		assertThat(followUp.isLate()).isFalse();
		var regraded = steps.get(id);
		assertThat(regraded.getSeverity()).isEqualTo(EmergencySeverity.MAJOR);
		assertThat(regraded.getNextReportDueAt()).as("Ⅱ级: the next 续报 within 2 hours")
			.isAfter(Instant.now().plus(119, ChronoUnit.MINUTES))
			.isBefore(Instant.now().plus(121, ChronoUnit.MINUTES));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
			.activityIdIn("ReceiveTask_AwaitTimedReport").count()).as("the process now waits by a time").isOne();
		assertThat(steps.logOf(id)).filteredOn(e -> e.getType().equals("SEVERITY_CHANGED"))
			.extracting(e -> e.getNote())
			.containsExactly("IV级 → II级（续报）");

		steps.file(id, report(SituationReportKind.FOLLOW_UP, SituationReportChannel.WRITTEN), "clerk-c");
		assertThat(steps.get(id).getSeverity()).as("a report without a grade keeps it").isEqualTo(EmergencySeverity.MAJOR);
		assertThat(steps.chainOf(id)).extracting(SituationReport::getSeverity)
			.containsExactly(EmergencySeverity.GENERAL, EmergencySeverity.MAJOR, EmergencySeverity.MAJOR);
		assertThat(steps.logOf(id)).filteredOn(e -> e.getType().equals("SEVERITY_CHANGED")).hasSize(1);
	}

	private java.math.BigDecimal rankingPoints(String unit) {
		return scores.ranking(ReportPeriod.parse(YearMonth.now(clock).toString()))
			.rows()
			.stream()
			.filter(r -> r.unitCode().equals(unit))
			.findFirst()
			.orElseThrow()
			.points();
	}

	private org.camunda.bpm.engine.runtime.Job timerOf(Long eventId) {
		return management.createJobQuery()
			.processInstanceId(steps.get(eventId).getProcessInstanceId())
			.timers()
			.singleResult();
	}

	private Task officeTask(Long eventId, String key) {
		var task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(eventId)).taskDefinitionKey(key)
			.taskCandidateGroup("office-editor").singleResult();
		assertThat(task).as("%s of event %s", key, eventId).isNotNull();
		return task;
	}

	private void complete(Task task, String user, Map<String, Object> variables) {
		identity.setAuthenticatedUserId(user);
		try {
			tasks.complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private static EmergencyEventDetails event(EmergencySeverity severity, Instant occurred) {
		return new EmergencyEventDetails("化工园区储罐起火", occurred, null, "经济开发区化工园区", severity,
				"储罐区一储罐起火，消防已到场处置。", "李明", "13800000000");
	}

	private static SituationReportDetails report(SituationReportKind kind, SituationReportChannel channel) {
		return new SituationReportDetails(kind, channel, "现场明火已扑灭，无人员伤亡。", 0, 0, 0, null, null, null);
	}
}
