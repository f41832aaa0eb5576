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

	public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";

	public static final String TASK_DEPARTMENT_HEAD_APPROVAL = "Task_DepartmentHeadApproval";

	private CataloguePublicationProcess() {
	}
}
