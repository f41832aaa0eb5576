package org.gongkai.workflow.annual;

import java.util.List;

import org.gongkai.workflow.Refusal;

/** A check of SPEC §3 failed: the report cannot be published until every named cell is right. */
public class AnnualReportNotPublishable extends RuntimeException implements Refusal {

	private final transient List<CheckFailure> failures;

	public AnnualReportNotPublishable(int year, String agency, List<CheckFailure> failures) {
		super("Annual report " + year + " of " + agency + " fails " + failures.size() + " check(s): "
				+ failures.stream().map(CheckFailure::cell).toList());
		this.failures = List.copyOf(failures);
	}

	public List<CheckFailure> failures() {
		return failures;
	}

	@Override
	public String messageKey() {
		return "fact.annual.notPublishable";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
