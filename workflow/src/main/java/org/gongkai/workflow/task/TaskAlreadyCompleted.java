package org.gongkai.workflow.task;

import org.gongkai.workflow.Refusal;

/** The task was completed (or its case moved on) before this action reached it: someone else won. */
public class TaskAlreadyCompleted extends RuntimeException implements Refusal {

	public TaskAlreadyCompleted(String taskId) {
		super("Task " + taskId + " has already been completed by someone else");
	}

	@Override
	public String messageKey() {
		return "fact.task.alreadyCompleted";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
