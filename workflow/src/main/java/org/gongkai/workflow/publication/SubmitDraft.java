package org.gongkai.workflow.publication;

import java.util.Map;

import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The author sends a draft (or a returned item) to review by completing its preparation task. */
@Service
public class SubmitDraft {

	private final CatalogueItems items;

	private final TaskInbox inbox;

	SubmitDraft(CatalogueItems items, TaskInbox inbox) {
		this.items = items;
		this.inbox = inbox;
	}

	@Transactional
	public void submit(Long itemId, Staff staff) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		var task = inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))
			.stream()
			.filter(t -> CataloguePublicationProcess.TASK_PREPARE_DRAFT.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new ItemNotInExpectedState(itemId, item.getStatus(), "submitted"));
		inbox.complete(task.id(), staff, Map.of());
	}
}
