package org.gongkai.workflow.publication;

/** Names shared by {@code bpmn/catalogue-publication.bpmn}, its delegates and the code that starts it. */
public final class CataloguePublicationProcess {

	public static final String KEY = "CataloguePublicationProcess";

	public static final String ITEM_ID = "itemId";

	public static final String DEPARTMENT_CODE = "departmentCode";

	public static final String AUTHOR = "author";

	/** Decision of a review task: {@code true} approves, {@code false} returns for revision. */
	public static final String APPROVED = "approved";

	public static final String COMMENT = "comment";

	/** ⚙ candidate groups that approve after the department head, in order; may be empty. */
	public static final String APPROVAL_LEVELS = "approvalLevels";

	/** When the art. 26 deadline has passed: the start of the first day after the due date. */
	public static final String PUBLISH_OVERDUE_AT = "publishOverdueAt";

	/** Whether the deadline had already passed when the item was drafted (flagged at once, no timer). */
	public static final String PUBLISH_OVERDUE = "publishOverdue";

	public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";

	public static final String TASK_SECRECY_REVIEW = "Task_SecrecyReview";

	public static final String TASK_EXTRA_APPROVAL = "Task_ExtraApproval";

	public static final String TASK_DEPARTMENT_HEAD_APPROVAL = "Task_DepartmentHeadApproval";

	private CataloguePublicationProcess() {
	}
}
