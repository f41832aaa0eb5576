package org.gongkai.workflow.publication;

/** Where a catalogue item is in its life (not what was decided about it, nor who may see it). */
public enum ItemStatus {
	DRAFT, IN_REVIEW, RETURNED, PUBLISHED, WITHDRAWN
}
