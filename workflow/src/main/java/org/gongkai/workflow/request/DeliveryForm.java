package org.gongkai.workflow.request;

/** The form in which the applicant wants the information (art. 29). */
public enum DeliveryForm {
	PAPER("纸质"), ELECTRONIC("电子");

	private final String label;

	DeliveryForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
