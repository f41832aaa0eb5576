package org.gongkai.workflow.request;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends each approval of a request's reviews (部门负责人审核, 保密审查, 签发, 延期审批) to its event log, with
 * the reviewer and the review's name, so the timeline shows who approved what; a return is logged by its
 * own step. Fed by Camunda's Spring eventing bridge, inside the completing transaction. The opinion is
 * not copied: {@code comment} is a process variable, and a reviewer who writes none would be shown the
 * previous reviewer's.
 *
 * @see <a href="https://docs.camunda.org/manual/latest/user-guide/spring-boot-integration/the-spring-event-bridge/">Spring Eventing Bridge</a>
 */
@Component
class RecordReviewApproval {

	static final Set<String> REVIEWS = Set.of(DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW,
			DisclosureRequestProcess.TASK_SECRECY_REVIEW, DisclosureRequestProcess.TASK_SIGN_OFF,
			DisclosureRequestProcess.TASK_APPROVE_EXTENSION);

	private final RequestLog log;

	RecordReviewApproval(RequestLog log) {
		this.log = log;
	}

	@EventListener
	void taskEvent(DelegateTask task) {
		if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) || !REVIEWS.contains(task.getTaskDefinitionKey())
				|| task.getProcessDefinitionId() == null
				|| !task.getProcessDefinitionId().startsWith(DisclosureRequestProcess.KEY + ":")
				|| !Boolean.TRUE.equals(task.getVariable("approved"))
				|| !(task.getVariable(DisclosureRequestProcess.REQUEST_ID) instanceof Number requestId)) {
			return;
		}
		log.log(requestId.longValue(), "REVIEW_APPROVED", actor(task), task.getName());
	}

	private static String actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee() == null ? "system" : task.getAssignee();
	}
}
