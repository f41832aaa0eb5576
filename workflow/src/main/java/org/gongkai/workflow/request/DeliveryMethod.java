package org.gongkai.workflow.request;

/** How the applicant wants to receive the information (art. 29). */
public enum DeliveryMethod {
	POST("邮寄"), EMAIL("电子邮件"), COLLECT("当面领取"), ONLINE("网上获取"), READ_ON_SITE("现场查阅");

	private final String label;

	DeliveryMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
