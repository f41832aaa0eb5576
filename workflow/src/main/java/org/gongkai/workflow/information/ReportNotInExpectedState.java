package org.gongkai.workflow.information;

/** The step does not fit where the item is (e.g. instructing an item that was never adopted). */
public class ReportNotInExpectedState extends RuntimeException {

	public ReportNotInExpectedState(Long id, ReportStatus status, String step) {
		super("Information report " + id + " is " + status + ", cannot " + step);
	}
}
