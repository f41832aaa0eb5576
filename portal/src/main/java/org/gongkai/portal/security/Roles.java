package org.gongkai.portal.security;

/** Keycloak realm role names (also Camunda candidate groups). */
public final class Roles {

	public static final String APPLICANT = "applicant";

	public static final String CLERK = "clerk";

	public static final String DEPT_HEAD = "dept-head";

	public static final String SECRECY_REVIEWER = "secrecy-reviewer";

	public static final String OFFICE_EDITOR = "office-editor";

	public static final String LEADER = "leader";

	/** 办公室负责人, the head of the disclosure office: approves extensions (art. 33 ¶2), receives overdue cases. */
	public static final String OFFICE_HEAD = "office-head";

	public static final String ADMIN = "admin";

	/** 科长: a first level of a unit's 政务信息 review (⚙ gongkai.workflow.report.unit-review-levels). */
	public static final String SECTION_CHIEF = "section-chief";

	/** 分管负责人: a second level of a unit's 政务信息 review. */
	public static final String DEPUTY_HEAD = "deputy-head";

	/** Roles that work in the staff workbench. */
	public static final String[] STAFF = { CLERK, DEPT_HEAD, SECRECY_REVIEWER, OFFICE_EDITOR, OFFICE_HEAD, LEADER, ADMIN,
			SECTION_CHIEF, DEPUTY_HEAD };

	private Roles() {
	}
}
