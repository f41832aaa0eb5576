package org.gongkai.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.proposal.DeputyProposalProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * 建议提案办理 through the real use cases, engine and embedded database: 协办 opinions per unit, the
 * 面商 required before a reply, classes A/B/C, the review and sign-off returns, the warning and overdue
 * timers with the office head's escalation, 不满意 → 再办理, and 保密审查 → published or withheld.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:proposal-workflow-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false" })
class DeputyProposalWorkflowTests {

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	@Autowired
	RegisterProposal register;

	@Autowired
	ProposalSteps steps;

	@Autowired
	TaskInbox inbox;

	@Autowired
	Departments departments;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Clock clock;

	@Autowired
	ProposalSummary summary;

	@Autowired
	org.gongkai.workflow.publication.CatalogueItems items;

	@Autowired
	ProposalStatistics statistics;

	@BeforeEach
	void departments() {
		int n = 20;
		for (var code : List.of("pr-a", "pr-b", "pr-c", "pr-d", "pr-e")) {
			if (!departments.existsById(code)) {
				departments.save(new Department(code, "建议提案测试单位" + code, "0000001" + n++, false));
			}
		}
	}

	@Test
	void assistOpinionsThenConsultedReplyReviewedSignedOffRatedAndPublished() {
		var id = register.register(details(List.of("pr-a"), List.of("pr-b", "pr-c")), "editor1").getId();
		var proposal = steps.get(id);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.AWAITING_OPINIONS);
		assertThat(proposal.getDueOn()).isEqualTo(proposal.getAssignedOn().plusMonths(3));
		assertThat(openKeys(id)).containsExactly(TASK_ASSIST_OPINION, TASK_ASSIST_OPINION);
		assertThat(taskIdsFor(id, TASK_ASSIST_OPINION, clerk("pr-a"))).as("the lead sees no opinion task").isEmpty();

		complete(id, TASK_ASSIST_OPINION, clerk("pr-b"), new AssistOpinion("建议结合老旧小区改造统筹推进。"));
		assertThat(openKeys(id)).containsExactly(TASK_ASSIST_OPINION);
		complete(id, TASK_ASSIST_OPINION, clerk("pr-c"), new AssistOpinion("可安排专项资金支持。"));
		assertThat(steps.get(id).getStatus()).isEqualTo(ProposalStatus.HANDLING);
		assertThat(steps.opinionsOf(id)).extracting(ProposalOpinion::getDepartmentCode).containsExactly("pr-b", "pr-c");
		assertThat(openKeys(id)).containsExactly(TASK_REPLY);

		var reply = new ProposalReply(ReplyClass.A, "已纳入年度计划并完成加装电梯 12 部。", true, null);
		assertThatThrownBy(() -> complete(id, TASK_REPLY, clerk("pr-a"), reply)).isInstanceOf(InvalidValue.class)
			.satisfies(e -> assertThat(((InvalidValue) e).field()).isEqualTo("consultation"));
		assertThat(openKeys(id)).as("nothing completed").containsExactly(TASK_REPLY);
		assertThatThrownBy(() -> steps.consult(id, "pr-b", consultation(), "clerk-b")).isInstanceOf(InvalidValue.class);
		steps.consult(id, "pr-a", consultation(), "clerk-a");
		complete(id, TASK_REPLY, clerk("pr-a"), reply);

		complete(id, TASK_REVIEW, head("pr-a"), new Review(false, "请补充资金安排"));
		assertThat(openKeys(id)).containsExactly(TASK_REPLY);
		complete(id, TASK_REPLY, clerk("pr-a"), reply);
		assertThatThrownBy(() -> complete(id, TASK_REVIEW, head("pr-a"), Map.of())).isInstanceOf(DecisionIncomplete.class);
		complete(id, TASK_REVIEW, head("pr-a"), new Review(true, null));
		assertThat(openKeys(id)).containsExactly(TASK_SIGN_OFF);

		complete(id, TASK_SIGN_OFF, office("leader"), new Review(false, "措辞需斟酌"));
		assertThat(openKeys(id)).as("a returned sign-off goes back to the lead").containsExactly(TASK_REPLY);
		complete(id, TASK_REPLY, clerk("pr-a"), reply);
		complete(id, TASK_REVIEW, head("pr-a"), new Review(true, null));
		complete(id, TASK_SIGN_OFF, office("office-head"), new Review(true, null));

		var sent = steps.get(id);
		assertThat(sent.getStatus()).isEqualTo(ProposalStatus.SENT);
		assertThat(sent.getReplyClass()).isEqualTo(ReplyClass.A);
		assertThat(sent.getRepliedOnTime()).isTrue();
		assertThat(steps.unitsOf(id)).filteredOn(u -> u.getUnitRole() == UnitRole.LEAD).singleElement()
			.satisfies(u -> assertThat(u.getReplyClass()).isEqualTo(ReplyClass.A));
		assertThat(openKeys(id)).containsExactly(TASK_RECORD_SATISFACTION);

