package org.gongkai.workflow.consultation;

import java.util.List;

/**
 * One group of the 意见采纳情况反馈 as the agency writes it.
 *
 * @param commentIds the accepted comments of the group
 */
public record CommentGroupDetails(String summary, AdoptionOutcome outcome, String reason, List<Long> commentIds) {
}
