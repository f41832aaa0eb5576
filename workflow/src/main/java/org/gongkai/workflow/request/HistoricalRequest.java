package org.gongkai.workflow.request;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.request.identity.IdType;

/**
 * One finished case of the agency's previous system, as an import file gives it (see
 * {@link ImportHistoricalRequests}).
 *
 * @param legacyNo the case's number in the previous system, kept as its receipt number; importing the
 *     same number again is skipped
 * @param kind {@code DISCLOSURE} (default) or {@code CORRECTION}
 * @param idNumber 身份证号 or 统一社会信用代码, checked like an application's
 * @param description the information asked for; the title if empty
 * @param departmentCode the department that handled it
 * @param dueOn the reply due date the case had (extensions included); without it the case counts as
 *     answered in time
 * @param finishedOn the day it was replied to (or closed, or withdrawn), not before {@code receivedOn}
 *     and not in the future
 * @param replyType the outcome of a disclosure request, or {@code OTHER} (withdrawn) and
 *     {@code ABANDONED_*} (closed) for either kind
 * @param replyReasons the withholding reasons of {@code WITHHOLD} and {@code PARTIAL}
 * @param correctionOutcome the outcome of an answered correction request
 * @param competentAgency with {@code FORWARDED} or {@code NOT_COMPETENT}: the agency that may correct
 * @param remedyKind a 行政复议, 行政诉讼 or 投诉 against the case (表四), if any; one per case
 * @param remedyFiledOn the day it was filed (accepted)
 * @param remedyAuthority the 复议机关 or court, if known
 * @param remedyOutcome its result once decided ({@code MAINTAINED}, {@code CORRECTED}, {@code OTHER}); empty while
 *     pending, to be recorded here later
 * @param remedyDecidedOn the day it was decided, with its outcome
 * @param idType the identity document of {@code idNumber}; empty: 居民身份证 for a person, 统一社会信用代码
 *     for an organisation
 */
public record HistoricalRequest(String legacyNo, RequestKind kind, ApplicantType applicantType, String applicantName,
		String idNumber, String phone, String title, String description, String departmentCode, LocalDate receivedOn,
		LocalDate dueOn, LocalDate finishedOn, ReplyType replyType, List<WithholdingReason> replyReasons,
		CorrectionOutcome correctionOutcome, String competentAgency, RemedyKind remedyKind, LocalDate remedyFiledOn,
		String remedyAuthority, RemedyOutcome remedyOutcome, LocalDate remedyDecidedOn, IdType idType) {

	/** A case whose applicant named the applicant type's default identity document. */
	public HistoricalRequest(String legacyNo, RequestKind kind, ApplicantType applicantType, String applicantName,
			String idNumber, String phone, String title, String description, String departmentCode,
			LocalDate receivedOn, LocalDate dueOn, LocalDate finishedOn, ReplyType replyType,
			List<WithholdingReason> replyReasons, CorrectionOutcome correctionOutcome, String competentAgency,
			RemedyKind remedyKind, LocalDate remedyFiledOn, String remedyAuthority, RemedyOutcome remedyOutcome,
			LocalDate remedyDecidedOn) {
		this(legacyNo, kind, applicantType, applicantName, idNumber, phone, title, description, departmentCode,
				receivedOn, dueOn, finishedOn, replyType, replyReasons, correctionOutcome, competentAgency, remedyKind,
				remedyFiledOn, remedyAuthority, remedyOutcome, remedyDecidedOn, null);
	}
}
