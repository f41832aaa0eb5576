package org.gongkai.workflow.request;

/**
 * How an application reached the agency (arts. 29 and 31). Online applications are received when the
 * office confirms them; the office registers the others itself, on the day the Regulations count as
 * received: the day handed in, the day a registered letter was signed for, the day an ordinary letter's
 * receipt was confirmed with the applicant, the day a fax or e-mail arrived, the day an oral request was
 * written down for the applicant.
 */
public enum ApplicationChannel {
	ONLINE("网上提交"),
	IN_PERSON("当面提交"),
	POST("邮寄（需签收）"),
	LETTER("平常信函（经确认）"),
	FAX("传真"),
	EMAIL("电子邮件"),
	ORAL("口头提出，代为填写");

	private final String label;

	ApplicationChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
