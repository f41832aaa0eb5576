package org.gongkai.workflow.emergency;

/** Names shared by {@code bpmn/emergency-information.bpmn}, its delegates and callers. */
public final class EmergencyInformationProcess {

	public static final String KEY = "EmergencyInformationProcess";

	/** Correlated for every report of the chain, with {@link #REPORT_KIND}, {@link #FOLLOW_UP_REQUIRED} and {@link #NEXT_REPORT_DUE_AT}. */
	public static final String MESSAGE_REPORT_FILED = "EmergencyReportFiled";

	public static final String EVENT_ID = "eventId";

	public static final String UNIT_CODE = "unitCode";

	/** Whether the event was filed with its 初报. */
	public static final String FIRST_REPORTED = "firstReported";

	/** When the office is alerted that no 初报 has come. */
	public static final String FIRST_REPORT_DUE_AT = "firstReportDueAt";

	/** Whether the next report is due by a time ({@link #NEXT_REPORT_DUE_AT}). */
	public static final String FOLLOW_UP_REQUIRED = "followUpRequired";

	public static final String NEXT_REPORT_DUE_AT = "nextReportDueAt";

	/** The {@link SituationReportKind} name of the report just filed. */
	public static final String REPORT_KIND = "reportKind";

	/** Task_ChaseFirstReport: true records 漏报 and ends the event. */
	public static final String MISSED = "missed";

	public static final String COMMENT = "comment";

	public static final String TASK_CHASE_FIRST_REPORT = "Task_ChaseFirstReport";

	public static final String TASK_CHASE_FOLLOW_UP = "Task_ChaseFollowUp";

	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeEvent";

	private EmergencyInformationProcess() {
	}
}
