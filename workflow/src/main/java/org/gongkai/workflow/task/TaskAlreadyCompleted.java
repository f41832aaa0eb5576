package org.gongkai.workflow.task;

/** The task was completed (or its case moved on) before this action reached it: someone else won. */
public class TaskAlreadyCompleted extends RuntimeException {

	public TaskAlreadyCompleted(String taskId) {
		super("Task " + taskId + " has already been completed by someone else");
	}
}
