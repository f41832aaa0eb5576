package org.gongkai.workflow.task;

/** The task is open but neither assigned to this user nor offered to one of their groups. */
public class TaskNotYours extends RuntimeException {

	public TaskNotYours(String taskId, String userId) {
		super("Task " + taskId + " is not assigned or offered to " + userId);
	}
}
