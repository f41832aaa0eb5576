package org.gongkai.workflow.annual;

import org.gongkai.workflow.request.ApplicantType;

/** The columns of 表三: the applicant types (SPEC §2.1), then 总计. */
public enum Table3Column {

	NATURAL_PERSON("naturalPerson", "自然人"),
	COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
	RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
	PUBLIC_WELFARE_ORGANISATION("publicWelfareOrganisation", "社会公益组织"),
	LEGAL_SERVICE_ORGANISATION("legalServiceOrganisation", "法律服务机构"),
	OTHER_ORGANISATION("otherOrganisation", "其他"),
	TOTAL("total", "总计");

	/** The header over the five organisation columns. */
	public static final String ORGANISATIONS = "法人或其他组织";

	/** The header over all seven columns. */
	public static final String APPLICANTS = "申请人情况";

	private final String key;

	private final String label;

	Table3Column(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public static Table3Column of(ApplicantType type) {
		return values()[type.ordinal()];
	}
}
