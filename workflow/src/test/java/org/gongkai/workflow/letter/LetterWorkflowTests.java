package org.gongkai.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.letter.PublicLetterProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * 政民互动 through the real use cases, engine and embedded database: forwarding, the reply returned and
 * approved, publication with the name masked, one rating; declining; the one extension; the 2 and 5
 * working-day timers escalating to the office head; a poor rating opening 整改 and 回访.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:letter-workflow-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false" })
class LetterWorkflowTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	WriteLetter write;

	@Autowired
	LetterSteps steps;

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
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	LetterStatistics statistics;

	@Autowired
	PublicLetterAttachments attachments;

	@BeforeEach
	void departments() {
		if (!departments.existsById("lt-gov")) {
			departments.save(new Department("lt-gov", "来信测试政府", "00000091", true));
			departments.save(new Department("lt-dept", "来信测试部门", "00000092", false));
		}
	}

	@Test
	void forwardedLetterIsRepliedAfterAReturnPublishedMaskedAndRatedOnce() {
		var letter = write(true);
		var id = letter.getId();
		assertThat(letter.getLetterNo()).matches("\\d{4}-\\d{6}");
		assertThat(letter.getStatus()).isEqualTo(LetterStatus.SUBMITTED);
		assertThat(letter.getRegisterDueOn()).isEqualTo(calendar.addWorkingDays(today(), 2).due());
		assertThat(LocalDate.ofInstant(task(id, TASK_REGISTER, "office-editor").getDueDate().toInstant(), ZONE))
			.as("the task shows its due day").isEqualTo(letter.getRegisterDueOn());

		complete(task(id, TASK_REGISTER, "office-editor"), "editor1",
				new RegisterLetterCommand.Forward("lt-dept", "请按职责答复").variables());
		var forwarded = steps.get(id);
		assertThat(forwarded.getStatus()).isEqualTo(LetterStatus.FORWARDED);
		assertThat(forwarded.getDepartmentCode()).isEqualTo("lt-dept");
		assertThat(forwarded.getReplyDueOn()).isEqualTo(calendar.addWorkingDays(today(), 5).due());
		assertThat(LocalDate.ofInstant(task(id, TASK_REPLY, "clerk:lt-dept").getDueDate().toInstant(), ZONE))
			.isEqualTo(forwarded.getReplyDueOn());

		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1", new ReplyLetterCommand.Reply("初稿").variables());
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.IN_REVIEW);
		complete(task(id, TASK_REPLY_REVIEW, "dept-head:lt-dept"), "head1", new Review(false, "请补充办理时限").variables());
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.FORWARDED);
		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1",
				new ReplyLetterCommand.Reply("已安排在本月内修复路灯。").variables());
		complete(task(id, TASK_REPLY_REVIEW, "dept-head:lt-dept"), "head1", new Review(true, null).variables());
		var replied = steps.get(id);
		assertThat(replied.getStatus()).isEqualTo(LetterStatus.REPLIED);
		assertThat(replied.getReplyText()).isEqualTo("已安排在本月内修复路灯。");
		assertThat(replied.isAnsweredOnTime()).isTrue();
		assertThat(replied.isPublished()).isFalse();

		complete(task(id, TASK_PUBLICATION_REVIEW, "office-editor"), "editor1",
				new PublishLetter(PublicLetter.mask(replied.getWriterName()), "路灯不亮", "某路段路灯不亮。",
						"已安排在本月内修复路灯。").variables());
		var published = steps.get(id);
		assertThat(published.isPublished()).isTrue();
		assertThat(published.getPublicWriterName()).isEqualTo("张**");

		steps.rate(id, "citizen1", LetterRating.SATISFIED, "很快");
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.CLOSED);
		assertThat(processCount(id)).isZero();
		assertThatThrownBy(() -> steps.rate(id, "citizen1", LetterRating.VERY_SATISFIED, null))
			.isInstanceOf(LetterNotInExpectedState.class)
			.extracting(e -> ((LetterNotInExpectedState) e).messageKey())
			.isEqualTo("fact.letter.alreadyRated");
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType)
			.containsExactly("WRITTEN", "FORWARDED", "REPLY_DRAFTED", "REPLY_RETURNED", "REPLY_DRAFTED", "REPLIED",
					"PUBLISHED", "RATED");
	}

	@Test
	void someoneElseMayNotRateAndNoOneBeforeTheReply() {
		var id = write(false).getId();
		assertThatThrownBy(() -> steps.rate(id, "citizen1", LetterRating.SATISFIED, null))
			.isInstanceOf(LetterNotInExpectedState.class);
		assertThatThrownBy(() -> steps.rate(id, "someone-else", LetterRating.SATISFIED, null))
			.isInstanceOf(LetterNotFound.class);
	}

	@Test
	void declinedLetterEndsWithItsReason() {
		var id = write(false).getId();
		complete(task(id, TASK_REGISTER, "office-editor"), "editor1",
				new RegisterLetterCommand.Decline(DeclineReason.NOT_IN_REMIT, "请向市场监管部门反映").variables());
		var declined = steps.get(id);
		assertThat(declined.getStatus()).isEqualTo(LetterStatus.DECLINED);
		assertThat(declined.getDeclineReason()).isEqualTo(DeclineReason.NOT_IN_REMIT);
		assertThat(declined.getDeclineNote()).isEqualTo("请向市场监管部门反映");
		assertThat(processCount(id)).isZero();
	}

	@Test
	void replyIsExtendedOnceByTheOfficeHead() {
		var id = forwarded(false);
		var due = steps.get(id).getReplyDueOn();
		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1", new ReplyLetterCommand.Extend("需现场核查").variables());
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.EXTENSION_REQUESTED);
		complete(task(id, TASK_EXTENSION_APPROVAL, "office-head"), "officehead1", new Review(true, null).variables());
		var extended = steps.get(id);
		assertThat(extended.getStatus()).isEqualTo(LetterStatus.FORWARDED);
		assertThat(extended.getReplyDueOn()).isEqualTo(calendar.addWorkingDays(due, 5).due());
		assertThat(replyTimer(id).getDuedate().toInstant())
			.isEqualTo(extended.getReplyDueOn().plusDays(1).atStartOfDay(ZONE).toInstant());
		assertThat(LocalDate.ofInstant(task(id, TASK_REPLY, "clerk:lt-dept").getDueDate().toInstant(), ZONE))
			.as("the new reply task shows the extended due day").isEqualTo(extended.getReplyDueOn());

		var reply = task(id, TASK_REPLY, "clerk:lt-dept");
		assertThatThrownBy(() -> complete(reply, "clerk1", new ReplyLetterCommand.Extend("再延一次").variables()))
			.isInstanceOf(LetterNotInExpectedState.class);
		assertThat(task(id, TASK_REPLY, "clerk:lt-dept").getId()).as("nothing moved").isEqualTo(reply.getId());
	}

	@Test
	void refusedExtensionKeepsTheDueDate() {
		var id = forwarded(false);
		var due = steps.get(id).getReplyDueOn();
		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1", new ReplyLetterCommand.Extend("需现场核查").variables());
		complete(task(id, TASK_EXTENSION_APPROVAL, "office-head"), "officehead1", new Review(false, "不符合延期条件").variables());
		assertThat(steps.get(id).getReplyDueOn()).isEqualTo(due);
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.FORWARDED);
		task(id, TASK_REPLY, "clerk:lt-dept");
	}

	@Test
	void unregisteredLetterEscalatesAfterTwoWorkingDays() {
		var letter = write(false);
		var id = letter.getId();
		var timer = management.createJobQuery().processInstanceId(letter.getProcessInstanceId()).timers().singleResult();
		assertThat(timer.getDuedate().toInstant())
			.isEqualTo(letter.getRegisterDueOn().plusDays(1).atStartOfDay(ZONE).toInstant());
		management.executeJob(timer.getId());
		complete(task(id, TASK_REGISTER_ESCALATION, "office-head"), "officehead1", new Proceed("请尽快登记").variables());
		task(id, TASK_REGISTER, "office-editor");
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType).contains("REGISTRATION_OVERDUE");
	}

	@Test
	void overdueReplyEscalatesToTheOfficeHeadAfterFiveWorkingDays() {
		var id = forwarded(false);
		var timer = replyTimer(id);
		assertThat(timer.getDuedate().toInstant())
			.isEqualTo(steps.get(id).getReplyDueOn().plusDays(1).atStartOfDay(ZONE).toInstant());
		management.executeJob(timer.getId());
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType).contains("REPLY_OVERDUE");
		complete(task(id, TASK_OVERDUE_ESCALATION, "office-head"), "officehead1", new Proceed("督办").variables());
		task(id, TASK_REPLY, "clerk:lt-dept");
	}

	@Test
	void poorRatingOpensRectificationAndCallback() {
		var id = forwarded(false);
		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1", new ReplyLetterCommand.Reply("答复").variables());
		complete(task(id, TASK_REPLY_REVIEW, "dept-head:lt-dept"), "head1", new Review(true, null).variables());
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
			.taskDefinitionKey(TASK_PUBLICATION_REVIEW).count()).as("not publishable").isZero();

		steps.rate(id, "citizen1", LetterRating.VERY_DISSATISFIED, "没有解决");
		var rated = steps.get(id);
		assertThat(rated.getStatus()).isEqualTo(LetterStatus.RECTIFYING);
		assertThat(rated.getRectifyDueOn()).isEqualTo(calendar.addWorkingDays(today(), 15).due());
		var rectify = task(id, TASK_RECTIFY, "clerk:lt-dept");
		assertThat(LocalDate.ofInstant(rectify.getDueDate().toInstant(), ZONE)).isEqualTo(rated.getRectifyDueOn());
		complete(rectify, "clerk1", new RecordRectification("已重新安排施工").variables());
		assertThat(steps.get(id).getStatus()).isEqualTo(LetterStatus.RECTIFYING);
		complete(task(id, TASK_CALLBACK, "office-editor"), "editor1", new RecordCallback("来信人表示认可").variables());
		var closed = steps.get(id);
		assertThat(closed.getStatus()).isEqualTo(LetterStatus.CLOSED);
		assertThat(closed.getRectificationText()).isEqualTo("已重新安排施工");
		assertThat(closed.getCallbackNote()).isEqualTo("来信人表示认可");
		assertThat(processCount(id)).isZero();
	}

	@Test
	void statisticsCountReceivedAnsweredOnTimeAndSatisfaction() {
		var before = thisMonth();
		var id = forwarded(false);
		complete(task(id, TASK_REPLY, "clerk:lt-dept"), "clerk1", new ReplyLetterCommand.Reply("答复").variables());
		complete(task(id, TASK_REPLY_REVIEW, "dept-head:lt-dept"), "head1", new Review(true, null).variables());
		steps.rate(id, "citizen1", LetterRating.BASICALLY_SATISFIED, null);
		var after = thisMonth();
		assertThat((Long) after.get(1) - (Long) before.get(1)).as("received").isOne();
		assertThat((Long) after.get(2) - (Long) before.get(2)).as("answered").isOne();
		assertThat((Long) after.get(3) - (Long) before.get(3)).as("on time").isOne();
		assertThat(statistics.series(today().getYear()).get(1).rows())
			.anySatisfy(row -> assertThat(row.get(1)).isEqualTo("来信测试政府"));
		int year = today().getYear();
		assertThat(statistics.quotable(year, List.of("lt-gov"))).singleElement().asString()
			.startsWith(year + "年收到网上留言").contains("按时答复", "满意率");
		assertThat(statistics.quotable(year, List.of("elsewhere"))).containsExactly(year + "年未收到网上留言。");
	}

	private List<Object> thisMonth() {
		return statistics.series(today().getYear()).get(0).rows().get(today().getMonthValue() - 1);
	}

	@Test
	void attachmentsAreKeptWithTheLetter() {
		var pdf = "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		var letter = write.write(new LetterDetails(LetterMailbox.LEADER, "lt-gov", "附件", "见附件", false, "李四", null,
				null), "citizen2", List.of(new WriteLetter.Attachment("现场.pdf", "application/pdf", pdf)));
		assertThat(attachments.findByLetterIdOrderByIdAsc(letter.getId())).singleElement().satisfies(a -> {
			assertThat(a.getFileName()).isEqualTo("现场.pdf");
			assertThat(a.getSizeBytes()).isEqualTo(pdf.length);
		});
		assertThat(letter.getMailbox()).isEqualTo(LetterMailbox.LEADER);
		assertThatThrownBy(() -> write.write(new LetterDetails(LetterMailbox.AGENCY, "no-such", "s", "t", false, "王五",
				null, null), "citizen2", List.of())).isInstanceOf(org.gongkai.workflow.UnknownReference.class);
		assertThatThrownBy(() -> write.write(new LetterDetails(LetterMailbox.AGENCY, "lt-gov", " ", "t", false, "王五",
				null, null), "citizen2", List.of())).isInstanceOf(org.gongkai.workflow.InvalidValue.class);
	}

	@Test
	void namesAreMaskedAfterTheFamilyName() {
		assertThat(PublicLetter.mask("张三丰")).isEqualTo("张**");
		assertThat(PublicLetter.mask("李四")).isEqualTo("李*");
		assertThat(PublicLetter.mask("王")).isEqualTo("王*");
	}

	private Long forwarded(boolean publishable) {
		var id = write(publishable).getId();
		complete(task(id, TASK_REGISTER, "office-editor"), "editor1",
				new RegisterLetterCommand.Forward("lt-dept", null).variables());
		return id;
	}

	private PublicLetter write(boolean publishable) {
		return write.write(new LetterDetails(LetterMailbox.AGENCY, "lt-gov", "路灯不亮", "某路段路灯不亮，电话13800000000。",
				publishable, "张三丰", "zhang@example.org", null), "citizen1", List.of());
	}

	private Job replyTimer(Long id) {
		return management.createJobQuery().processInstanceId(steps.get(id).getProcessInstanceId()).timers()
			.activityId("BoundaryEvent_ReplyOverdue").singleResult();
	}

	private long processCount(Long id) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
			.processDefinitionKey(KEY).count();
	}

	private Task task(Long id, String key, String group) {
		var task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).processDefinitionKey(KEY)
			.taskDefinitionKey(key).taskCandidateGroup(group).singleResult();
		assertThat(task).as("%s of letter %s for %s", key, id, group).isNotNull();
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

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
