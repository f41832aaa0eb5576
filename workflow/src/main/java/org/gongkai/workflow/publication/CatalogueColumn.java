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

	/** 公开主体: who must publish this column's information; null where not recorded. */
	private String publisher;

	/** 公开时限: by when, e.g. 信息形成或者变更之日起20个工作日内 (art. 26); null where not recorded. */
	private String timeLimit;

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

	public String getPublisher() {
		return publisher;
	}

	public String getTimeLimit() {
		return timeLimit;
	}
}
