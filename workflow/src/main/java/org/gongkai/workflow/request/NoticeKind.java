package org.gongkai.workflow.request;

/**
 * The numbered notices a request can produce besides its receipt and reply letter, each with the
 * yearly sequence that numbers it and the prefix of its number (e.g. 补〔2026〕第0003号).
 */
public enum NoticeKind {

	/** 补正告知书 (art. 30), to the applicant. */
	SUPPLEMENT("补", "政府信息公开申请补正告知书", true),
	/** 延期答复告知书 (art. 33 ¶2), to the applicant. */
	EXTENSION("延", "政府信息公开申请延期答复告知书", true),
	/** 第三方意见征询函 (art. 32), to the third party; never shown to the applicant. */
	CONSULTATION("征", "政府信息公开第三方意见征询函", false),
	/** 收费通知 (art. 42, 国办函〔2020〕109号), to the applicant. */
	FEE("费", "政府信息公开信息处理费收费通知", true),
	/** 征求意见书 (art. 34), to another agency that made the information jointly; never shown to the applicant. */
	AGENCY_CONSULTATION("询", "政府信息公开征求意见书", false),
	/**
	 * 第三方不同意公开告知书 (art. 32): the third party objected, but the agency discloses in the public
	 * interest and tells it in writing what is disclosed and why; never shown to the applicant.
	 */
	THIRD_PARTY_DECISION("告", "政府信息公开第三方不同意公开告知书", false),
	/** 要求说明理由通知书 (art. 35): the number or frequency of requests clearly exceeds a reasonable range. */
	REASONS_REQUESTED("理", "政府信息公开申请说明理由通知书", true),
	/** 延迟答复告知书 (art. 35): the reasons are reasonable, the reply comes on a later date the agency set. */
	LATER_REPLY("迟", "政府信息公开申请延迟答复告知书", true);

	private final String prefix;

	private final String title;

	private final boolean forApplicant;

	NoticeKind(String prefix, String title, boolean forApplicant) {
		this.prefix = prefix;
		this.title = title;
		this.forApplicant = forApplicant;
	}

	/** The number's prefix, e.g. 补. */
	public String prefix() {
		return prefix;
	}

	/** The letter's title. */
	public String title() {
		return title;
	}

	/** Whether the applicant receives (and may download) it; a consultation letter goes to the third party. */
	public boolean forApplicant() {
		return forApplicant;
	}

	String sequence() {
		return "notice-" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
