package org.gongkai.workflow.information;

/** Names shared by {@code bpmn/information-report.bpmn} and {@code bpmn/report-supervision.bpmn}, their delegates and callers. */
public final class InformationReportProcess {

	public static final String KEY = "InformationReportProcess";

	public static final String SUPERVISION_KEY = "ReportSupervisionProcess";

	public static final String COMMISSION_KEY = "ReportCommissionProcess";

	public static final String COMMISSION_ID = "commissionId";

	public static final String COMMISSION_DUE_AT = "commissionDueAt";

	/** Task_AnswerCommission: the id of the unit's submitted item that answers the commission. */
	public static final String ANSWER_REPORT_ID = "answerReportId";

	public static final String TASK_ANSWER_COMMISSION = "Task_AnswerCommission";

	public static final String REPORT_ID = "reportId";

	public static final String UNIT_CODE = "unitCode";

	public static final String AUTHOR = "author";

	/** The candidate groups of the unit review levels, in order (⚙ 1–3). */
	public static final String REVIEW_LEVELS = "reviewLevels";

	public static final String APPROVED = "approved";

	public static final String COMMENT = "comment";

	/** Task_EditReport: {@code ADOPT}, {@code RETURN}, {@code NOT_ADOPT} or {@code MERGE}. */
	public static final String DECISION = "decision";

	/** Task_EditReport with {@code ADOPT}: a {@link Periodical} name and optionally an open issue's id. */
	public static final String PUBLICATION = "publication";

	public static final String ISSUE_ID = "issueId";

	/** Task_EditReport with {@code MERGE}: comma-separated ids of the other submitted items, and the joint title. */
	public static final String MERGE_WITH = "mergeWith";

	public static final String JOINT_TITLE = "jointTitle";

	/** Task_DecideForwarding: whether to forward the item upward. */
	public static final String FORWARD = "forward";

	/** Task_RecordUpperOutcome: adopted or not, the level ({@link Level}) and the higher level's channel. */
	public static final String UPPER_ADOPTED = "upperAdopted";

	public static final String UPPER_LEVEL = "upperLevel";

	public static final String UPPER_CHANNEL = "upperChannel";

	public static final String MESSAGE_MERGED = "ReportMerged";

	public static final String SUPERVISION_ID = "supervisionId";

	public static final String FEEDBACK_DUE_AT = "feedbackDueAt";

	public static final String FEEDBACK = "feedback";

	public static final String TASK_DRAFT = "Task_DraftReport";

	public static final String TASK_UNIT_REVIEW = "Task_UnitReview";

	public static final String TASK_EDIT = "Task_EditReport";

	public static final String TASK_DECIDE_FORWARDING = "Task_DecideForwarding";

	public static final String TASK_RECORD_UPPER_OUTCOME = "Task_RecordUpperOutcome";

	public static final String TASK_GIVE_FEEDBACK = "Task_GiveFeedback";

	public static final String TASK_CHASE_FEEDBACK = "Task_ChaseFeedback";

	private InformationReportProcess() {
	}
}
