package org.gongkai.workflow.publication;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The author sends a draft (or a returned item) to review by completing its preparation task. */
@Service
public class SubmitDraft {

	private final CatalogueItems items;

	private final TaskInbox inbox;

	private final TaskService tasks;

	SubmitDraft(CatalogueItems items, TaskInbox inbox, TaskService tasks) {
		this.items = items;
		this.inbox = inbox;
		this.tasks = tasks;
	}

	@Transactional
	public void submit(Long itemId, Staff staff) {
		inbox.complete(prepareTask(itemId).id(), staff, Map.of());
	}

	/**
	 * Submits on behalf of someone the caller has already authorised (the office submitting its annual
	 * report, whoever drafted the item first): the preparation task is handed to them and completed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void submitAs(Long itemId, String actor) {
		var task = prepareTask(itemId);
		tasks.setAssignee(task.id(), actor);
		inbox.complete(task.id(), new Staff(actor, Set.of(), null), Map.of());
	}

	private TaskView prepareTask(Long itemId) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		return inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))
			.stream()
			.filter(t -> CataloguePublicationProcess.TASK_PREPARE_DRAFT.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new ItemNotInExpectedState(itemId, item.getStatus(), "submitted"));
	}
}
