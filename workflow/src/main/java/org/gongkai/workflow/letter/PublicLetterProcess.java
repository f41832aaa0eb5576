package org.gongkai.workflow.letter;

import java.util.Map;

import org.gongkai.workflow.task.TaskCommand;

/** Names shared by {@code bpmn/public-letter.bpmn}, its delegates and callers. */
public final class PublicLetterProcess {

	public static final String KEY = "PublicLetterProcess";

	/**
	 * The command type of each of the process's user tasks, by task definition key; the workbench binds a
	 * task's form or JSON body to it. Task keys are global across processes, so each is named for this process.
	 */
	public static final Map<String, Class<? extends TaskCommand>> COMMANDS = Map.of();

	private PublicLetterProcess() {
	}
}
