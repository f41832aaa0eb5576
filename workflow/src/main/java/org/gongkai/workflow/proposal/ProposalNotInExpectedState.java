package org.gongkai.workflow.proposal;

import org.gongkai.workflow.InvalidValue;

/** The case is not at the step this action belongs to (e.g. a satisfaction recorded before the reply was sent). */
public class ProposalNotInExpectedState extends InvalidValue {

	public ProposalNotInExpectedState(Long id, ProposalStatus status, String action) {
		super("status", "proposal.notInExpectedState", String.valueOf(id), String.valueOf(status), action);
	}
}
