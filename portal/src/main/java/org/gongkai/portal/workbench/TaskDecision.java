package org.gongkai.portal.workbench;

import jakarta.validation.constraints.Size;

/**
 * The outcome of a review task.
 *
 * @param approved {@code true} to approve, {@code false} to return for revision; not needed for tasks
 * without a decision
 * @param comment the reviewer's opinion (审核意见), required when returning
 */
public record TaskDecision(Boolean approved, @Size(max = 2000) String comment) {

	/** Variables the process reads; a return without a reason is refused. */
	java.util.Map<String, Object> variables() {
		var variables = new java.util.HashMap<String, Object>();
		if (approved != null) {
			if (!approved && (comment == null || comment.isBlank())) {
				throw new IllegalArgumentException("comment: 退回时须填写退回理由");
			}
			variables.put("approved", approved);
		}
		if (comment != null && !comment.isBlank()) {
			variables.put("comment", comment.strip());
		}
		return variables;
	}

	static TaskDecision none() {
		return new TaskDecision(null, null);
	}

}
