package org.gongkai.workflow.request;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The 补正 notice of art. 30: what the applicant is asked to supplement, and by when. A request gets one
 * at most.
 */
@Embeddable
public class Supplement {

	@Column(name = "supplement_requested")
	private boolean requested;

	@Column(name = "supplement_note")
	private String note;

	@Column(name = "supplement_due_on")
	private LocalDate dueOn;

	/** None asked for. */
	Supplement() {
	}

	private Supplement(String note, LocalDate dueOn) {
		this.requested = true;
		this.note = note;
		this.dueOn = dueOn;
	}

	/**
	 * The one supplement notice.
	 * @param requestId the request's id, for the refusal
	 * @throws SupplementAlreadyRequested when the request had its notice already
	 */
	Supplement requested(Long requestId, String note, LocalDate dueOn) {
		if (requested) {
			throw new SupplementAlreadyRequested(requestId);
		}
		return new Supplement(note, dueOn);
	}

	public boolean isRequested() {
		return requested;
	}

	/** What to supplement. */
	public String getNote() {
		return note;
	}

	/** The last day for the supplement. */
	public LocalDate getDueOn() {
		return dueOn;
	}
}
