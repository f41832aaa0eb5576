package org.gongkai.workflow.annual;

import org.gongkai.workflow.Refusal;

/** The agency of a report is neither the government nor one of its departments. */
public class UnknownAgency extends RuntimeException implements Refusal {

	private final String agency;

	public UnknownAgency(String agency) {
		super("Unknown agency: " + agency);
		this.agency = agency;
	}

	@Override
	public String messageKey() {
		return "fact.annual.unknownAgency";
	}

	@Override
	public Object[] args() {
		return new Object[] { agency };
	}
}
