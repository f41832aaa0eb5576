package org.gongkai.workflow.emergency;

/** How an emergency report reached the office: by phone (电话报告) or in writing (书面报告). */
public enum SituationReportChannel {
	PHONE, WRITTEN
}
