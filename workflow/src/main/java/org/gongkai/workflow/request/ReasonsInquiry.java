package org.gongkai.workflow.request;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.gongkai.workflow.InvalidValue;

/**
 * Art. 35: the applicant of a clearly unreasonable number or frequency of requests is asked, once, to explain
 * the reasons by a day; when they are reasonable but the statutory period is not enough, the agency sets a
 * later reply date. Empty unless asked.
 */
@Embeddable
public class ReasonsInquiry {

	@Column(name = "reasons_due_on")
	private LocalDate dueOn;

	@Column(name = "later_due_on")
	private LocalDate laterDueOn;

	/** Not asked. */
	ReasonsInquiry() {
	}

	private ReasonsInquiry(LocalDate dueOn, LocalDate laterDueOn) {
		this.dueOn = dueOn;
		this.laterDueOn = laterDueOn;
	}

	/**
	 * The applicant is asked to explain the reasons by {@code dueOn}.
	 * @throws InvalidValue {@code decision} when they were asked already
	 */
	ReasonsInquiry asked(LocalDate dueOn) {
		if (isAsked()) {
			throw new InvalidValue("decision", "request.reasons.once");
		}
		return new ReasonsInquiry(dueOn, null);
	}

	/**
	 * The reasons were reasonable: the reply comes by {@code laterDueOn}.
	 * @throws InvalidValue {@code laterDueOn} when the applicant was not asked
	 */
	ReasonsInquiry replyLater(LocalDate laterDueOn) {
		if (!isAsked()) {
			throw new InvalidValue("laterDueOn", "request.laterDueOn.notAsked");
		}
		return new ReasonsInquiry(dueOn, laterDueOn);
	}

	public boolean isAsked() {
		return dueOn != null;
	}

	/** The last day for the applicant's reasons, once asked. */
	public LocalDate getDueOn() {
		return dueOn;
	}

	/** The later reply date the agency set, if any; the calendar never moves it. */
	public LocalDate getLaterDueOn() {
		return laterDueOn;
	}
}
