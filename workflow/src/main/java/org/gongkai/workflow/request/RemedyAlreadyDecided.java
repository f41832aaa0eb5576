package org.gongkai.workflow.request;

import org.gongkai.workflow.Refusal;

/** A remedy's outcome is recorded once; another decision for it was sent. */
public class RemedyAlreadyDecided extends RuntimeException implements Refusal {

	private final Long remedyId;

	public RemedyAlreadyDecided(Long remedyId) {
		super("Remedy " + remedyId + " already has its outcome");
		this.remedyId = remedyId;
	}

	public Long remedyId() {
		return remedyId;
	}

	@Override
	public String messageKey() {
		return "remedy.alreadyDecided";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
