package org.gongkai.workflow.task;

import org.gongkai.workflow.Refusal;

/**
 * A task was completed without a value its process needs to go on (e.g. {@code approved} on a
 * review): nothing was completed, the caller must send the decision again with the value.
 */
public class DecisionIncomplete extends RuntimeException implements Refusal {

	private final String variable;

	public DecisionIncomplete(String taskId, String variable, Throwable cause) {
		super("Task " + taskId + " needs '" + variable + "' to be completed", cause);
		this.variable = variable;
	}

	/** The name of the missing value, as the process names it. */
	public String variable() {
		return this.variable;
	}

	@Override
	public String messageKey() {
		return "fact.task.decisionIncomplete";
	}

	@Override
	public Object[] args() {
		return new Object[] { variable };
	}
}
