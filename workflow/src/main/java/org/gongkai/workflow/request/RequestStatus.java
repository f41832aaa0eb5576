package org.gongkai.workflow.request;

/** Where a disclosure request is (SPEC §2.5); what was decided is its {@link ReplyType}, kept apart. */
public enum RequestStatus {
	SUBMITTED("已提交，待确认收到"),
	RECEIVED("已受理"),
	SUPPLEMENT_REQUESTED("待补正"),
	HANDLING("办理中"),
	CONSULTING("征求第三方或其他机关意见中（暂停计时）"),
	AWAITING_FEE("待缴纳信息处理费（暂停计时）"),
	/** Art. 35: the applicant is asked to explain the reasons for the volume or frequency of requests. */
	AWAITING_REASONS("待申请人说明理由"),
	REVIEW("审核中"),
	REPLIED("已答复"),
	ARCHIVED("已答复并归档"),
	WITHDRAWN("已撤回"),
	CLOSED("已终止");

	private final String label;

	RequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != REPLIED && this != ARCHIVED && this != WITHDRAWN && this != CLOSED;
	}
}
