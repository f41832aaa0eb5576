package org.gongkai.workflow.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The numbered notices a request can produce besides its receipt and reply letter: the one place that
 * registers a kind. Each constant carries the prefix of its yearly number (e.g. 补〔2026〕第0003号), its
 * title, whether the applicant receives it, the template that words its letter
 * ({@code portal/src/main/resources/templates/letters/<template>.txt}) and the request-log event whose
 * mail to the applicant announces it. docs/architecture.md ("Adding a notice kind") lists the rest.
 */
public enum NoticeKind {

	/** 补正告知书 (art. 30), to the applicant. */
	SUPPLEMENT("补", "政府信息公开申请补正告知书", "政府信息更正申请补正告知书", true, "supplement", "SUPPLEMENT_REQUESTED"),
	/** 延期答复告知书 (art. 33 ¶2), to the applicant. */
	EXTENSION("延", "政府信息公开申请延期答复告知书", "政府信息更正申请延期答复告知书", true, "extension", "EXTENDED"),
	/** 第三方意见征询函 (art. 32), to the third party; never shown to the applicant. */
	CONSULTATION("征", "政府信息公开第三方意见征询函", null, false, "third-party-consultation", null),
	/** 收费通知 (art. 42, 国办函〔2020〕109号), to the applicant. */
	FEE("费", "政府信息公开信息处理费收费通知", null, true, "fee", "FEE_NOTICE"),
	/**
	 * 征求意见书 (art. 34), to another agency that made the information jointly; never shown to the applicant.
	 * For a correction request (art. 41) it asks about correcting the jointly made record.
	 */
	AGENCY_CONSULTATION("询", "政府信息公开征求意见书", "政府信息更正征求意见书", false, "agency-consultation", null),
	/**
	 * 第三方不同意公开告知书 (art. 32): the third party objected, but the agency discloses in the public
	 * interest and tells it in writing what is disclosed and why; never shown to the applicant.
	 */
	THIRD_PARTY_DECISION("告", "政府信息公开第三方不同意公开告知书", null, false, "third-party-decision", null),
	/** 要求说明理由通知书 (art. 35): the number or frequency of requests clearly exceeds a reasonable range. */
	REASONS_REQUESTED("理", "政府信息公开申请说明理由通知书", null, true, "reasons-request", "REASONS_REQUESTED"),
	/** 延迟答复告知书 (art. 35): the reasons are reasonable, the reply comes on a later date the agency set. */
	LATER_REPLY("迟", "政府信息公开申请延迟答复告知书", null, true, "later-reply", "REPLY_POSTPONED");

	private final String prefix;

	private final String title;

	private final String correctionTitle;

	private final boolean forApplicant;

	private final String template;

	private final String announcedBy;

	NoticeKind(String prefix, String title, String correctionTitle, boolean forApplicant, String template,
			String announcedBy) {
		this.prefix = prefix;
		this.title = title;
		this.correctionTitle = correctionTitle;
		this.forApplicant = forApplicant;
		this.template = template;
		this.announcedBy = announcedBy;
	}

	/** The number's prefix, e.g. 补. */
	public String prefix() {
		return prefix;
	}

	/** The letter's title. */
	public String title() {
		return title;
	}

	/**
	 * The letter's title for a request of the given kind: a correction request (art. 41) gets its own title
	 * where the notice applies to it at all.
	 * @throws IllegalArgumentException if a correction request cannot receive this notice
	 */
	public String titleFor(RequestKind request) {
		if (request != RequestKind.CORRECTION) {
			return title;
		}
		if (correctionTitle == null) {
			throw new IllegalArgumentException("a correction request (art. 41) gets no " + this);
		}
		return correctionTitle;
	}

	/** Whether the applicant receives (and may download) it; a consultation letter goes to the third party. */
	public boolean forApplicant() {
		return forApplicant;
	}

	/** The name of the template that words the letter, under the portal's {@code templates/letters/}. */
	public String template() {
		return template;
	}

	/** The notice whose number the mail for a request-log event quotes, if that mail announces one. */
	public static Optional<NoticeKind> announcedBy(String eventType) {
		return Arrays.stream(values()).filter(kind -> kind.announcedBy != null && kind.announcedBy.equals(eventType))
			.findFirst();
	}

	String sequence() {
		return "notice-" + name().toLowerCase(Locale.ROOT);
	}
}
