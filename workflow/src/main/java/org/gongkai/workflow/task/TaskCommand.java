package org.gongkai.workflow.task;

import java.util.Map;

/**
 * What a member of staff sends to complete one user task, typed per task: each command knows the
 * process variables its BPMN reads and produces exactly those.
 */
public interface TaskCommand {

	/** The process variables the task's outgoing flows and the delegates after it read. */
	Map<String, Object> variables();
}
