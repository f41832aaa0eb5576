package org.gongkai.portal.workbench;

import java.util.List;

import org.gongkai.workflow.InvalidValue;

/** A task was sent a decision its process cannot follow (missing, or none of the task's choices); nothing was completed. */
public class ChoiceNotAllowed extends InvalidValue {

	private final String field;

	private final List<String> allowed;

	ChoiceNotAllowed(String field, List<String> allowed) {
		super(field, "task.choice.notAllowed", String.join("、", allowed));
		this.field = field;
		this.allowed = List.copyOf(allowed);
	}

	/** The field that names the decision. */
	public String field() {
		return field;
	}

	/** The values this task accepts for it. */
	public List<String> allowed() {
		return allowed;
	}
}
