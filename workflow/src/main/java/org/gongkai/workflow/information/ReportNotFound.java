package org.gongkai.workflow.information;

import org.gongkai.workflow.Refusal;

/** No such 政务信息 item. */
public class ReportNotFound extends RuntimeException implements Refusal {

	private final transient Object id;

	public ReportNotFound(Object id) {
		super("Information report " + id + " not found");
		this.id = id;
	}

	@Override
	public String messageKey() {
		return "fact.report.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id) };
	}
}
