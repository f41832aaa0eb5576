package org.gongkai.workflow.annual;

/** A published annual report is final: it is neither edited nor published again. */
public class AnnualReportAlreadyPublished extends RuntimeException {

	public AnnualReportAlreadyPublished(int year, String agency) {
		super("The annual report " + year + " of " + agency + " is already published");
	}
}
