package org.gongkai.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An agency of the platform (e.g. 市发展和改革委员会, 东城区人民政府), identified by the code carried in user
 * tokens; agencies form a tree below the government (see {@link AgencyTree}).
 */
@Entity
public class Department {

	/** The code of the government at the root of the tree. */
	public static final String GOVERNMENT = "government";

	@Id
	private String code;

	private String name;

	/** 组织机构代码 (9 chars) or 统一社会信用代码 (18 chars), the first part of every 索引号. */
	private String orgCode;

	/** Whether this is the general office (办公厅/办公室) that runs disclosure for the whole agency. */
	@Column(name = "general_office")
	private boolean generalOffice;

	/** The agency above this one; null only for the government. */
	private String parentCode;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	/** Position among its siblings, lowest first. */
	private int sortOrder;

	protected Department() {
	}

	/** A department of the government. */
	public Department(String code, String name, String orgCode, boolean generalOffice) {
		this(code, name, orgCode, generalOffice, GOVERNMENT, AgencyKind.DEPARTMENT, 0);
	}

	public Department(String code, String name, String orgCode, boolean generalOffice, String parentCode,
			AgencyKind kind, int sortOrder) {
		this.code = code;
		this.name = name;
		this.orgCode = orgCode;
		this.generalOffice = generalOffice;
		this.parentCode = parentCode;
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getOrgCode() {
		return orgCode;
	}

	public boolean isGeneralOffice() {
		return generalOffice;
	}

	public String getParentCode() {
		return parentCode;
	}

	public AgencyKind getKind() {
		return kind;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isDistrict() {
		return kind == AgencyKind.DISTRICT;
	}

	public boolean isGovernment() {
		return kind == AgencyKind.GOVERNMENT;
	}
}
