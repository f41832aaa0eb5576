package org.gongkai.workflow.report;

/**
 * One report of the chain as the unit gives it: which link, by which channel, the text and the
 * casualties known so far (死亡, 受伤, 失踪; empty if not known), and its author and phone (the event's
 * contact if left empty).
 */
public record EmergencyReportDetails(EmergencyReportKind kind, ReportChannel channel, String content, Integer deaths,
		Integer injured, Integer missing, String author, String phone) {
}
