package org.gongkai.portal.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.RequestNotice;

/**
 * A disclosure request as its applicant (or a handler) sees it; the identity number only masked.
 *
 * @param daysLeft working days from today to the reply due date (negative when overdue), or null
 * @param visibility {@code APPLICANT_AND_STAFF}, or {@code PUBLIC} once moved into proactive disclosure (art. 44)
 * @param publicItemId the published catalogue item carrying the information, when {@code PUBLIC}
 * @param replyDelivery how the reply reached the applicant ({@code ONLINE}, {@code POST}, {@code IN_PERSON},
 *     {@code EMAIL}), once recorded
 * @param reasonsDueOn art. 35: the last day to explain the reasons for the volume or frequency of requests, once asked
 * @param laterDueOn art. 35: the later reply date the agency set, if any (then also {@code replyDueOn})
 * @param accessibilityNeeds art. 43: the applicant has reading or audio-visual impairments and staff must help
 * @param kind {@code DISCLOSURE} (art. 29) or {@code CORRECTION} (art. 41: correct a record about the applicant)
 * @param correctionSought a correction request: what the applicant says the record should read
 * @param correctionOutcome a correction request's answer: {@code CORRECTED}, {@code FORWARDED} (to the agency that
 *     may correct), {@code NOT_COMPETENT} (the applicant is told which agency may) or {@code REFUSED}
 * @param outcomeLabel the outcome in Chinese, of either kind, once decided
 * @param competentAgency with {@code FORWARDED} or {@code NOT_COMPETENT}: the agency that may correct the record
 * @param channel how the application came: {@code ONLINE}, or one the office registered ({@code IN_PERSON},
 *     {@code POST}, {@code LETTER}, {@code FAX}, {@code EMAIL}, {@code ORAL})
 * @param idType the identity document of the number ({@code RESIDENT_ID}, {@code PASSPORT}, {@code HK_MACAO_PERMIT},
 *     {@code TAIWAN_PERMIT}, {@code FOREIGN_PERMANENT_RESIDENT}, {@code CREDIT_CODE}), with its Chinese label
 * @param agencyCode the agency the applicant applied to (受理机关), with its name; null where none was chosen
 * @param queryCode the 查询码 that with the receipt number opens {@code /requests/lookup}; only for the applicant and,
 *     for an application it registered, the office; null for everyone else
 */
public record RequestView(Long id, String receiptNo, String status, String statusLabel, String applicantType,
		String applicantName, String idNumberMasked, String title, String docNumber, String description,
		String deliveryForm, String deliveryMethod, Instant submittedAt, LocalDate receivedOn, LocalDate replyDueOn,
		boolean replyDueProvisional, Integer daysLeft, String supplementNote, LocalDate supplementDueOn,
		String replyType, String replyTypeLabel, LocalDate originalDueOn, String extensionReason, boolean clockPaused,
		String feeMethod, Integer feeQuantity, BigDecimal feeAmount, LocalDate feeDueOn, LocalDate feePaidOn,
		List<Step> steps, List<Document> notices, String visibility, String visibilityLabel, Long publicItemId,
		String replyDelivery, String replyDeliveryLabel, String replyTrackingNo, LocalDate replyDeliveredOn,
		Instant archivedAt, LocalDate reasonsDueOn, LocalDate laterDueOn, boolean accessibilityNeeds, String kind,
		String kindLabel, String correctionSought, String correctionOutcome, String outcomeLabel,
		String competentAgency, String channel, String channelLabel, String idType, String idTypeLabel,
		String agencyCode, String agencyName, String queryCode) {

	/** One dated step of the request's history. */
	public record Step(Instant at, String type, String note) {
	}

	/** A numbered notice the reader may download ({@code /api/requests/{id}/notices/{noticeId}}). */
	public record Document(Long id, String kind, String title, String number, LocalDate issuedOn) {

		static Document of(RequestNotice notice) {
			return new Document(notice.getId(), notice.getKind().name(), notice.getKind().title(), notice.getNoticeNo(),
					notice.getIssuedOn());
		}
	}

	/** @param withQueryCode whether the reader may see the 查询码 ({@link RequestQueries#mayReadQueryCode}) */
	static RequestView of(DisclosureRequest r, Integer daysLeft, List<CaseEvent> events, List<RequestNotice> notices,
			String agencyName, boolean withQueryCode) {
		var applicant = r.getApplicant();
		return new RequestView(r.getId(), r.getReceiptNo(), r.getStatus().name(), r.getStatus().label(),
				applicant.getApplicantType().name(), applicant.getApplicantName(), applicant.getIdNumberMasked(),
				r.getTitle(), r.getDocNumber(), r.getDescription(), r.getDeliveryForm().name(),
				r.getDeliveryMethod().name(), r.getSubmittedAt(), r.getReceivedOn(), r.getReplyDueOn(),
				r.isReplyDueProvisional(), daysLeft, r.getSupplementNote(), r.getSupplementDueOn(),
				r.getReplyType() == null ? null : r.getReplyType().name(),
				r.getReplyType() == null ? null : r.getReplyType().label(), r.getOriginalDueOn(), r.getExtensionReason(),
				r.getPausedSince() != null, r.getFeeMethod(), r.getFeeQuantity(), r.getFeeAmount(), r.getFeeDueOn(),
				r.getFeePaidOn(), events.stream().map(e -> new Step(e.getOccurredAt(), e.getType(), e.getNote())).toList(),
				notices.stream().map(Document::of).toList(), r.getVisibility().name(), r.getVisibility().label(),
				r.getPublicItemId(), r.getReplyDelivery() == null ? null : r.getReplyDelivery().name(),
				r.getReplyDelivery() == null ? null : r.getReplyDelivery().label(), r.getReplyTrackingNo(),
				r.getReplyDeliveredOn(), r.getArchivedAt(), r.getReasonsDueOn(), r.getLaterDueOn(),
				applicant.isAccessibilityNeeds(), r.getKind().name(), r.getKind().label(), r.getCorrectionSought(),
				r.getCorrectionOutcome() == null ? null : r.getCorrectionOutcome().name(), r.getOutcomeLabel(),
				r.getCompetentAgency(), r.getChannel().name(), r.getChannel().label(),
				applicant.getIdType() == null ? null : applicant.getIdType().name(),
				applicant.getIdType() == null ? null : applicant.getIdType().label(), r.getAgencyCode(), agencyName,
				withQueryCode ? r.getQueryCode() : null);
	}
}
