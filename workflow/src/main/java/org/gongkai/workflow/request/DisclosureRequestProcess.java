package org.gongkai.workflow.request;

/** Names shared by {@code bpmn/disclosure-request.bpmn}, its delegates and the code that drives it. */
public final class DisclosureRequestProcess {

	public static final String KEY = "DisclosureRequestProcess";

	public static final String REQUEST_ID = "requestId";

	/** Whether the request asks to correct a record (art. 41): its reply skips the secrecy review. */
	public static final String CORRECTION = "correction";

	/** Task_HandleRequest with {@code PROPOSE} on a correction request: a {@link CorrectionOutcome} name. */
	public static final String CORRECTION_OUTCOME = "correctionOutcome";

	/** With a {@link CorrectionOutcome} that names it: the agency that may correct the record. */
	public static final String COMPETENT_AGENCY = "competentAgency";

	/** Task_ConfirmReceipt of an application the office registers: the day art. 31 counts as received (ISO date). */
	public static final String RECEIVED_ON = "receivedOn";

	public static final String DEPARTMENT_CODE = "departmentCode";

	/**
	 * Task_RegisterRequest: {@code SUPPLEMENT} or {@code ASSIGN}. Task_HandleRequest: {@code PROPOSE},
	 * {@code REASSIGN}, {@code EXTEND}, {@code CONSULT}, {@code FEE} or {@code ASK_REASONS} (art. 35).
	 */
	public static final String DECISION = "decision";

	public static final String APPROVED = "approved";

	public static final String COMMENT = "comment";

	public static final String SUPPLEMENT_NOTE = "supplementNote";

	public static final String REPLY_TYPE = "replyType";

	/** Comma-separated {@link WithholdingReason} names. */
	public static final String REPLY_REASONS = "replyReasons";

	public static final String REPLY_NOTE = "replyNote";

	public static final String SUPPLEMENT_DUE_AT = "supplementDueAt";

	public static final String REPLY_WARNING_AT = "replyWarningAt";

	public static final String REPLY_OVERDUE_AT = "replyOverdueAt";

	/** Task_HandleRequest with {@code EXTEND}: working days to add, and the reason. */
	public static final String EXTENSION_DAYS = "extensionDays";

	public static final String EXTENSION_REASON = "extensionReason";

	/** Task_HandleRequest with {@code FEE}: {@code PER_CASE} or {@code PER_PAGE}, and the page count. */
	public static final String FEE_METHOD = "feeMethod";

	public static final String FEE_PAGES = "feePages";

	public static final String CONSULTATION_DUE_AT = "consultationDueAt";

	/** Handling task with {@code CONSULT}: {@code THIRD_PARTY} (art. 32) or {@code AGENCY} (art. 34). */
	public static final String CONSULTATION_KIND = "consultationKind";

	/** The third party or agency consulted. */
	public static final String CONSULTED_PARTY = "consultedParty";

	/** Third-party consultation: the part of the requested information that concerns the third party. */
	public static final String CONSULTED_INFORMATION = "consultedInformation";

	public static final String FEE_DUE_AT = "feeDueAt";

	/** Task_RecordConsultationReply: {@code AGREED}, {@code OBJECTED} (a third party's reasoned objection, art. 32) or none. */
	public static final String CONSULTATION_OPINION = "consultationOpinion";

	/** Task_RecordConsultationReply with {@code OBJECTED}: the third party's reasons. */
	public static final String OBJECTION_REASONS = "objectionReasons";

	/** Handling task proposing disclosure over a third party's objection: the overriding public interest (art. 32). */
	public static final String PUBLIC_INTEREST_REASON = "publicInterestReason";

	/** Task_RecordDelivery: a {@link ReplyDelivery} name, the post's tracking number, the ISO date delivered. */
	public static final String REPLY_DELIVERY = "replyDelivery";

	public static final String TRACKING_NO = "trackingNo";

	public static final String DELIVERED_ON = "deliveredOn";

	/** When the clerk is reminded of an unrecorded delivery. */
	public static final String DELIVERY_REMINDER_AT = "deliveryReminderAt";

	/** The candidate groups of the sign-off levels, in order (⚙). */
	public static final String SIGN_OFF_LEVELS = "signOffLevels";

	/** Handling task with {@code ASK_REASONS} (art. 35): what the agency observed about the volume or frequency. */
	public static final String REASONS_NOTE = "reasonsNote";

	/** When the applicant's period to explain the reasons ends. */
	public static final String REASONS_DUE_AT = "reasonsDueAt";

	/**
	 * Task_JudgeReasons: {@code UNREASONABLE} (不予处理), {@code REASONABLE} (handle as usual) or
	 * {@code LATER} (reasonable, reply by {@link #LATER_DUE_ON}).
	 */
	public static final String REASONS_VERDICT = "reasonsVerdict";

	/** Task_JudgeReasons with {@code LATER}: the later reply date (ISO date). */
	public static final String LATER_DUE_ON = "laterDueOn";

	public static final String MESSAGE_REASONS_RECEIVED = "ReasonsReceived";

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";

	public static final String MESSAGE_WITHDRAWN = "RequestWithdrawn";

	public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";

	public static final String TASK_REGISTER = "Task_RegisterRequest";

	public static final String TASK_HANDLE = "Task_HandleRequest";

	public static final String TASK_REASSIGN = "Task_Reassign";

	public static final String TASK_DEPARTMENT_REVIEW = "Task_DepartmentReview";

	public static final String TASK_SECRECY_REVIEW = "Task_SecrecyReview";

	public static final String TASK_SIGN_OFF = "Task_SignOff";

	public static final String TASK_OVERDUE = "Task_OverdueEscalation";

	public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";

	public static final String TASK_RECORD_CONSULTATION = "Task_RecordConsultationReply";

	public static final String TASK_RECORD_PAYMENT = "Task_RecordFeePayment";

	public static final String TASK_JUDGE_REASONS = "Task_JudgeReasons";

	public static final String TASK_RECORD_DELIVERY = "Task_RecordDelivery";

	private DisclosureRequestProcess() {
	}
}
