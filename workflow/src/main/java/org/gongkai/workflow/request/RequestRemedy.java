package org.gongkai.workflow.request;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.gongkai.workflow.InvalidValue;

/** A 行政复议, 行政诉讼 or 投诉 recorded against a request, pending until its outcome is known. */
@Entity
public class RequestRemedy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long requestId;

	@Enumerated(EnumType.STRING)
	private RemedyKind kind;

	private LocalDate filedOn;

	private String authority;

	@Enumerated(EnumType.STRING)
	private RemedyOutcome outcome;

	private LocalDate decidedOn;

	private String note;

	private String recordedBy;

	/** The columns of {@code request_remedy} ({@code V7}). */
	public static final int AUTHORITY_MAX = 200;

	public static final int NOTE_MAX = 2000;

	static void max(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidValue(field, "text.tooLong", max);
		}
	}

	protected RequestRemedy() {
	}

	RequestRemedy(Long requestId, RemedyKind kind, LocalDate filedOn, String authority, String note,
			String recordedBy) {
		this.requestId = requestId;
		this.kind = kind;
		this.filedOn = filedOn;
		this.authority = authority;
		this.note = note;
		this.recordedBy = recordedBy;
		this.outcome = RemedyOutcome.PENDING;
	}

	/**
	 * @throws RemedyAlreadyDecided if the outcome was recorded before
	 * @throws InvalidValue without an outcome or its day, for a day before the filing, or an overlong note
	 */
	void decide(RemedyOutcome outcome, LocalDate decidedOn, String note) {
		if (this.outcome != RemedyOutcome.PENDING) {
			throw new RemedyAlreadyDecided(id);
		}
		if (outcome == null || outcome == RemedyOutcome.PENDING) {
			throw new InvalidValue("outcome", "remedy.outcome.required");
		}
		if (decidedOn == null || decidedOn.isBefore(filedOn)) {
			throw new InvalidValue("decidedOn", "remedy.decidedOn.window", filedOn);
		}
		max("note", note, NOTE_MAX);
		this.outcome = outcome;
		this.decidedOn = decidedOn;
		if (note != null && !note.isBlank()) {
			this.note = note.strip();
		}
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public RemedyKind getKind() {
		return kind;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public String getAuthority() {
		return authority;
	}

	public RemedyOutcome getOutcome() {
		return outcome;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
