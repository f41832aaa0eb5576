package org.gongkai.workflow.annual;

/** The agency of a report is neither the government nor one of its departments. */
public class UnknownAgency extends RuntimeException {

	public UnknownAgency(String agency) {
		super("Unknown agency: " + agency);
	}
}
