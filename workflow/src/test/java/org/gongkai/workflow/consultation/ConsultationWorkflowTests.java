package org.gongkai.workflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.consultation.PublicConsultationProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * 意见征集 through the real use cases, engine and embedded database: the three reviews with a return, the
 * timers that open and close it, comments and their moderation, the feedback with its returns and its
 * publication in the catalogue, and the periods per kind.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:consultation-workflow-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false" })
class ConsultationWorkflowTests {

	static final byte[] PDF = "%PDF-1.4 draft".getBytes();

	@Autowired
	ConsultationSteps steps;

	@Autowired
	ConsultationStatistics statistics;

	@Autowired
	Departments departments;

	@Autowired
	CatalogueItems items;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void departments() {
		if (!departments.existsById("cs-a")) {
			departments.save(new Department("cs-a", "征集测试局", "11000000CS000001A", false));
		}
	}

	@Test
	void aConsultationRunsFromDraftToPublishedFeedback() {
		var id = drafted(ConsultationKind.MAJOR_DECISION, today, today.plusDays(29));
		assertThatThrownBy(() -> steps.submit(id, "clerk-a")).as("no draft document yet")
			.isInstanceOf(InvalidValue.class).hasMessageStartingWith("draft:");
		assertThatThrownBy(() -> steps.attach(id, AttachmentRole.DRAFT, "x.pdf", "application/pdf", "plain".getBytes(), "clerk-a"))
			.isInstanceOf(InvalidValue.class).hasMessageStartingWith("file:");
		assertThat(steps.attach(id, AttachmentRole.DRAFT, "征求意见稿.pdf", "application/pdf", PDF, "clerk-a").getContentType())
			.isEqualTo("application/pdf");
		steps.attach(id, AttachmentRole.EXPLANATION, "起草说明.docx", "x", new byte[] { 0x50, 0x4B, 3, 4, 9 }, "clerk-a");
		steps.submit(id, "clerk-a");
		assertThat(steps.get(id).getStatus()).isEqualTo(ConsultationStatus.IN_REVIEW);

		complete(task(id, TASK_DEPT_REVIEW, "dept-head:cs-a"), "head-a", Map.of("approved", true));
		complete(task(id, TASK_SECRECY_REVIEW, "secrecy-reviewer"), "secrecy1", Map.of("approved", false, "comment", "删去第三条涉密内容"));
		assertThatThrownBy(() -> steps.revise(id, new ConsultationDetails("x", null, ConsultationKind.MAJOR_DECISION, List.of(),
				today, today.plusDays(10)), "clerk-a")).isInstanceOf(InvalidValue.class);
		steps.revise(id, new ConsultationDetails("关于某某管理办法（征求意见稿，修改稿）", "说明", ConsultationKind.MAJOR_DECISION,
				List.of("过渡期是否合适？", "其他意见"), today, today.plusDays(30)), "clerk-a");
		steps.attach(id, AttachmentRole.DRAFT, "修改稿.pdf", null, PDF, "clerk-a");
		assertThat(steps.attachmentsOf(id)).as("the new draft replaces the old").extracting(ConsultationAttachment::getFileName)
			.containsExactly("起草说明.docx", "修改稿.pdf");
		complete(task(id, TASK_REVISE, "clerk:cs-a"), "clerk-a", Map.of());
		assertThatThrownBy(() -> steps.attach(id, AttachmentRole.DRAFT, "x.pdf", null, PDF, "clerk-a"))
			.as("in review again").isInstanceOf(ConsultationNotInExpectedState.class);
		complete(task(id, TASK_DEPT_REVIEW, "dept-head:cs-a"), "head-a", Map.of("approved", true));
		complete(task(id, TASK_SECRECY_REVIEW, "secrecy-reviewer"), "secrecy1", Map.of("approved", true));
		complete(task(id, TASK_OFFICE_REVIEW, "office-editor"), "editor1", Map.of("approved", true));
		assertThat(steps.get(id).getStatus()).isEqualTo(ConsultationStatus.APPROVED);
		assertThatThrownBy(() -> steps.comment(id, null, "太早了", "applicant1", "张三"))
			.isInstanceOf(ConsultationNotInExpectedState.class);

		management.executeJob(timer(id).getId());
		assertThat(steps.get(id).getStatus()).as("the opening timer fired").isEqualTo(ConsultationStatus.OPEN);

		var onQuestion = steps.comment(id, 1, "建议延长过渡期。", "applicant1", "张三");
		var abusive = steps.comment(id, null, "骂人的话", "applicant2", "李四");
		var whole = steps.comment(id, null, "整体赞成。", "applicant2", "李四");
		assertThatThrownBy(() -> steps.comment(id, 9, "x", "applicant1", "张三")).isInstanceOf(InvalidValue.class);
		assertThat(onQuestion.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_MODERATE).processInstanceBusinessKey(String.valueOf(id))
			.taskCandidateGroup("clerk:cs-a").count()).isEqualTo(3);
		moderate(onQuestion.getId(), Map.of("accepted", true));
		moderate(abusive.getId(), Map.of("accepted", false, "rejectReason", "ABUSE"));
		moderate(whole.getId(), Map.of("accepted", true));
		assertThat(steps.comment(abusive.getId()).getRejectReason()).isEqualTo(RejectReason.ABUSE);
		assertThat(steps.acceptedCommentsOf(id)).extracting(ConsultationComment::getId)
			.containsExactly(onQuestion.getId(), whole.getId());

