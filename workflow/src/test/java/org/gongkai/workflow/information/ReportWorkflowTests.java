package org.gongkai.workflow.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.commission.Commission;
import org.gongkai.workflow.commission.CommissionItems;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.Ranking;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportScores;
import org.gongkai.workflow.scoring.ScoreFacts;
import org.gongkai.workflow.scoring.ScoringEngine;
import org.gongkai.workflow.supervision.InstructionSupervision;
import org.gongkai.workflow.supervision.Supervision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real use cases behind the report processes on the embedded database and engine: review,
 * adoption into numbered issues, 合报, forwarding, instruction with 督办 and its overdue timer, and
 * the scores and ranking they add up to.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:report-workflow-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false",
		"gongkai.workflow.report.unit-review-levels=dept-head,leader" })
class ReportWorkflowTests {

	@Autowired
	FileInformationReport file;

	@Autowired
	ReportSteps steps;

	@Autowired
	InstructionSupervision supervision;

	@Autowired
	ReportScores scores;

	@Autowired
	InformationReports reports;

	@Autowired
	ScoreFacts facts;

	@Autowired
	ReportLog log;

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
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@BeforeEach
	void departments() {
		for (var d : List.of(new Department("bgs", "市人民政府办公室", "000000001", true),
				new Department("rw-a", "市发展和改革委员会", "000000002", false),
				new Department("rw-b", "市教育局", "000000003", false))) {
			if (!departments.existsById(d.getCode())) {
				departments.save(d);
			}
		}
	}

	@Test
	void itemGoesThroughTwoReviewLevelsAndIsAdoptedIntoTheNextIssue() {
		var id = submitted("rw-a", "clerk-a");
		assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		var issuesBefore = steps.openIssue(Periodical.EXPRESS, "editor1").getIssueNo();
		complete(id, TASK_EDIT, "editor1", Map.of(DECISION, "ADOPT", PUBLICATION, "EXPRESS"));
		var adopted = reports.findById(id).orElseThrow();
		assertThat(adopted.getStatus()).isEqualTo(ReportStatus.ADOPTED);
		var carried = steps.adoptionsOf(id);
		assertThat(carried).hasSize(1);
		assertThat(carried.get(0).getValue().getIssueNo()).isEqualTo(issuesBefore + 1);
		assertThat(facts.findByReportIdOrderByIdAsc(id)).singleElement().satisfies(fact -> {
			assertThat(fact.getKind()).isEqualTo(FactKind.ADOPTED);
			assertThat(fact.getChannel()).isEqualTo("EXPRESS");
			assertThat(fact.getEvidence()).startsWith("快报" + LocalDate.now(clock).getYear() + "年第");
		});
		assertThat(log.of(id)).extracting(e -> e.getType())
			.containsExactly("DRAFTED", "SUBMITTED_FOR_REVIEW", "SUBMITTED", "ADOPTED");
	}

	@Test
	void eachReviewLevelCanReturnAndTheOfficeCanDeclineWithAReason() {
		var id = drafted("rw-a", "clerk-a");
		complete(id, TASK_DRAFT, "clerk-a", Map.of());
		complete(id, TASK_UNIT_REVIEW, "head-a", Map.of(APPROVED, true));
		complete(id, TASK_UNIT_REVIEW, "leader-a", Map.of(APPROVED, false, COMMENT, "数据待核实"));
		var returned = reports.findById(id).orElseThrow();
		assertThat(returned.getStatus()).isEqualTo(ReportStatus.DRAFTING);
		assertThat(returned.getDecisionNote()).isEqualTo("数据待核实");
		complete(id, TASK_DRAFT, "clerk-a", Map.of());
		complete(id, TASK_UNIT_REVIEW, "head-a", Map.of(APPROVED, true));
		complete(id, TASK_UNIT_REVIEW, "leader-a", Map.of(APPROVED, true));
		complete(id, TASK_EDIT, "editor1", Map.of(DECISION, "NOT_ADOPT", COMMENT, "与已采用信息重复"));
		assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.NOT_ADOPTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
	}

