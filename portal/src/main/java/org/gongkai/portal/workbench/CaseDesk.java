package org.gongkai.portal.workbench;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.task.TaskView;

/**
 * A kind of case whose own staff page carries its tasks' forms (意见征集, 政民互动, 建议提案办理). The
 * workbench sends a task of the desk's processes to that page, returns there after the task is completed
 * and after it is claimed or released. The forms post to {@code /workbench/tasks/{id}} as every task form
 * does, and are bound to the command the process lists for the task.
 */
public interface CaseDesk {

	/** Whether the task belongs to one of this desk's processes. */
	boolean handles(String processKey);

	/** The staff page of the task's case for this user, e.g. {@code /workbench/letters/12}; null if they may not see it. */
	String casePage(TaskView task, CurrentUser user);
}
