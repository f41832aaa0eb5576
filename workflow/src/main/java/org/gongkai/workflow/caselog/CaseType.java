package org.gongkai.workflow.caselog;

/** The kinds of case that keep an event log. */
public enum CaseType {
	CATALOGUE_ITEM, DISCLOSURE_REQUEST, INFORMATION_REPORT, REPORT_COMMISSION, ANNUAL_REPORT, EMERGENCY_EVENT
}