		management.executeJob(timer(id).getId());
		assertThat(steps.get(id).getStatus()).as("the closing timer fired").isEqualTo(ConsultationStatus.CLOSED);
		assertThatThrownBy(() -> steps.comment(id, null, "晚了", "applicant1", "张三"))
			.isInstanceOf(ConsultationNotInExpectedState.class);

		var feedback = task(id, TASK_FEEDBACK, "clerk:cs-a");
		assertThatThrownBy(() -> complete(feedback, "clerk-a", Map.of())).as("comments not grouped")
			.isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> steps.saveFeedback(id, null,
				List.of(new CommentGroupDetails("过渡期", AdoptionOutcome.ADOPTED, "已延长", List.of(abusive.getId()))), "clerk-a"))
			.as("a rejected comment cannot be grouped").isInstanceOf(InvalidValue.class);
		steps.saveFeedback(id, "感谢各方意见。", List.of(
				new CommentGroupDetails("延长过渡期", AdoptionOutcome.PARTLY_ADOPTED, "过渡期延长至6个月", List.of(onQuestion.getId())),
				new CommentGroupDetails("整体赞成", AdoptionOutcome.ADOPTED, "予以保留", List.of(whole.getId()))), "clerk-a");
		complete(feedback, "clerk-a", Map.of());
		assertThat(steps.get(id).getStatus()).isEqualTo(ConsultationStatus.FEEDBACK_REVIEW);
		complete(task(id, TASK_FEEDBACK_DEPT_REVIEW, "dept-head:cs-a"), "head-a", Map.of("approved", false, "comment", "理由再具体些"));
		assertThat(steps.get(id).getStatus()).as("returned to the department").isEqualTo(ConsultationStatus.CLOSED);
		complete(task(id, TASK_FEEDBACK, "clerk:cs-a"), "clerk-a", Map.of());
		complete(task(id, TASK_FEEDBACK_DEPT_REVIEW, "dept-head:cs-a"), "head-a", Map.of("approved", true));
		complete(task(id, TASK_FEEDBACK_OFFICE_REVIEW, "office-editor"), "editor1", Map.of("approved", true));

		var concluded = steps.get(id);
		assertThat(concluded.getStatus()).isEqualTo(ConsultationStatus.CONCLUDED);
		assertThat(concluded.getFeedbackItemId()).isNotNull();
		var item = items.findById(concluded.getFeedbackItemId()).orElseThrow();
		assertThat(item.getTitle()).contains("征求意见采纳情况的反馈");
		assertThat(item.getStatus()).as("published once the office approved it, not reviewed again").isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.getIndexNo()).isNotBlank();
		assertThat(steps.groupsOf(id)).extracting(CommentGroup::getOutcome)
			.containsExactly(AdoptionOutcome.PARTLY_ADOPTED, AdoptionOutcome.ADOPTED);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(String.valueOf(id))
			.count()).isZero();
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType).contains("DRAFTED", "SUBMITTED", "RETURNED", "REVISED",
				"APPROVED", "OPENED", "COMMENT_ACCEPTED", "COMMENT_REJECTED", "CLOSED", "FEEDBACK_RETURNED", "CONCLUDED");

		var figures = statistics.byAgency(today.getYear()).get("cs-a");
		assertThat(figures.consultations()).isGreaterThanOrEqualTo(1);
		assertThat(figures.received()).isGreaterThanOrEqualTo(3);
		assertThat(figures.adoptionRate()).isNotNull();
		assertThat(statistics.series(today.getYear())).singleElement()
			.satisfies(s -> assertThat(s.key()).isEqualTo("consultations-by-agency"));
		assertThat(statistics.quotable(today.getYear(), List.of("cs-a", "elsewhere"))).singleElement()
			.asString()
			.startsWith(today.getYear() + "年开展意见征集" + figures.consultations() + "次，收到意见" + figures.received() + "条")
			.contains("采纳率" + figures.adoptionRate().toPlainString() + "%");
		assertThat(statistics.quotable(today.getYear(), List.of("elsewhere")))
			.containsExactly(today.getYear() + "年未开展意见征集。");
	}

	@Test
	void aPeriodShorterThanTheKindsMinimumIsRefused() {
		assertThatThrownBy(() -> drafted(ConsultationKind.MAJOR_DECISION, today, today.plusDays(28)))
			.isInstanceOf(InvalidValue.class).hasMessageStartingWith("closesOn:");
		assertThatThrownBy(() -> drafted(ConsultationKind.NORMATIVE, today, today.plusDays(5)))
			.isInstanceOf(InvalidValue.class).hasMessageStartingWith("closesOn:");
		assertThat(drafted(ConsultationKind.NORMATIVE, today, today.plusDays(6))).isNotNull();
		assertThatThrownBy(() -> drafted(ConsultationKind.OTHER, today.minusDays(1), today.plusDays(20)))
			.isInstanceOf(InvalidValue.class).hasMessageStartingWith("opensOn:");
		assertThat(steps.defaultDays(ConsultationKind.OTHER)).isEqualTo(15);
		assertThat(steps.minimumDays(ConsultationKind.RULE)).isEqualTo(30);
	}

	private Long drafted(ConsultationKind kind, LocalDate opensOn, LocalDate closesOn) {
		return steps.draft(new ConsultationDetails("关于某某管理办法（征求意见稿）", "说明", kind, List.of("过渡期是否合适？", "其他意见"),
				opensOn, closesOn), "cs-a", "clerk-a").getId();
	}

	private org.camunda.bpm.engine.runtime.Job timer(Long id) {
		return management.createJobQuery().processInstanceId(steps.get(id).getProcessInstanceId()).timers().singleResult();
	}

	private void moderate(Long commentId, Map<String, Object> variables) {
		var task = tasks.createTaskQuery().taskDefinitionKey(TASK_MODERATE).processVariableValueEquals(COMMENT_ID, commentId)
			.singleResult();
		assertThat(steps.commentOfTask(task.getId())).isEqualTo(commentId);
		complete(task, "editor1", variables);
	}

	private Task task(Long id, String key, String group) {
		var task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(key)
			.taskCandidateGroup(group).singleResult();
		assertThat(task).as("%s of consultation %s", key, id).isNotNull();
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
}