		complete(id, TASK_RECORD_SATISFACTION, office("office-editor"), new SatisfactionRecord(Satisfaction.SATISFIED, null));
		assertThat(steps.get(id).getStatus()).isEqualTo(ProposalStatus.CLOSED);
		assertThat(steps.get(id).isPublished()).isFalse();
		complete(id, TASK_SECRECY_REVIEW, office("secrecy-reviewer"), new Review(true, null));
		assertThat(steps.get(id).isPublished()).isTrue();
		assertThat(ended(id)).isTrue();
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType)
			.containsExactly("REGISTERED", "OPINION_SENT", "OPINION_SENT", "CONSULTED", "REPLIED", "REVIEW_RETURNED",
					"REPLIED", "REVIEWED", "SIGN_OFF_RETURNED", "REPLIED", "REVIEWED", "SIGNED_OFF",
					"SENT", "RATED_SATISFIED", "SECRECY_APPROVED", "PUBLISHED", "CATALOGUE_PUBLISHED");
		var itemId = Long.valueOf(steps.logOf(id).get(steps.logOf(id).size() - 1).getNote());
		var item = items.findById(itemId).orElseThrow();
		assertThat(item.getColumnCode()).isEqualTo("proposals");
		assertThat(item.getDepartmentCode()).isEqualTo("pr-a");
		assertThat(item.getTitle()).isEqualTo("十六届人大五次会议" + steps.get(id).getNumber() + "建议答复：关于加快老旧小区加装电梯的建议");
		assertThat(item.getBody()).isEqualTo("已纳入年度计划并完成加装电梯 12 部。");
		assertThat(item.getStatus()).as("published, not reviewed a second time").isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.getIndexNo()).isNotBlank();
		assertThat(item.getProcessInstanceId()).as("no catalogue review process").isNull();
	}

	@Test
	void everyLeadUnitOfAJointCaseConsultsAndReplies() {
		var id = register.register(details(List.of("pr-a", "pr-d"), List.of()), "editor1").getId();
		assertThat(steps.get(id).getStatus()).isEqualTo(ProposalStatus.HANDLING);
		assertThat(openKeys(id)).containsExactly(TASK_REPLY, TASK_REPLY);
		steps.consult(id, "pr-a", consultation(), "clerk-a");
		complete(id, TASK_REPLY, clerk("pr-a"), new ProposalReply(ReplyClass.B, "列入明年计划。", true, null));
		assertThatThrownBy(() -> complete(id, TASK_REPLY, clerk("pr-d"),
				new ProposalReply(ReplyClass.B, "列入明年计划。", true, null))).isInstanceOf(InvalidValue.class);
		steps.consult(id, "pr-d", consultation(), "clerk-d");
		complete(id, TASK_REPLY, clerk("pr-d"), new ProposalReply(ReplyClass.B, "配合推进。", true, null));
		complete(id, TASK_REVIEW, head("pr-a"), new Review(true, null));
		assertThat(openKeys(id)).as("the sign-off waits for every lead").containsExactly(TASK_REVIEW);
		complete(id, TASK_REVIEW, head("pr-d"), new Review(true, null));
		assertThat(openKeys(id)).containsExactly(TASK_SIGN_OFF);
	}

	@Test
	void warningsAndOverdueEscalationToTheOfficeHead() {
		var id = register.register(details(List.of("pr-a"), List.of("pr-b")), "editor1").getId();
		var pi = steps.get(id).getProcessInstanceId();
		assertThat(management.createJobQuery().processInstanceId(pi).timers().count()).isEqualTo(3);
		management.executeJob(timer(pi, "BoundaryEvent_ProposalOpinionOverdue").getId());
		management.executeJob(timer(pi, "BoundaryEvent_ProposalDueSoon").getId());
		management.executeJob(timer(pi, "BoundaryEvent_ProposalOverdue").getId());
		assertThat(steps.get(id).isOverdue()).isTrue();
		assertThat(openKeys(id)).as("non-interrupting: the opinion task stays").contains(TASK_ASSIST_OPINION, TASK_OVERDUE);
		assertThat(taskIdsFor(id, TASK_OVERDUE, office("office-head"))).hasSize(1);
		complete(id, TASK_OVERDUE, office("office-head"), new Proceed("已电话督办"));
		assertThat(steps.logOf(id)).extracting(CaseEvent::getType)
			.containsExactly("REGISTERED", "OPINION_OVERDUE", "DUE_SOON", "OVERDUE");
	}

	@Test
	void dissatisfiedReopensTheCaseWithANewDueDateAndANewConsultation() {
		var id = register.register(details(List.of("pr-a"), List.of("pr-b")), "editor1").getId();
		complete(id, TASK_ASSIST_OPINION, clerk("pr-b"), new AssistOpinion("同意。"));
		steps.consult(id, "pr-a", consultation(), "clerk-a");
		handleUntilSent(id, new ProposalReply(ReplyClass.C, "因条件限制暂不能解决。", false, "涉及在建项目招标"));
		complete(id, TASK_RECORD_SATISFACTION, office("office-editor"), new SatisfactionRecord(Satisfaction.DISSATISFIED, "希望再研究"));
		var rework = steps.get(id);
		assertThat(rework.getStatus()).isEqualTo(ProposalStatus.REWORK);
		assertThat(rework.getReworkCount()).isEqualTo(1);
		assertThat(rework.getDueOn()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1));
		assertThat(openKeys(id)).as("再办理 goes straight to the lead").containsExactly(TASK_REPLY);
		assertThatThrownBy(() -> complete(id, TASK_REPLY, clerk("pr-a"), new ProposalReply(ReplyClass.B, "列入计划。", false, "同上")))
			.as("a new 面商 after the 不满意").isInstanceOf(InvalidValue.class);
		steps.consult(id, "pr-a", consultation(), "clerk-a");
		complete(id, TASK_REPLY, clerk("pr-a"), new ProposalReply(ReplyClass.B, "列入计划逐步解决。", false, "同上"));
		complete(id, TASK_REVIEW, head("pr-a"), new Review(true, null));
		complete(id, TASK_SIGN_OFF, office("leader"), new Review(true, null));
		complete(id, TASK_RECORD_SATISFACTION, office("office-editor"), new SatisfactionRecord(Satisfaction.BASICALLY_SATISFIED, null));
		var closed = steps.get(id);
		assertThat(closed.getStatus()).isEqualTo(ProposalStatus.CLOSED);
		assertThat(closed.getReplyClass()).isEqualTo(ReplyClass.B);
		assertThat(closed.isPublished()).isFalse();
		assertThat(closed.getNotPublishedReason()).isEqualTo("同上");
		assertThat(ended(id)).as("not for publication: no 保密审查").isTrue();
	}

	@Test
	void secrecyReviewReturningKeepsTheReplyUnpublished() {
		var id = register.register(details(List.of("pr-c"), List.of()), "editor1").getId();
		steps.consult(id, "pr-c", consultation(), "clerk-c");
		handleUntilSent(id, new ProposalReply(ReplyClass.A, "已解决。", true, null), "pr-c");
		complete(id, TASK_RECORD_SATISFACTION, office("office-editor"), new SatisfactionRecord(Satisfaction.SATISFIED, null));
		complete(id, TASK_SECRECY_REVIEW, office("secrecy-reviewer"), new Review(false, "含内部工作安排"));
		assertThat(steps.get(id).isPublished()).isFalse();
		assertThat(steps.get(id).getNotPublishedReason()).isEqualTo("含内部工作安排");
		assertThat(ended(id)).isTrue();
	}

	@Test
	void registrationRefusesIncompleteOrConflictingCases() {
		assertThatThrownBy(() -> register.register(details(List.of(), List.of("pr-b")), "editor1"))
			.isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> register.register(details(List.of("nowhere"), List.of()), "editor1"))
			.isInstanceOf(UnknownReference.class);
		assertThatThrownBy(() -> register.register(details(List.of("pr-a"), List.of("pr-a")), "editor1"))
			.isInstanceOf(InvalidValue.class);
		var first = details(List.of("pr-a"), List.of());
		register.register(first, "editor1");
		assertThatThrownBy(() -> register.register(first, "editor1")).isInstanceOf(InvalidValue.class)
			.satisfies(e -> assertThat(((InvalidValue) e).field()).isEqualTo("number"));
		var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		var tooLate = new ProposalDetails(ProposalKind.PROPOSAL, next(), "政协十四届三次会议", "王芳", "题目", "正文", true,
				today.plusMonths(4), List.of("pr-a"), List.of());
		assertThatThrownBy(() -> register.register(tooLate, "editor1")).isInstanceOf(InvalidValue.class);
		var keyCase = new ProposalDetails(ProposalKind.PROPOSAL, next(), "政协十四届三次会议", "王芳", "题目", "正文", true,
				today.plusMonths(1), List.of("pr-a"), List.of());
		assertThat(register.register(keyCase, "editor1").getDueOn()).isEqualTo(today.plusMonths(1));
	}

	@Test
	void theYearsTableCountsCasesAnsweredClassesOnTimeAndSatisfactionPerUnit() {
		var answered = register.register(new ProposalDetails(ProposalKind.PROPOSAL, next(), "政协十四届三次会议", "王芳",
				"关于公交线网优化的提案", "建议优化线网。", false, null, List.of("pr-e"), List.of()), "editor1").getId();
		register.register(new ProposalDetails(ProposalKind.PROPOSAL, next(), "政协十四届三次会议", "王芳", "关于夜市管理的提案",
				"建议规范夜市。", false, null, List.of("pr-e"), List.of()), "editor1");
		steps.consult(answered, "pr-e", consultation(), "clerk-e");
		handleUntilSent(answered, new ProposalReply(ReplyClass.B, "列入明年计划。", true, null), "pr-e");
		complete(answered, TASK_RECORD_SATISFACTION, office("office-editor"), new SatisfactionRecord(Satisfaction.SATISFIED, null));
		int year = steps.get(answered).getAssignedOn().getYear();

		var line = summary.year(year).stream()
			.filter(l -> l.kind() == ProposalKind.PROPOSAL && "pr-e".equals(l.unitCode()))
			.findFirst()
			.orElseThrow();
		assertThat(line.cases()).isEqualTo(2);
		assertThat(line.answered()).isEqualTo(1);
		assertThat(line.classB()).isEqualTo(1);
		assertThat(line.classA()).isZero();
		assertThat(line.onTime()).isEqualTo(1);
		assertThat(line.satisfied()).isEqualTo(1);
		assertThat(line.everyAnswered()).isFalse();
		assertThat(summary.year(year)).anySatisfy(total -> {
			assertThat(total.kind()).isEqualTo(ProposalKind.PROPOSAL);
			assertThat(total.unitCode()).isNull();
			assertThat(total.cases()).isGreaterThanOrEqualTo(2);
		});
		assertThat(summary.year(1999)).isEmpty();

		var series = statistics.series(year);
		assertThat(series).extracting(org.gongkai.workflow.statistics.Series::key)
			.containsExactly("proposals-by-unit", "proposals-by-class")
			.allMatch(key -> key.startsWith(statistics.id() + "-"));
		assertThat(series.get(0).rows()).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("政协委员提案 · 建议提案测试单位pr-e");
			assertThat(row.get(1)).isEqualTo(2L);
			assertThat(row.get(10)).isEqualTo("否");
		});
	}

	private void handleUntilSent(Long id, ProposalReply reply) {
		handleUntilSent(id, reply, "pr-a");
	}

	private void handleUntilSent(Long id, ProposalReply reply, String unit) {
		complete(id, TASK_REPLY, clerk(unit), reply);
		complete(id, TASK_REVIEW, head(unit), new Review(true, null));
		complete(id, TASK_SIGN_OFF, office("office-head"), new Review(true, null));
		assertThat(steps.get(id).getStatus()).isEqualTo(ProposalStatus.SENT);
	}

	static ProposalDetails details(List<String> leads, List<String> assists) {
		return new ProposalDetails(ProposalKind.SUGGESTION, next(), "十六届人大五次会议", "张伟、李娜",
				"关于加快老旧小区加装电梯的建议", "建议政府加大财政补贴力度。", false, null, leads, assists);
	}

	private static String next() {
		return "第" + String.format("%04d", NUMBERS.incrementAndGet()) + "号";
	}

	static ConsultationDetails consultation() {
		return new ConsultationDetails(LocalDate.now().minusDays(1), ConsultationChannel.MEETING, "张伟代表、住建局李科长",
				"当面沟通办理思路");
	}

	private void complete(Long id, String key, Staff staff, Object command) {
		var ids = taskIdsFor(id, key, staff);
		assertThat(ids).as("%s for %s", key, staff).isNotEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> variables = command instanceof Map<?, ?> map ? (Map<String, Object>) map
				: ((org.gongkai.workflow.task.TaskCommand) command).variables();
		inbox.complete(ids.get(0), staff, new java.util.HashMap<>(variables));
	}

	private List<String> taskIdsFor(Long id, String key, Staff staff) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(id))
			.taskDefinitionKey(key)
			.taskCandidateGroupIn(staff.candidateGroups())
			.list()
			.stream()
			.map(org.camunda.bpm.engine.task.Task::getId)
			.toList();
	}

	private List<String> openKeys(Long id) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(id))
			.list()
			.stream()
			.map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
			.sorted()
			.toList();
	}

	private boolean ended(Long id) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count() == 0;
	}

	private Job timer(String pi, String activity) {
		return management.createJobQuery().processInstanceId(pi).timers().activityId(activity).singleResult();
	}

	private static Staff clerk(String unit) {
		return new Staff("clerk-" + unit, Set.of("clerk"), unit);
	}

	private static Staff head(String unit) {
		return new Staff("head-" + unit, Set.of("dept-head"), unit);
	}

	private static Staff office(String role) {
		return new Staff(role + "1", Set.of(role), "bgs");
	}
}
