package org.gongkai.workflow.consultation;

import org.gongkai.workflow.Refusal;

/** The step does not fit where the consultation is (a comment after it closed, feedback before it closed). */
public class ConsultationNotInExpectedState extends RuntimeException implements Refusal {

	private final Long id;

	private final ConsultationStatus status;

	public ConsultationNotInExpectedState(Long id, ConsultationStatus status, String step) {
		super("Consultation " + id + " is " + status + ", cannot " + step);
		this.id = id;
		this.status = status;
	}

	@Override
	public String messageKey() {
		return "fact.consultation.wrongState";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id), String.valueOf(status) };
	}
}
