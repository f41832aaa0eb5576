package org.gongkai.workflow.proposal;

import java.util.Map;

import org.gongkai.workflow.task.TaskCommand;

/** Names shared by {@code bpmn/deputy-proposal.bpmn}, its delegates and callers. */
public final class DeputyProposalProcess {

	public static final String KEY = "DeputyProposalProcess";

	/**
	 * The command type of each of the process's user tasks, by task definition key; the workbench binds a
	 * task's form or JSON body to it. Task keys are global across processes, so each is named for this process.
	 */
	public static final Map<String, Class<? extends TaskCommand>> COMMANDS = Map.of();

	private DeputyProposalProcess() {
	}
}
