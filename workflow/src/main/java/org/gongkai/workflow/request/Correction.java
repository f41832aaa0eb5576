package org.gongkai.workflow.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.gongkai.workflow.InvalidValue;

/**
 * A request to correct a record about oneself (更正, art. 41): what the applicant says the record should read,
 * and how the agency answers, naming the agency that may correct it where that is another. Empty for a
 * disclosure request.
 */
@Embeddable
public class Correction {

	@Column(name = "correction_sought")
	private String sought;

	@Enumerated(EnumType.STRING)
	@Column(name = "correction_outcome")
	private CorrectionOutcome outcome;

	@Column(name = "competent_agency")
	private String competentAgency;

	/** No correction sought (a disclosure request). */
	Correction() {
	}

	private Correction(String sought, CorrectionOutcome outcome, String competentAgency) {
		this.sought = sought;
		this.outcome = outcome;
		this.competentAgency = competentAgency;
	}

	/** The applicant asks for the record to read {@code sought}. */
	static Correction sought(String sought) {
		return new Correction(sought, null, null);
	}

	/** An outcome carried over from the previous system as it was recorded there; the agency only where it names one. */
	static Correction recorded(CorrectionOutcome outcome, String competentAgency) {
		return new Correction(null, outcome,
				outcome != null && outcome.namesAgency() ? competentAgency.strip() : null);
	}

	/**
	 * The handler's proposed answer: forwarding or referring names the agency that may correct the record,
	 * correcting says what was corrected ({@code note}), refusing says why.
	 * @throws InvalidValue {@code correctionOutcome}, {@code competentAgency} or {@code replyNote} for what is missing
	 */
	Correction answered(CorrectionOutcome outcome, String agency, String note) {
		if (outcome == null) {
			throw new InvalidValue("correctionOutcome", "request.correctionOutcome.required");
		}
		if (outcome.namesAgency() && isBlank(agency)) {
			throw new InvalidValue("competentAgency", "request.competentAgency.required");
		}
		if (outcome.needsNote() && isBlank(note)) {
			throw new InvalidValue("replyNote", outcome == CorrectionOutcome.CORRECTED
					? "request.correction.note.corrected" : "request.correction.note.refused");
		}
		return new Correction(sought, outcome, outcome.namesAgency() ? agency.strip() : null);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** What the applicant says the record should read. */
	public String getSought() {
		return sought;
	}

	/** The (proposed) answer; null until the handler gave one. */
	public CorrectionOutcome getOutcome() {
		return outcome;
	}

	/** The agency that may correct the record, where the outcome names one. */
	public String getCompetentAgency() {
		return competentAgency;
	}
}
