package org.gongkai.workflow.task;

import org.gongkai.workflow.Refusal;

/** The task is open but neither assigned to this user nor offered to one of their groups. */
public class TaskNotYours extends RuntimeException implements Refusal {

	public TaskNotYours(String taskId, String userId) {
		super("Task " + taskId + " is not assigned or offered to " + userId);
	}

	@Override
	public String messageKey() {
		return "fact.task.notYours";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
