package org.gongkai.workflow.task;

import org.gongkai.workflow.Refusal;

/** No task with this id ever existed. */
public class TaskNotFound extends RuntimeException implements Refusal {

	private final String taskId;

	public TaskNotFound(String taskId) {
		super("Task " + taskId + " does not exist");
		this.taskId = taskId;
	}

	@Override
	public String messageKey() {
		return "fact.task.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { taskId };
	}
}
