package org.gongkai.workflow.information;

/** No such 政务信息 item. */
public class ReportNotFound extends RuntimeException {

	public ReportNotFound(Object id) {
		super("Information report " + id + " not found");
	}
}
