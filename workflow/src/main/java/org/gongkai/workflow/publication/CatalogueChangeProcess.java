package org.gongkai.workflow.publication;

/** Names shared by {@code bpmn/catalogue-change.bpmn}, its delegates and the code that starts it. */
public final class CatalogueChangeProcess {

	public static final String KEY = "CatalogueChangeProcess";

	public static final String ITEM_ID = "itemId";

	public static final String CHANGE_ID = "changeId";

	public static final String DEPARTMENT_CODE = "departmentCode";

	public static final String AUTHOR = "author";

	/** Whether the change releases new content and so passes 保密审查 first. */
	public static final String SECRECY_REVIEW = "secrecyReview";

	public static final String APPROVED = "approved";

	public static final String COMMENT = "comment";

	public static final String TASK_SECRECY_REVIEW = "Task_SecrecyReviewChange";

	public static final String TASK_DEPARTMENT_HEAD_APPROVAL = "Task_ApproveChange";

	private CatalogueChangeProcess() {
	}
}
