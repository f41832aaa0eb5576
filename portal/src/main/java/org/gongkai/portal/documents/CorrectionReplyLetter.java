package org.gongkai.portal.documents;

import java.util.Objects;

import org.gongkai.workflow.request.CorrectionOutcome;

/**
 * 政府信息更正申请答复告知书: the reply to a correction request (art. 41). The letter quotes the record
 * and the correction sought, gives the standard wording of its {@link CorrectionOutcome} citing art. 41,
 * and ends with the same remedy paragraph as a {@link ReplyLetter}.
 *
 * @param outcome how the request is answered
 * @param record the record the applicant says is inaccurate
 * @param inaccuracy what is inaccurate about it and the evidence given; optional
 * @param correctionSought what the applicant says the record should read
 * @param competentAgency the agency that may correct the record: required for outcomes that
 *        {@linkplain CorrectionOutcome#namesAgency() name one}, and only there
 * @param note what was corrected (CORRECTED) or why not (REFUSED), both required; for the other outcomes
 *        an optional further sentence
 * @param reviewAuthority the 行政复议机关 named in the remedy paragraph, if given
 */
public record CorrectionReplyLetter(Issuer issuer, RequestDetails request, CorrectionOutcome outcome, String record,
		String inaccuracy, String correctionSought, String competentAgency, String note, String reviewAuthority)
		implements Notice {

	public static final String TITLE = "政府信息更正申请答复告知书";

	public CorrectionReplyLetter {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(request, "request");
		if (!request.isCorrection()) {
			throw new IllegalArgumentException("a request for information is answered with a ReplyLetter");
		}
		Objects.requireNonNull(outcome, "outcome");
		Notices.requireText(record, "record");
		inaccuracy = Notices.blankToNull(inaccuracy);
		Notices.requireText(correctionSought, "correctionSought");
		competentAgency = Notices.blankToNull(competentAgency);
		if (outcome.namesAgency() && competentAgency == null) {
			throw new IllegalArgumentException(outcome + " names the agency that may correct the record");
		}
		if (!outcome.namesAgency() && competentAgency != null) {
			throw new IllegalArgumentException(outcome + " names no agency");
		}
		note = Notices.blankToNull(note);
		if (outcome.needsNote() && note == null) {
			throw new IllegalArgumentException(outcome == CorrectionOutcome.CORRECTED
					? "CORRECTED needs a note saying what was corrected" : outcome + " needs a note giving the reasons");
		}
		reviewAuthority = Notices.blankToNull(reviewAuthority);
	}

	/** The reply with the given outcome, agency and note, and no review authority. */
	public static CorrectionReplyLetter of(Issuer issuer, RequestDetails request, String record, String inaccuracy,
			String correctionSought, CorrectionOutcome outcome, String competentAgency, String note) {
		return new CorrectionReplyLetter(issuer, request, outcome, record, inaccuracy, correctionSought,
				competentAgency, note, null);
	}

	public CorrectionReplyLetter withReviewAuthority(String reviewAuthority) {
		return new CorrectionReplyLetter(issuer, request, outcome, record, inaccuracy, correctionSought,
				competentAgency, note, reviewAuthority);
	}

	@Override
	public String title() {
		return TITLE;
	}

	@Override
	public String template() {
		return "correction-reply";
	}
}