	@Test
	void jointItemCountsForEveryUnitAndAnInstructionIsSupervisedWithAnOverdueDeduction() {
		var a = submitted("rw-a", "clerk-a");
		var b = submitted("rw-b", "clerk-b");
		complete(a, TASK_EDIT, "editor1", Map.of(DECISION, "MERGE", MERGE_WITH, String.valueOf(b), JOINT_TITLE, "两部门联合报送"));
		var jointId = reports.findById(a).orElseThrow().getMergedIntoId();
		var joint = reports.findByIdIn(List.of(jointId)).get(0);
		assertThat(joint.isJoint()).isTrue();
		assertThat(joint.getTitle()).isEqualTo("两部门联合报送");
		assertThat(joint.getUnits()).containsExactlyInAnyOrder("rw-a", "rw-b");
		assertThat(reports.findById(b).orElseThrow().getStatus()).isEqualTo(ReportStatus.MERGED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(b)).count()).isZero();

		complete(joint.getId(), TASK_EDIT, "editor1", Map.of(DECISION, "ADOPT", PUBLICATION, "DAILY"));
		complete(joint.getId(), TASK_DECIDE_FORWARDING, "editor1", Map.of(FORWARD, true));
		complete(joint.getId(), TASK_RECORD_UPPER_OUTCOME, "editor1",
				Map.of(UPPER_ADOPTED, true, UPPER_LEVEL, "PROVINCE", UPPER_CHANNEL, "BRIEFING"));
		assertThat(reports.findById(joint.getId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.UPPER_ADOPTED);

		var due = Instant.now().plus(3, ChronoUnit.DAYS);
		var instruction = supervision.instruct(joint.getId(), Level.CITY, "张市长", "请两部门抓好落实", LocalDate.now(clock), due,
				List.of(), "editor1");
		var supervisions = supervision.supervisionsOf(List.of(instruction));
		assertThat(supervisions).extracting(Supervision::getUnitCode).containsExactlyInAnyOrder("rw-a", "rw-b");
		var late = supervisions.stream().filter(s -> s.getUnitCode().equals("rw-b")).findFirst().orElseThrow();
		var timer = management.createJobQuery()
			.processInstanceId(runtime.createProcessInstanceQuery()
				.processDefinitionKey(SUPERVISION_KEY)
				.variableValueEquals(SUPERVISION_ID, late.getId())
				.singleResult()
				.getId())
			.timers()
			.singleResult();
		management.executeJob(timer.getId());
		var onTime = tasks.createTaskQuery().taskDefinitionKey(TASK_GIVE_FEEDBACK).taskCandidateGroup("clerk:rw-a").singleResult();
		identity.setAuthenticatedUserId("clerk-a");
		tasks.complete(onTime.getId(), Map.of(FEEDBACK, "已按批示落实"));
		identity.clearAuthentication();

		var closed = supervision.supervisionsOf(List.of(instruction));
		assertThat(closed).filteredOn(s -> s.getUnitCode().equals("rw-a")).singleElement()
			.satisfies(s -> assertThat(s.getStatus()).isEqualTo(Supervision.Status.CLOSED));
		assertThat(closed).filteredOn(s -> s.getUnitCode().equals("rw-b")).singleElement()
			.satisfies(s -> assertThat(s.getStatus()).isEqualTo(Supervision.Status.OVERDUE));

		// joint item: 市级刊物 3 ×1.0 (forwarded) → 1.5 each; province briefing 10 → 5 each; city leader 5 → 2.5
		// each; rw-b −10 for the late feedback. rw-a 9.00, rw-b −1.00 (plus nothing else in this test's items).
		var today = LocalDate.now(clock);
		var lines = scores.lines(today, today)
			.stream()
			.filter(line -> line.reportId() != null && line.reportId().equals(joint.getId()))
			.toList();
		assertThat(ScoringEngine.totals(lines)).containsExactlyInAnyOrderEntriesOf(
				Map.of("rw-a", new BigDecimal("9.00"), "rw-b", new BigDecimal("-1.00")));
		assertThat(lines).allSatisfy(line -> assertThat(line.evidence()).isNotBlank());

		var ranking = scores.ranking(ReportPeriod.parse(YearMonth.from(today).toString()));
		assertThat(ranking.rows()).extracting(Ranking.Row::unitCode).doesNotContain("bgs");
	}

