package org.gongkai.workflow.request;

/** A remedy's outcome is recorded once; another decision for it was sent. */
public class RemedyAlreadyDecided extends RuntimeException {

	private final Long remedyId;

	public RemedyAlreadyDecided(Long remedyId) {
		super("Remedy " + remedyId + " already has its outcome");
		this.remedyId = remedyId;
	}

	public Long remedyId() {
		return remedyId;
	}
}
