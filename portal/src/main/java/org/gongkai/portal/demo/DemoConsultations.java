package org.gongkai.portal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.gongkai.workflow.consultation.AdoptionOutcome;
import org.gongkai.workflow.consultation.CommentGroupDetails;
import org.gongkai.workflow.consultation.ConsultationDetails;
import org.gongkai.workflow.consultation.ConsultationKind;
import org.gongkai.workflow.consultation.ConsultationStatus;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.gongkai.workflow.consultation.PublicConsultationProcess;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * 意见征集 in the demo, taken through the real process: fgw's consultation open with accepted and pending
 * comments, jyj's closed and awaiting its feedback (clerk2's task), and fgw's concluded one with its published
 * feedback. The timers are fired at once instead of waiting for the days.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoConsultations implements DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	static final Staff CLERK1 = new Staff("clerk1", Set.of("clerk"), "fgw");

	static final Staff HEAD1 = new Staff("head1", Set.of("dept-head"), "fgw");

	static final Staff CLERK2 = new Staff("clerk2", Set.of("clerk"), "jyj");

	static final Staff HEAD2 = new Staff("head2", Set.of("dept-head"), "jyj");

	static final Staff SECRECY = new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs");

	static final Staff EDITOR = new Staff("editor1", Set.of("office-editor"), "bgs");

	static final byte[] PDF = "%PDF-1.4\n% 征求意见稿（演示）\n".getBytes(StandardCharsets.UTF_8);

	private final ConsultationSteps steps;

	private final TaskInbox inbox;

	private final ManagementService management;

	private final Clock clock;

	DemoConsultations(ConsultationSteps steps, TaskInbox inbox, ManagementService management, Clock clock) {
		this.steps = steps;
		this.inbox = inbox;
		this.management = management;
		this.clock = clock;
	}

	/** A demo that cannot load is logged, not fatal: the portal starts without it. */
	@Override
	public long load() {
		if (!steps.all().isEmpty()) {
			return 0;
		}
		try {
			return loadAll();
		}
		catch (RuntimeException e) {
			log.warn("Demo consultations not loaded", e);
			return 0;
		}
	}

	private long loadAll() {
		var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

		var open = opened(new ConsultationDetails("关于进一步优化营商环境若干措施（征求意见稿）",
				"为进一步优化本市营商环境，市发展改革委起草了本措施，现向社会公开征求意见。", ConsultationKind.MAJOR_DECISION,
				List.of("措施中的过渡期安排是否合适？", "还有哪些需要补充的措施？"), today, today.plusDays(29)), CLERK1, HEAD1);
		moderate(open, steps.comment(open, 1, "建议将过渡期由三个月延长至六个月，便于小微企业调整。", "applicant1", "张三").getId(), true);
		moderate(open, steps.comment(open, null, "整体赞成，建议公布各项措施的责任单位和完成时限。", "applicant2", "李四").getId(), true);
		steps.comment(open, 2, "建议增加企业开办“一网通办”的相关措施。", "applicant1", "张三");

		var closed = opened(new ConsultationDetails("关于调整中小学校课后服务收费标准的通知（征求意见稿）",
				"市教育局拟调整课后服务收费标准，现公开征求意见。", ConsultationKind.NORMATIVE, List.of("收费标准是否合理？"),
				today, today.plusDays(14)), CLERK2, HEAD2);
		moderate(closed, steps.comment(closed, 1, "建议对困难家庭减免课后服务费用。", "applicant1", "张三").getId(), true);
		moderate(closed, steps.comment(closed, null, "联系我：13800000000", "applicant2", "李四").getId(), false);
		close(closed);

		var concluded = opened(new ConsultationDetails("关于促进民营经济发展的若干意见（征求意见稿）",
				"市发展改革委起草了本意见，现公开征求意见。", ConsultationKind.OTHER, List.of(), today, today.plusDays(14)), CLERK1,
				HEAD1);
		var a = steps.comment(concluded, null, "建议设立民营企业诉求直通车。", "applicant1", "张三").getId();
		var b = steps.comment(concluded, null, "建议清理涉企收费。", "applicant2", "李四").getId();
		moderate(concluded, a, true);
		moderate(concluded, b, true);
		close(concluded);
		steps.saveFeedback(concluded, "共收到意见2条，经认真研究，采纳情况如下。", List.of(
				new CommentGroupDetails("设立民营企业诉求直通车", AdoptionOutcome.ADOPTED, "已在第五条增加相关内容", List.of(a)),
				new CommentGroupDetails("清理涉企收费", AdoptionOutcome.PARTLY_ADOPTED, "涉企收费清理另行部署，本意见作原则性规定",
						List.of(b))), "clerk1");
		complete(concluded, PublicConsultationProcess.TASK_FEEDBACK, CLERK1, Map.of());
		complete(concluded, PublicConsultationProcess.TASK_FEEDBACK_DEPT_REVIEW, HEAD1, Map.of("approved", true));
		complete(concluded, PublicConsultationProcess.TASK_FEEDBACK_OFFICE_REVIEW, EDITOR, Map.of("approved", true));
		return 3;
	}

	/** Drafted, reviewed by the three and opened at once. */
	private Long opened(ConsultationDetails details, Staff clerk, Staff head) {
		var id = steps.draftWithDocuments(details, clerk.department(), clerk.userId(),
				new ConsultationSteps.Upload("征求意见稿.pdf", PDF), new ConsultationSteps.Upload("起草说明.pdf", PDF)).getId();
		steps.submit(id, clerk.userId());
		complete(id, PublicConsultationProcess.TASK_DEPT_REVIEW, head, Map.of("approved", true));
		complete(id, PublicConsultationProcess.TASK_SECRECY_REVIEW, SECRECY, Map.of("approved", true));
		complete(id, PublicConsultationProcess.TASK_OFFICE_REVIEW, EDITOR, Map.of("approved", true));
		fireTimer(id, ConsultationStatus.OPEN);
		return id;
	}

	private void close(Long id) {
		fireTimer(id, ConsultationStatus.CLOSED);
	}

	/** Fires the process's waiting timer unless the job executor already did; waits for the status. */
	private void fireTimer(Long id, ConsultationStatus expected) {
		var instance = steps.get(id).getProcessInstanceId();
		for (var job : management.createJobQuery().processInstanceId(instance).timers().list()) {
			try {
				management.executeJob(job.getId());
			}
			catch (ProcessEngineException raced) {
				log.debug("Demo consultation {}: the job executor fired the timer", id, raced);
			}
		}
		for (int i = 0; i < 100 && steps.get(id).getStatus() != expected; i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void moderate(Long id, Long commentId, boolean accepted) {
		for (var task : inbox.openTasksOf(PublicConsultationProcess.KEY, String.valueOf(id))) {
			if (PublicConsultationProcess.TASK_MODERATE.equals(task.taskKey()) && commentId.equals(steps.commentOfTask(task.id()))) {
				inbox.complete(task.id(), EDITOR, accepted ? Map.of("accepted", true)
						: Map.of("accepted", false, "rejectReason", "PERSONAL_DATA"));
			}
		}
	}

	private void complete(Long id, String taskKey, Staff staff, Map<String, Object> variables) {
		var task = inbox.openTasksOf(PublicConsultationProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> taskKey.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Demo consultation " + id + ": no task " + taskKey));
		inbox.complete(task.id(), staff, variables);
	}
}
