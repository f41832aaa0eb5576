package org.gongkai.workflow.letter;

/**
 * Where a letter is (not what was decided, nor who may see it): waiting for the office, declined, with the
 * department, its extension or reply under review, replied, being rectified after a poor rating, closed.
 */
public enum LetterStatus {
	SUBMITTED, DECLINED, FORWARDED, EXTENSION_REQUESTED, IN_REVIEW, REPLIED, RECTIFYING, CLOSED
}