	@Autowired
	CommissionItems commissioning;

	@Test
	void commissionIsAnsweredWithASubmittedItemOrDeductedWhenMissed() {
		var due = Instant.now().plus(2, ChronoUnit.DAYS);
		var created = commissioning.commission("秋粮收购进展", List.of("rw-a", "rw-b"), due, "editor1");
		assertThat(created).extracting(Commission::getUnitCode).containsExactly("rw-a", "rw-b");
		var item = submitted("rw-a", "clerk-a");
		var answer = tasks.createTaskQuery().taskDefinitionKey(TASK_ANSWER_COMMISSION).taskCandidateGroup("clerk:rw-a")
			.processInstanceBusinessKey("C" + created.get(0).getId()).singleResult();
		identity.setAuthenticatedUserId("clerk-a");
		try {
			assertThatThrownBy(() -> tasks.complete(answer.getId(), Map.of(ANSWER_REPORT_ID, 999999L)))
				.isInstanceOf(IllegalArgumentException.class);
			tasks.complete(answer.getId(), Map.of(ANSWER_REPORT_ID, item));
		}
		finally {
			identity.clearAuthentication();
		}
		var missed = management.createJobQuery()
			.processInstanceId(runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey("C" + created.get(1).getId())
				.singleResult()
				.getId())
			.timers()
			.singleResult();
		management.executeJob(missed.getId());
		var after = commissioning.recent();
		assertThat(after).filteredOn(c -> c.getId().equals(created.get(0).getId())).singleElement()
			.satisfies(c -> assertThat(c.getStatus()).isEqualTo(Commission.Status.ANSWERED));
		assertThat(after).filteredOn(c -> c.getId().equals(created.get(1).getId())).singleElement()
			.satisfies(c -> assertThat(c.getStatus()).isEqualTo(Commission.Status.MISSED));
		var today = LocalDate.now(clock);
		assertThat(scores.lines(today, today)).filteredOn(l -> l.evidence().equals("约稿未按时报送：秋粮收购进展"))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.unit()).isEqualTo("rw-b");
				assertThat(l.points()).isEqualByComparingTo("-10");
			});
	}

	@Test
	void instructionsNeedAnAdoptedItem() {
		var id = submitted("rw-a", "clerk-a");
		assertThatThrownBy(() -> supervision.instruct(id, Level.CITY, "张市长", "阅", LocalDate.now(clock),
				Instant.now().plus(1, ChronoUnit.DAYS), List.of(), "editor1"))
			.isInstanceOf(ReportNotInExpectedState.class);
	}

	@Test
	void issueNumbersAreUniqueUnderConcurrentAdoptions() throws Exception {
		int threads = 6;
		int perThread = 5;
		var pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<List<Integer>>> work = IntStream.range(0, threads)
				.<Callable<List<Integer>>>mapToObj(t -> () -> IntStream.range(0, perThread)
					.mapToObj(i -> transactions.execute(status -> steps.openIssue(Periodical.SUPPLEMENT, "editor1").getIssueNo()))
					.toList())
				.toList();
			var numbers = new HashSet<Integer>();
			for (Future<List<Integer>> f : pool.invokeAll(work)) {
				numbers.addAll(f.get());
			}
			assertThat(numbers).hasSize(threads * perThread).contains(1, threads * perThread);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Long submitted(String unit, String clerk) {
		var id = drafted(unit, clerk);
		complete(id, TASK_DRAFT, clerk, Map.of());
		complete(id, TASK_UNIT_REVIEW, "head", Map.of(APPROVED, true));
		complete(id, TASK_UNIT_REVIEW, "leader", Map.of(APPROVED, true));
		return id;
	}

	private Long drafted(String unit, String clerk) {
		return file.draft(new ReportContent("秋粮收购进展顺利", "截至11月20日，全市收购秋粮12.3万吨。", "经济", "王芳", "0571-87001234",
				Urgency.ROUTINE), unit, clerk).getId();
	}

	private void complete(Long reportId, String taskKey, String user, Map<String, Object> variables) {
		var task = tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(reportId))
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("task %s of report %s", taskKey, reportId).isNotNull();
		identity.setAuthenticatedUserId(user);
		try {
			tasks.complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}
}
