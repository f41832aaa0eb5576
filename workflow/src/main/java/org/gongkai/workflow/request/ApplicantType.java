package org.gongkai.workflow.request;

/** The applicant columns of the annual report's 表三 (SPEC §2.1). */
public enum ApplicantType {
	NATURAL_PERSON("自然人"),
	COMMERCIAL_ENTERPRISE("商业企业"),
	RESEARCH_INSTITUTION("科研机构"),
	PUBLIC_WELFARE_ORGANISATION("社会公益组织"),
	LEGAL_SERVICE_ORGANISATION("法律服务机构"),
	OTHER_ORGANISATION("其他");

	private final String label;

	ApplicantType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}
}
