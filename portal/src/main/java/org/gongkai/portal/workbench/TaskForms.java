package org.gongkai.portal.workbench;

import java.util.Arrays;
import java.util.stream.Stream;

import org.gongkai.workflow.task.Review;
import org.springframework.stereotype.Component;

/**
 * What the decision form of a task asks for besides its actions, from the task's command
 * ({@link TaskCommands}), for the templates ({@code ${@taskForms.comment(task.taskKey())}}).
 */
@Component("taskForms")
public class TaskForms {

	/**
	 * The opinion field the task takes: {@code return} where the task can return the case (the opinion is
	 * then required), {@code optional} where its command takes a comment, {@code none} where it takes none.
	 */
	public String comment(String taskKey) {
		var type = TaskCommands.typeOf(taskKey);
		if (Review.class.equals(type)) {
			return "return";
		}
		var choice = TaskCommands.choiceOf(type);
		var types = choice == null ? Stream.<Class<?>>of(type) : choice.values().values().stream();
		return types.anyMatch(TaskForms::hasComment) ? "optional" : "none";
	}

	private static boolean hasComment(Class<?> type) {
		return type.isRecord()
				&& Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getName().equals("comment"));
	}
}
