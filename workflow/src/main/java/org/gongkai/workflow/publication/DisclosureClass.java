package org.gongkai.workflow.publication;

/** 公开属性 of a catalogue item (SPEC §1): only proactively disclosed items reach the public catalogue. */
public enum DisclosureClass {
	PROACTIVE("主动公开"), ON_REQUEST("依申请公开"), WITHHELD("不予公开");

	private final String label;

	DisclosureClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
