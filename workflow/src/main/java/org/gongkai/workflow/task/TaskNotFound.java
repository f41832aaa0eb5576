package org.gongkai.workflow.task;

/** No task with this id ever existed. */
public class TaskNotFound extends RuntimeException {

	public TaskNotFound(String taskId) {
		super("Task " + taskId + " does not exist");
	}
}
