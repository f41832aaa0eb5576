package org.gongkai.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.gongkai.workflow.proposal.AssistOpinion;
import org.gongkai.workflow.proposal.ConsultationChannel;
import org.gongkai.workflow.proposal.ConsultationDetails;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.gongkai.workflow.proposal.DeputyProposals;
import org.gongkai.workflow.proposal.ProposalDetails;
import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalReply;
import org.gongkai.workflow.proposal.ProposalSteps;
import org.gongkai.workflow.proposal.RegisterProposal;
import org.gongkai.workflow.proposal.ReplyClass;
import org.gongkai.workflow.proposal.Satisfaction;
import org.gongkai.workflow.proposal.SatisfactionRecord;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * 建议提案办理's demo cases, taken through the real process: one awaiting jyj's 协办 opinion, one awaiting
 * fgw's 面商 and reply, one answered class A and published after the 保密审查, and one rated 不满意 and
 * back with fgw for 再办理.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoProposals implements DemoCases {

	private static final Staff EDITOR = new Staff("editor1", Set.of("office-editor"), "bgs");

	private static final Staff CLERK_FGW = new Staff("clerk1", Set.of("clerk"), "fgw");

	private static final Staff CLERK_JYJ = new Staff("clerk2", Set.of("clerk"), "jyj");

	private static final Staff HEAD_FGW = new Staff("head1", Set.of("dept-head"), "fgw");

	private static final Staff LEADER = new Staff("leader1", Set.of("leader"), "bgs");

	private static final Staff SECRECY = new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs");

	private final RegisterProposal register;

	private final ProposalSteps steps;

	private final DeputyProposals proposals;

	private final TaskInbox inbox;

	private final Clock clock;

	DemoProposals(RegisterProposal register, ProposalSteps steps, DeputyProposals proposals, TaskInbox inbox,
			Clock clock) {
		this.register = register;
		this.steps = steps;
		this.proposals = proposals;
		this.inbox = inbox;
		this.clock = clock;
	}

	@Override
	public long load() {
		if (proposals.count() > 0) {
			return 0;
		}
		// awaiting jyj's 协办 opinion
		register.register(new ProposalDetails(ProposalKind.SUGGESTION, "第0012号", "十六届人大五次会议", "王建国、刘芳",
				"关于加快城乡义务教育学校标准化建设的建议", "建议加大对农村薄弱学校的投入，统一办学标准。", false, null,
				List.of("fgw"), List.of("jyj")), EDITOR.userId());

		// awaiting fgw's 面商 and reply (a key case with an earlier date)
		var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		register.register(new ProposalDetails(ProposalKind.PROPOSAL, "第0045号", "政协十四届三次会议", "陈晓明",
				"关于优化营商环境、降低小微企业融资成本的提案", "建议设立小微企业融资担保基金，推广信用贷款。", true,
				today.plusMonths(2), List.of("fgw"), List.of()), EDITOR.userId());

		// answered class A and published
		var published = register.register(new ProposalDetails(ProposalKind.SUGGESTION, "第0087号", "十六届人大五次会议",
				"赵丽", "关于老旧小区加装电梯的建议", "建议政府对老旧小区加装电梯给予财政补贴，简化审批流程。", false, null,
				List.of("fgw"), List.of("jyj")), EDITOR.userId()).getId();
		complete(published, DeputyProposalProcess.TASK_ASSIST_OPINION, CLERK_JYJ,
				new AssistOpinion("同意主办单位意见，建议同步推进学校周边老旧小区改造。"));
		reply(published, ReplyClass.A, "我委已将老旧小区加装电梯纳入年度民生实事项目，全年完成加装 120 部，每部补贴 20 万元，并推行联合审批。");
		complete(published, DeputyProposalProcess.TASK_RECORD_SATISFACTION, EDITOR,
				new SatisfactionRecord(Satisfaction.SATISFIED, "代表对办理结果表示满意"));
		complete(published, DeputyProposalProcess.TASK_SECRECY_REVIEW, SECRECY, new Review(true, null));

		// rated 不满意: back with fgw for 再办理
		var rework = register.register(new ProposalDetails(ProposalKind.PROPOSAL, "第0103号", "政协十四届三次会议",
				"孙伟、周敏", "关于增设城区公共停车场的提案", "建议在老城区利用边角地块增设公共停车场，缓解停车难。", false,
				null, List.of("fgw"), List.of()), EDITOR.userId()).getId();
		reply(rework, ReplyClass.C, "因城区用地紧张，暂无合适地块，将在国土空间规划修编时统筹考虑。");
		complete(rework, DeputyProposalProcess.TASK_RECORD_SATISFACTION, EDITOR,
				new SatisfactionRecord(Satisfaction.DISSATISFIED, "委员希望提出具体时间表"));
		return 4;
	}

	private void reply(Long id, ReplyClass replyClass, String text) {
		steps.consult(id, "fgw", new ConsultationDetails(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))),
				ConsultationChannel.MEETING, "提出人、发改委办公室主任", "当面听取意见，介绍办理思路"), CLERK_FGW.userId());
		complete(id, DeputyProposalProcess.TASK_REPLY, CLERK_FGW, new ProposalReply(replyClass, text, true, null));
		complete(id, DeputyProposalProcess.TASK_REVIEW, HEAD_FGW, new Review(true, null));
		complete(id, DeputyProposalProcess.TASK_SIGN_OFF, LEADER, new Review(true, null));
	}

	private void complete(Long id, String taskKey, Staff staff, TaskCommand command) {
		var task = inbox.openTasksOf(DeputyProposalProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> taskKey.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo proposal " + id + " has no task " + taskKey));
		inbox.complete(task.id(), staff, new HashMap<>(command.variables()));
	}

}
