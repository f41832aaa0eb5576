package org.gongkai.workflow.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A node of the catalogue's column tree (SPEC §4.4); items are filed under leaves. */
@Entity
public class CatalogueColumn {

	@Id
	private String code;

	private String name;

	private String parentCode;

	private int sortOrder;

	protected CatalogueColumn() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getParentCode() {
		return parentCode;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
