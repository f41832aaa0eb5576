package org.gongkai.portal.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.gongkai.portal.documents.AgencyConsultationLetter;
import org.gongkai.portal.documents.CorrectionReplyLetter;
import org.gongkai.portal.documents.DocumentFormat;
import org.gongkai.portal.documents.ExtensionNotice;
import org.gongkai.portal.documents.LaterReplyNotice;
import org.gongkai.portal.documents.ReasonsRequestNotice;
import org.gongkai.portal.documents.FeeNotice;
import org.gongkai.portal.documents.Issuer;
import org.gongkai.portal.documents.Notice;
import org.gongkai.portal.documents.NoticeRenderer;
import org.gongkai.portal.documents.ReceiptNotice;
import org.gongkai.portal.documents.ReplyLetter;
import org.gongkai.portal.documents.RequestDetails;
import org.gongkai.portal.documents.SupplementNotice;
import org.gongkai.portal.documents.ThirdPartyConsultationLetter;
import org.gongkai.portal.documents.ThirdPartyDecisionNotice;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.ReceivingAgencies;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.request.RequestNotice;
import org.gongkai.workflow.request.RequestNotices;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.WithholdingReason;
import org.springframework.stereotype.Component;

/**
 * The letters of a request as PDF or OFD, rendered from the request's recorded state and its recorded
 * notices, so the same request always gives the same letter on every node, and its PDF and OFD the same
 * text: both come from the same composed letter at request time, nothing is stored at issue time.
 */
@Component
public class RequestDocuments {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final NoticeRenderer renderer;

	private final AgencyProperties agency;

	private final RequestNotices notices;

	private final RequestProperties requestProperties;

	private final ReceivingAgencies receivingAgencies;

	private final org.gongkai.workflow.request.ReplyFiles replyFiles;

	RequestDocuments(NoticeRenderer renderer, AgencyProperties agency, RequestNotices notices,
			RequestProperties requestProperties, ReceivingAgencies receivingAgencies,
			org.gongkai.workflow.request.ReplyFiles replyFiles) {
		this.replyFiles = replyFiles;
		this.requestProperties = requestProperties;
		this.receivingAgencies = receivingAgencies;
		this.renderer = renderer;
		this.agency = agency;
		this.notices = notices;
	}
	/** A case imported from the previous system has its documents there; none is produced here. */
	private static void requireHandledHere(DisclosureRequest request) {
		if (request.getImportedAt() != null) {
			throw new RequestNotInExpectedState(request.getId(), request.getStatus(),
					"given documents: it was imported from the previous system, which holds its documents");
		}
	}


	/** 受理回执 without the 查询码, for a handling department. */
	public byte[] receipt(DisclosureRequest request) {
		return receipt(request, false);
	}

	/**
	 * 受理回执: exists once receipt was confirmed. It points to the lookup that needs no account, at the configured
	 * public address; on paper the address alone, since the number is printed beside it. It names the 受理机关 the
	 * applicant chose, if any.
	 *
	 * @param withQueryCode whether to print the 查询码: for the applicant, and the office that hands the receipt over
	 */
	public byte[] receipt(DisclosureRequest request, boolean withQueryCode) {
		return receipt(request, withQueryCode, DocumentFormat.PDF);
	}

	/** The 受理回执 in the given format; see {@link #receipt(DisclosureRequest, boolean)}. */
	public byte[] receipt(DisclosureRequest request, boolean withQueryCode, DocumentFormat format) {
		requireHandledHere(request);
		if (request.getReceiptNo() == null) {
			throw new RequestNotInExpectedState(request.getId(), request.getStatus(),
					"given a receipt before receipt is confirmed");
		}
		var issuer = new Issuer(agency.name(), request.getReceiptNo(), request.getReceivedOn());
		// the 受理机关 the applicant chose, by its name today; none chosen (or no longer known): not named
		var receivingAgency = receivingAgencies.find(request.getAgencyCode())
			.map(ReceivingAgencies.Agency::name)
			.orElse(null);
		return renderer.render(new ReceiptNotice(issuer, details(request), request.getReplyDueOn(),
				agency.publicUrl() + "/requests/lookup", withQueryCode ? request.getQueryCode() : null, receivingAgency),
				format);
	}

	/** 答复告知书, or 更正申请答复告知书 for a correction request: exists once the reply was issued. */
	public byte[] replyLetter(DisclosureRequest request) {
		return replyLetter(request, DocumentFormat.PDF);
	}

