package org.gongkai.workflow.publication;

/** What a later change does to a published item. */
public enum ChangeKind {
	/** 更正: new content, same 索引号, the old content kept as a revision. */
	CORRECT("更正"),
	/** 失效: stays public and findable, labelled. */
	EXPIRE("失效"),
	/** 废止: stays public and findable, labelled, with the 废止日期. */
	REPEAL("废止"),
	/** 撤回: removed from the public catalogue and its index, the reason kept. */
	WITHDRAW("撤回");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the change releases new content, and so needs a 保密审查 (art. 17). */
	public boolean releasesContent() {
		return this == CORRECT;
	}
}
