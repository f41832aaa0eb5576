package org.gongkai.workflow.information;

/** Where an item is in its flow (SPEC §5); the outcome of the general office's edit is part of it. */
public enum ReportStatus {
	DRAFTING, UNIT_REVIEW, SUBMITTED, NOT_ADOPTED, ADOPTED, MERGED, FORWARDED_UP, UPPER_ADOPTED, UPPER_NOT_ADOPTED
}
