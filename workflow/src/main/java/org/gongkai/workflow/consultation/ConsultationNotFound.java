package org.gongkai.workflow.consultation;

import org.gongkai.workflow.Refusal;

/** No consultation has the id, or the caller may not see it. */
public class ConsultationNotFound extends RuntimeException implements Refusal {

	private final Long id;

	public ConsultationNotFound(Long id) {
		super("No consultation " + id);
		this.id = id;
	}

	@Override
	public String messageKey() {
		return "fact.consultation.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id) };
	}
}
