package org.gongkai.workflow.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.ReportQuotas;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotYours;
import org.gongkai.workflow.task.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A unit review of three levels (科长 → 分管负责人 → 主任) configured with one realm role per level:
 * each level is offered only to that role within the item's unit, so a department assigns different
 * people per level; any level can return the item. Also the quota versions of the unit classes.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:report-review-levels;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false",
		"gongkai.workflow.report.unit-review-levels=section-chief,deputy-head,dept-head" })
class ReportReviewLevelsTests {

	static final Staff CLERK = new Staff("clerk-a", Set.of("clerk"), "rl-a");

	static final Staff CHIEF = new Staff("chief-a", Set.of("section-chief"), "rl-a");

	static final Staff DEPUTY = new Staff("deputy-a", Set.of("deputy-head"), "rl-a");

	static final Staff HEAD = new Staff("head-a", Set.of("dept-head"), "rl-a");

	static final Staff OTHER_CHIEF = new Staff("chief-b", Set.of("section-chief"), "rl-b");

	@Autowired
	FileInformationReport file;

	@Autowired
	InformationReports reports;

	@Autowired
	TaskInbox inbox;

	@Autowired
	Departments departments;

	@Autowired
	ReportQuotas quotas;

	@BeforeEach
	void departments() {
		for (var d : List.of(new Department("rl-a", "市发展和改革委员会", "000000012", false),
				new Department("rl-b", "市教育局", "000000013", false))) {
			if (!departments.existsById(d.getCode())) {
				departments.save(d);
			}
		}
	}

	@Test
	void eachLevelIsOfferedToItsOwnRoleInTheUnitInOrder() {
		var id = file.draft(new ReportContent("我市新增3家省级专精特新企业", "经认定，我市新增省级专精特新中小企业3家。", "经济", "王芳",
				"0571-87001234", Urgency.ROUTINE), "rl-a", CLERK.userId()).getId();
		inbox.complete(only(CLERK, id, TASK_DRAFT).id(), CLERK, Map.of());

		assertThat(reviewTasks(HEAD, id)).as("the head waits for the lower levels").isEmpty();
		assertThat(reviewTasks(DEPUTY, id)).isEmpty();
		assertThat(reviewTasks(OTHER_CHIEF, id)).as("another unit's 科长").isEmpty();
		var first = only(CHIEF, id, TASK_UNIT_REVIEW);
		assertThatThrownBy(() -> inbox.complete(first.id(), HEAD, Map.of(APPROVED, true))).isInstanceOf(TaskNotYours.class);
		inbox.complete(first.id(), CHIEF, Map.of(APPROVED, true));

		assertThat(reviewTasks(CHIEF, id)).isEmpty();
		assertThat(reviewTasks(HEAD, id)).isEmpty();
		inbox.complete(only(DEPUTY, id, TASK_UNIT_REVIEW).id(), DEPUTY, Map.of(APPROVED, false, COMMENT, "请补充企业名单"));
		assertThat(reports.findById(id).orElseThrow().getStatus()).as("the second level returned it")
			.isEqualTo(ReportStatus.DRAFTING);

		inbox.complete(only(CLERK, id, TASK_DRAFT).id(), CLERK, Map.of());
		inbox.complete(only(CHIEF, id, TASK_UNIT_REVIEW).id(), CHIEF, Map.of(APPROVED, true));
		inbox.complete(only(DEPUTY, id, TASK_UNIT_REVIEW).id(), DEPUTY, Map.of(APPROVED, true));
		assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.UNIT_REVIEW);
		inbox.complete(only(HEAD, id, TASK_UNIT_REVIEW).id(), HEAD, Map.of(APPROVED, true));
		assertThat(reports.findById(id).orElseThrow().getStatus()).as("all three levels approved")
			.isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void quotaVersionsAreAddedNeverOverwritten() {
		var from = LocalDate.of(2031, 1, 1);
		quotas.addVersion(2, from, 7);
		assertThat(quotas.inForce(from.minusDays(1))).containsEntry(2, 5);
		assertThat(quotas.inForce(from)).containsEntry(2, 7).containsEntry(1, 6);
		assertThatThrownBy(() -> quotas.addVersion(2, from, 8)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("effectiveFrom:");
		assertThatThrownBy(() -> quotas.addVersion(5, from, 8)).hasMessageStartingWith("unitClass:");
		assertThatThrownBy(() -> quotas.addVersion(1, from, -1)).hasMessageStartingWith("monthlyItems:");
		assertThat(quotas.versions()).contains(new ReportQuotas.Quota(2, LocalDate.of(2026, 1, 1), 5),
				new ReportQuotas.Quota(2, from, 7));

		quotas.classify("rl-b", 1);
		quotas.classify("rl-b", 2);
		assertThat(quotas.unitClasses()).containsEntry("rl-b", 2);
		assertThatThrownBy(() -> quotas.classify("rl-b", null)).hasMessageStartingWith("unitClass:");
	}

	private List<TaskView> reviewTasks(Staff staff, Long id) {
		return inbox.inbox(staff)
			.stream()
			.filter(t -> String.valueOf(id).equals(t.caseId()) && TASK_UNIT_REVIEW.equals(t.taskKey()))
			.toList();
	}

	private TaskView only(Staff staff, Long id, String taskKey) {
		var found = inbox.inbox(staff)
			.stream()
			.filter(t -> String.valueOf(id).equals(t.caseId()) && taskKey.equals(t.taskKey()))
			.toList();
		assertThat(found).as("%s of report %s for %s", taskKey, id, staff.userId()).hasSize(1);
		return found.get(0);
	}
}
