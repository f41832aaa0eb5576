package org.gongkai.workflow.request;

/** How the reply letter reached the applicant, recorded by the clerk after the reply (art. 45: 答复、归档). */
public enum ReplyDelivery {
	ONLINE("网上下载"), POST("邮寄"), IN_PERSON("当面送达"), EMAIL("电子邮件");

	private final String label;

	ReplyDelivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
