package org.gongkai.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A department of the agency (e.g. 市发展和改革委员会), identified by the code carried in user tokens. */
@Entity
public class Department {

	@Id
	private String code;

	private String name;

	/** 组织机构代码 (9 chars) or 统一社会信用代码 (18 chars), the first part of every 索引号. */
	private String orgCode;

	/** Whether this is the general office (办公厅/办公室) that runs disclosure for the whole agency. */
	@Column(name = "general_office")
	private boolean generalOffice;

	protected Department() {
	}

	public Department(String code, String name, String orgCode, boolean generalOffice) {
		this.code = code;
		this.name = name;
		this.orgCode = orgCode;
		this.generalOffice = generalOffice;
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
}
