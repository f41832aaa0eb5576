package org.gongkai.workflow.task;

import java.time.Instant;

/** One open task as shown in an inbox. */
public record TaskView(String id, String name, String taskKey, String processKey, String caseId, String assignee,
		Instant created, Instant due) {
}
