package org.gongkai.workflow.information;

import org.gongkai.workflow.Refusal;

/** The step does not fit where the item is (e.g. instructing an item that was never adopted). */
public class ReportNotInExpectedState extends RuntimeException implements Refusal {

	private final Long id;

	private final ReportStatus status;

	public ReportNotInExpectedState(Long id, ReportStatus status, String step) {
		super("Information report " + id + " is " + status + ", cannot " + step);
		this.id = id;
		this.status = status;
	}

	@Override
	public String messageKey() {
		return "fact.report.wrongState";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id), String.valueOf(status) };
	}
}
