package org.gongkai.workflow.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who is acting in a delegate: the user whose task completion runs it, set by {@link TaskInbox}. */
public final class Actors {

	private Actors() {
	}

	public static String current(DelegateExecution execution, String fallback) {
		var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? fallback : authentication.getUserId();
	}
}
