package org.gongkai.portal.documents;

import java.util.List;
import java.util.Objects;

import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;

/**
 * 政府信息公开申请答复告知书: the reply to a request (arts. 35–39, SPEC §2.4). The letter gives the
 * standard wording of its {@link ReplyType} with the article it rests on, the handler's own paragraphs,
 * and ends with the remedy paragraph. Start with {@link #of} and add what the type needs:
 *
 * <pre>{@code
 * ReplyLetter.of(issuer, request, ReplyType.WITHHOLD)
 *     .withReasons(WithholdingReason.PROCESS_INFORMATION)
 *     .withExplanation("该信息系……的内部讨论记录");
 * }</pre>
 *
 * @param type how the request is answered
 * @param reasons the exemptions relied on; required for {@link ReplyType#needsReason()} types, and only there
 * @param explanation the handler's explanation of the reasons (or, for NOT_RESPONSIBLE, why another agency
 *        is responsible); optional
 * @param paragraphs further paragraphs written by the handler, printed after the standard wording
 * @param responsibleAgency for NOT_RESPONSIBLE: the agency responsible for the information, if known
 * @param guidance where and how to obtain the information: required for ALREADY_PUBLIC; for ADMIN_QUERY,
 *        PETITION and PUBLICATION the proper channel, if given
 * @param delivery for DISCLOSE and PARTIAL: the form and way the information is provided; without it the
 *        letter says the information is enclosed
 * @param reviewAuthority the 行政复议机关 named in the remedy paragraph, if given
 * @param enclosures for DISCLOSE and PARTIAL: the information provided with the letter, listed as 附件
 */
public record ReplyLetter(Issuer issuer, RequestDetails request, ReplyType type, List<WithholdingReason> reasons,
		String explanation, List<String> paragraphs, ResponsibleAgency responsibleAgency, String guidance,
		Delivery delivery, String reviewAuthority, List<Enclosure> enclosures) implements Notice {

	public static final String TITLE = "政府信息公开申请答复告知书";

	/** The agency that is responsible for disclosing the information (art. 36(五)). */
	public record ResponsibleAgency(String name, String contact) {

		public ResponsibleAgency {
			Notices.requireText(name, "name");
			contact = Notices.blankToNull(contact);
		}
	}

	/** How the disclosed information reaches the applicant (art. 40). */
	public record Delivery(DeliveryForm form, DeliveryMethod method) {

		public Delivery {
			Objects.requireNonNull(form, "form");
			Objects.requireNonNull(method, "method");
		}
	}

	public ReplyLetter {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "disclosure reply; it is answered with a CorrectionReplyLetter");
		Objects.requireNonNull(type, "type");
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		if (!reasons.isEmpty() && !type.needsReason()) {
			throw new IllegalArgumentException(type + " takes no withholding reasons");
		}
		explanation = Notices.blankToNull(explanation);
		paragraphs = Notices.texts(paragraphs);
		if (responsibleAgency != null && type != ReplyType.NOT_RESPONSIBLE) {
			throw new IllegalArgumentException("only a NOT_RESPONSIBLE reply names a responsible agency");
		}
		guidance = Notices.blankToNull(guidance);
		if (delivery != null && type != ReplyType.DISCLOSE && type != ReplyType.PARTIAL) {
			throw new IllegalArgumentException("only DISCLOSE and PARTIAL replies deliver information");
		}
		reviewAuthority = Notices.blankToNull(reviewAuthority);
		enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
		if (!enclosures.isEmpty() && type != ReplyType.DISCLOSE && type != ReplyType.PARTIAL) {
			throw new IllegalArgumentException("only DISCLOSE and PARTIAL replies enclose information");
		}
	}

	/**
	 * One piece of information provided with the reply (附件): a file with its page count, or a catalogue item
	 * by its title, 索引号 and address.
	 */
	public record Enclosure(String name, Integer pages, String indexNo, String url) {

		public Enclosure {
			Notices.requireText(name, "name");
			indexNo = Notices.blankToNull(indexNo);
			url = Notices.blankToNull(url);
		}
	}

	/** The information provided with the reply, listed at its end. */
	public ReplyLetter withEnclosures(List<Enclosure> enclosures) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs, responsibleAgency, guidance,
				delivery, reviewAuthority, enclosures);
	}

	/** A reply of the given type with nothing else yet. */
	public static ReplyLetter of(Issuer issuer, RequestDetails request, ReplyType type) {
		return new ReplyLetter(issuer, request, type, null, null, null, null, null, null, null, null);
	}

	public ReplyLetter withReasons(WithholdingReason... reasons) {
		return new ReplyLetter(issuer, request, type, List.of(reasons), explanation, paragraphs, responsibleAgency,
				guidance, delivery, reviewAuthority, enclosures);
	}

	public ReplyLetter withExplanation(String explanation) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs, responsibleAgency, guidance,
				delivery, reviewAuthority, enclosures);
	}

	public ReplyLetter withParagraphs(String... paragraphs) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, List.of(paragraphs), responsibleAgency,
				guidance, delivery, reviewAuthority, enclosures);
	}

	public ReplyLetter withResponsibleAgency(String name, String contact) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs,
				new ResponsibleAgency(name, contact), guidance, delivery, reviewAuthority, enclosures);
	}

	public ReplyLetter withGuidance(String guidance) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs, responsibleAgency, guidance,
				delivery, reviewAuthority, enclosures);
	}

	public ReplyLetter withDelivery(DeliveryForm form, DeliveryMethod method) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs, responsibleAgency, guidance,
				new Delivery(form, method), reviewAuthority, enclosures);
	}

	public ReplyLetter withReviewAuthority(String reviewAuthority) {
		return new ReplyLetter(issuer, request, type, reasons, explanation, paragraphs, responsibleAgency, guidance,
				delivery, reviewAuthority, enclosures);
	}

	/**
	 * Whether the reply refuses disclosure in the sense of art. 23 ¶1 (四) of the Administrative
	 * Reconsideration Law (2023 revision, in force 2024-01-01), so that reconsideration must come before
	 * a lawsuit (复议前置). We count the replies that the annual report counts as 不予公开 or 部分公开:
	 * WITHHOLD, PARTIAL (for the part withheld) and ADMIN_QUERY (表三 （三）8). Replies that cannot
	 * provide (无法提供), do not process (不予处理) or close the request otherwise keep the choice
	 * between reconsideration and a lawsuit.
	 */
	public boolean refusesDisclosure() {
		return type == ReplyType.WITHHOLD || type == ReplyType.PARTIAL || type == ReplyType.ADMIN_QUERY;
	}

	/** What its type needs beyond what the constructor checks, since the letter is built step by step. */
	@Override
	public void requireComplete() {
		if (type.needsReason() && reasons.isEmpty()) {
			throw new IllegalArgumentException(type + " reply needs at least one withholding reason");
		}
		if (type == ReplyType.ALREADY_PUBLIC && guidance == null) {
			throw new IllegalArgumentException("ALREADY_PUBLIC reply needs guidance: where and how to obtain the information");
		}
		if (type == ReplyType.OTHER && explanation == null && paragraphs.isEmpty()) {
			throw new IllegalArgumentException("OTHER reply needs an explanation or paragraphs saying what was done");
		}
	}

	@Override
	public String title() {
		return TITLE;
	}

	@Override
	public String template() {
		return "reply";
	}
}
