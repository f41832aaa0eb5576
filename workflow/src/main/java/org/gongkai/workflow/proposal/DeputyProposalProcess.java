package org.gongkai.workflow.proposal;

import java.util.Map;

import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;

/** Names shared by {@code bpmn/deputy-proposal.bpmn}, its delegates and callers. */
public final class DeputyProposalProcess {

	public static final String KEY = "DeputyProposalProcess";

	public static final String PROPOSAL_ID = "proposalId";

	/** Whether the 协办 units are asked for opinions first (not on 再办理). */
	public static final String NEEDS_ASSIST = "needsAssist";

	/** The element variable of the 协办 multi-instance: the unit's department code. */
	public static final String ASSIST_UNIT = "assistUnit";

	/** The element variable of the 主办 multi-instance: the unit's department code. */
	public static final String LEAD_UNIT = "leadUnit";

	/** When the 协办 opinion is overdue (the start of the day after its due date). */
	public static final String ASSIST_DUE_AT = "assistDueAt";

	/** When the office is warned that the reply is due soon. */
	public static final String REPLY_WARNING_AT = "replyWarningAt";

	/** When the reply is overdue and escalated to the office head. */
	public static final String REPLY_DUE_AT = "replyDueAt";

	/** Set when the reply is sent: whether it goes to 保密审查 and publication. */
	public static final String PUBLISHABLE = "publishable";

	public static final String TASK_ASSIST_OPINION = "Task_ProposalAssistOpinion";

	public static final String TASK_REPLY = "Task_ProposalReply";

	public static final String TASK_REVIEW = "Task_ProposalReview";

	public static final String TASK_SIGN_OFF = "Task_ProposalSignOff";

	public static final String TASK_RECORD_SATISFACTION = "Task_ProposalRecordSatisfaction";

	public static final String TASK_SECRECY_REVIEW = "Task_ProposalSecrecyReview";

	public static final String TASK_OVERDUE = "Task_ProposalOverdue";

	/**
	 * The command type of each of the process's user tasks, by task definition key; the workbench binds a
	 * task's form or JSON body to it. Task keys are global across processes, so each is named for this process.
	 */
	public static final Map<String, Class<? extends TaskCommand>> COMMANDS = Map.of(
			TASK_ASSIST_OPINION, AssistOpinion.class,
			TASK_REPLY, ProposalReply.class,
			TASK_REVIEW, Review.class,
			TASK_SIGN_OFF, Review.class,
			TASK_RECORD_SATISFACTION, SatisfactionRecord.class,
			TASK_SECRECY_REVIEW, Review.class,
			TASK_OVERDUE, Proceed.class);

	private DeputyProposalProcess() {
	}
}
