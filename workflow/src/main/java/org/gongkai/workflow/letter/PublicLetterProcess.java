package org.gongkai.workflow.letter;

import java.util.Map;

import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;

/** Names shared by {@code bpmn/public-letter.bpmn}, its delegates and callers. */
public final class PublicLetterProcess {

	public static final String KEY = "PublicLetterProcess";

	/** Correlated when the writer rates the reply, with {@link #DISSATISFIED}. */
	public static final String MESSAGE_RATED = "PublicLetterRated";

	public static final String LETTER_ID = "letterId";

	public static final String DEPARTMENT_CODE = "departmentCode";

	public static final String PUBLISHABLE = "publishable";

	/** The registration task's due date (its due day, 18:00). */
	public static final String REGISTER_DUE_AT = "registerDueAt";

	/** The reply task's due date (its due day, 18:00); moved by an approved extension. */
	public static final String REPLY_DUE_AT = "replyDueAt";

	/** When the office head is alerted that the letter is still unregistered (the day after the due date). */
	public static final String REGISTER_OVERDUE_AT = "registerOverdueAt";

	/** When the office head is alerted that the reply is overdue; moved by an approved extension. */
	public static final String REPLY_OVERDUE_AT = "replyOverdueAt";

	/** The 整改's due date, the task's due date. */
	public static final String RECTIFY_DUE_AT = "rectifyDueAt";

	/**
	 * The action chosen on a task that offers several, the gateway after it reads it: {@code FORWARD} or
	 * {@code DECLINE} on 登记留言, {@code REPLY} or {@code EXTEND} on 答复留言.
	 */
	public static final String DECISION = "decision";

	public static final String DECLINE_REASON = "declineReason";

	public static final String REPLY_TEXT = "replyText";

	public static final String EXTENSION_REASON = "extensionReason";

	public static final String DISSATISFIED = "dissatisfied";

	public static final String PUBLIC_WRITER_NAME = "publicWriterName";

	public static final String PUBLIC_SUBJECT = "publicSubject";

	public static final String PUBLIC_TEXT = "publicText";

	public static final String PUBLIC_REPLY = "publicReply";

	public static final String RECTIFICATION = "rectification";

	public static final String CALLBACK_NOTE = "callbackNote";

	public static final String TASK_REGISTER = "Task_LetterRegister";

	public static final String TASK_REGISTER_ESCALATION = "Task_LetterRegisterEscalation";

	public static final String TASK_REPLY = "Task_LetterReply";

	public static final String TASK_REPLY_REVIEW = "Task_LetterReplyReview";

	public static final String TASK_EXTENSION_APPROVAL = "Task_LetterExtensionApproval";

	public static final String TASK_OVERDUE_ESCALATION = "Task_LetterOverdueEscalation";

	public static final String TASK_PUBLICATION_REVIEW = "Task_LetterPublicationReview";

	public static final String TASK_RECTIFY = "Task_LetterRectify";

	public static final String TASK_CALLBACK = "Task_LetterCallback";

	/**
	 * The command type of each of the process's user tasks, by task definition key; the workbench binds a
	 * task's form or JSON body to it. Task keys are global across processes, so each is named for this process.
	 */
	public static final Map<String, Class<? extends TaskCommand>> COMMANDS = Map.of(
			TASK_REGISTER, RegisterLetterCommand.class,
			TASK_REGISTER_ESCALATION, Proceed.class,
			TASK_REPLY, ReplyLetterCommand.class,
			TASK_REPLY_REVIEW, Review.class,
			TASK_EXTENSION_APPROVAL, Review.class,
			TASK_OVERDUE_ESCALATION, Proceed.class,
			TASK_PUBLICATION_REVIEW, PublishLetter.class,
			TASK_RECTIFY, RecordRectification.class,
			TASK_CALLBACK, RecordCallback.class);

	private PublicLetterProcess() {
	}
}
