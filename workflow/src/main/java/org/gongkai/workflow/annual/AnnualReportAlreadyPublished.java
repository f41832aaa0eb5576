package org.gongkai.workflow.annual;

import org.gongkai.workflow.Refusal;

/** A published annual report is final: it is neither edited nor published again. */
public class AnnualReportAlreadyPublished extends RuntimeException implements Refusal {

	public AnnualReportAlreadyPublished(int year, String agency) {
		super("The annual report " + year + " of " + agency + " is already published");
	}

	@Override
	public String messageKey() {
		return "fact.annual.published";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
