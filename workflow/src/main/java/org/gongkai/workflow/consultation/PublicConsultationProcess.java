package org.gongkai.workflow.consultation;

import java.util.Map;

import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;

/**
 * Names shared by {@code bpmn/public-consultation.bpmn}, its delegates and callers. The process has two
 * starts: the consultation itself (none start, business key the consultation's id) and one small instance
 * per comment (message {@link #MESSAGE_COMMENT_SUBMITTED}, same business key) whose only task is its moderation,
 * so that comments arriving at any time need no correlation with the consultation's own instance.
 */
public final class PublicConsultationProcess {

	public static final String KEY = "PublicConsultationProcess";

	public static final String MESSAGE_COMMENT_SUBMITTED = "ConsultationCommentSubmitted";

	public static final String CONSULTATION_ID = "consultationId";

	/** The department code; the department's clerks and head take its tasks. */
	public static final String DEPARTMENT = "department";

	/** Midnight of the first day, when the consultation opens. */
	public static final String OPENS_AT = "opensAt";

	/** Midnight after the last day, when it closes. */
	public static final String CLOSES_AT = "closesAt";

	public static final String COMMENT_ID = "commentId";

	public static final String TASK_DEPT_REVIEW = "Task_ConsultationDeptReview";

	public static final String TASK_SECRECY_REVIEW = "Task_ConsultationSecrecyReview";

	public static final String TASK_OFFICE_REVIEW = "Task_ConsultationOfficeReview";

	public static final String TASK_REVISE = "Task_ConsultationRevise";

	public static final String TASK_MODERATE = "Task_ModerateComment";

	public static final String TASK_FEEDBACK = "Task_ConsultationFeedback";

	public static final String TASK_FEEDBACK_DEPT_REVIEW = "Task_ConsultationFeedbackDeptReview";

	public static final String TASK_FEEDBACK_OFFICE_REVIEW = "Task_ConsultationFeedbackOfficeReview";

	/**
	 * The command type of each of the process's user tasks, by task definition key; the workbench binds a
	 * task's form or JSON body to it. Task keys are global across processes, so each is named for this process.
	 */
	public static final Map<String, Class<? extends TaskCommand>> COMMANDS = Map.of(TASK_DEPT_REVIEW, Review.class,
			TASK_SECRECY_REVIEW, Review.class, TASK_OFFICE_REVIEW, Review.class, TASK_REVISE, Proceed.class,
			TASK_MODERATE, ModerateComment.class, TASK_FEEDBACK, Proceed.class, TASK_FEEDBACK_DEPT_REVIEW,
			Review.class, TASK_FEEDBACK_OFFICE_REVIEW, Review.class);

	private PublicConsultationProcess() {
	}
}
