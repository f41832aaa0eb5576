package org.gongkai.workflow.request;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the secrecy review (保密审查) of a reply is approved, records its approval of each reply file it
 * named, and refuses the approval (rolling the completion back) if a file of the reply is not among them.
 * Fed by Camunda's Spring eventing bridge inside the completing transaction, like {@link RecordReviewApproval}.
 */
@Component
class ApproveReplyFiles {

	private final ProvideReplyFiles files;

	ApproveReplyFiles(ProvideReplyFiles files) {
		this.files = files;
	}

	@EventListener
	void taskEvent(DelegateTask task) {
		if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
				|| !DisclosureRequestProcess.TASK_SECRECY_REVIEW.equals(task.getTaskDefinitionKey())
				|| task.getProcessDefinitionId() == null
				|| !task.getProcessDefinitionId().startsWith(DisclosureRequestProcess.KEY + ":")
				|| !Boolean.TRUE.equals(task.getVariable("approved"))
				|| !(task.getVariable(DisclosureRequestProcess.REQUEST_ID) instanceof Number requestId)) {
			return;
		}
		var value = task.getVariable(SecrecyReview.APPROVED_FILES);
		var ids = value == null ? java.util.List.<Long>of()
				: Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty())
					.map(Long::valueOf).toList();
		files.approveBySecrecy(requestId.longValue(), ids, actor(task));
	}

	private static String actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee() == null ? "system" : task.getAssignee();
	}
}