	/** The reply letter in the given format; see {@link #replyLetter(DisclosureRequest)}. */
	public byte[] replyLetter(DisclosureRequest request, DocumentFormat format) {
		requireHandledHere(request);
		if (!request.isReplied()) {
			throw new RequestNotInExpectedState(request.getId(), request.getStatus(),
					"given a reply letter before the reply");
		}
		var issuer = new Issuer(agency.name(), request.getReplyLetterNo(),
				LocalDate.ofInstant(request.getRepliedAt(), CHINA));
		if (request.isCorrection()) {
			return renderer.render(CorrectionReplyLetter.of(issuer, details(request), request.getTitle(),
					request.getDescription(), request.getCorrectionSought(), request.getCorrectionOutcome(),
					request.getCompetentAgency(), request.getReplyNote()), format);
		}
		var type = request.getReplyType();
		var letter = ReplyLetter.of(issuer, details(request), type);
		if (type.needsReason()) {
			letter = letter.withReasons(request.getReplyReasonList().toArray(WithholdingReason[]::new));
		}
		var note = request.getReplyNote();
		if (type == ReplyType.ALREADY_PUBLIC || type == ReplyType.ADMIN_QUERY || type == ReplyType.PETITION
				|| type == ReplyType.PUBLICATION) {
			letter = letter.withGuidance(note);
		}
		else {
			letter = letter.withExplanation(note);
		}
		if (type == ReplyType.DISCLOSE || type == ReplyType.PARTIAL) {
			letter = letter.withDelivery(request.getDeliveryForm(), request.getDeliveryMethod())
				.withEnclosures(enclosures(request));
		}
		return renderer.render(letter, format);
	}

	/** The reply files as the letter lists them: files by name and pages, catalogue items by title, 索引号 and address. */
	private java.util.List<ReplyLetter.Enclosure> enclosures(DisclosureRequest request) {
		return replyFiles.findByRequestIdOrderByIdAsc(request.getId())
			.stream()
			.map(f -> f.isUpload() ? new ReplyLetter.Enclosure(f.getFileName(), f.getServedPageCount(), null, null)
					: new ReplyLetter.Enclosure(f.getFileName(), null, f.getItemIndexNo(),
							agency.publicUrl() + "/catalogue/items/" + f.getItemId()))
			.toList();
	}

	/** A numbered notice of any {@link NoticeKind}, as recorded when it was issued. */
	public byte[] notice(DisclosureRequest request, RequestNotice notice) {
		return notice(request, notice, DocumentFormat.PDF);
	}

	/** The recorded notice in the given format. */
	public byte[] notice(DisclosureRequest request, RequestNotice notice, DocumentFormat format) {
		return renderer.render(compose(request, notice), format);
	}

	/** What the recorded notice's letter says; the switch names every kind, so a new one is mapped here. */
	private Notice compose(DisclosureRequest request, RequestNotice notice) {
		var issuer = new Issuer(agency.name(), notice.getNoticeNo(), notice.getIssuedOn());
		var details = details(request);
		return switch (notice.getKind()) {
			case SUPPLEMENT -> new SupplementNotice(issuer, details,
					Arrays.stream(notice.getContent().split("\\R")).map(String::strip).toList(), notice.getDueOn());
			case EXTENSION -> new ExtensionNotice(issuer, details, notice.getPreviousDueOn(), notice.getDueOn(),
					notice.getContent());
			case CONSULTATION -> new ThirdPartyConsultationLetter(issuer, details, notice.getAddressee(),
					notice.getContent(), notice.getDueOn());
			case FEE -> new FeeNotice(issuer, details, FeeNotice.Method.valueOf(notice.getFeeMethod()),
					notice.getFeeQuantity(), notice.getFeeAmount(), agency.feePayment(), true);
			case AGENCY_CONSULTATION -> new AgencyConsultationLetter(issuer, details, notice.getAddressee(),
					notice.getContent(), notice.getDueOn());
			case THIRD_PARTY_DECISION -> new ThirdPartyDecisionNotice(issuer, details, notice.getAddressee(),
					notice.getContent(), notice.getReason(), consultationAnswered(notice));
			// ⚙ whether the clock stops is a setting, so the letter says what the setting says
			case REASONS_REQUESTED -> new ReasonsRequestNotice(issuer, details, notice.getContent(), notice.getDueOn(),
					requestProperties.reasonsPauseClock());
			case LATER_REPLY -> new LaterReplyNotice(issuer, details, notice.getPreviousDueOn(), notice.getDueOn(),
					notice.getContent());
		};
	}

	/** The number of the last 第三方意见征询函 to the same third party before the decision notice. */
	private String consultationAnswered(RequestNotice decision) {
		return notices.findByRequestIdOrderByIdAsc(decision.getRequestId())
			.stream()
			.filter(n -> n.getKind() == NoticeKind.CONSULTATION && n.getId() < decision.getId()
					&& n.getAddressee().equals(decision.getAddressee()))
			.reduce((first, second) -> second)
			.map(RequestNotice::getNoticeNo)
			.orElse(null);
	}

	private static RequestDetails details(DisclosureRequest request) {
		return new RequestDetails(request.getApplicant().getApplicantName(), request.getReceiptNo(),
				request.getReceivedOn(), request.getTitle() + "：" + request.getDescription(), request.getKind());
	}
}
