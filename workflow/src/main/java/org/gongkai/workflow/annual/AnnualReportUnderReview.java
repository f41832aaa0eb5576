package org.gongkai.workflow.annual;

import org.gongkai.workflow.Refusal;

/** A report submitted for publication is frozen until its review approves or returns it. */
public class AnnualReportUnderReview extends RuntimeException implements Refusal {

	private final int year;

	private final String agency;

	public AnnualReportUnderReview(int year, String agency) {
		super("The annual report " + year + " of " + agency + " is under review and cannot be changed");
		this.year = year;
		this.agency = agency;
	}

	public int year() {
		return year;
	}

	public String agency() {
		return agency;
	}

	@Override
	public String messageKey() {
		return "fact.annual.underReview";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
