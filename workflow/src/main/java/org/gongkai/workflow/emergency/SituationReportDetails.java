package org.gongkai.workflow.emergency;

/**
 * One report of the chain as the unit gives it: which link, by which channel, the text and the
 * casualties known so far (死亡, 受伤, 失踪; empty if not known), and its author and phone (the event's
 * contact if left empty), and the event's grade as the unit now assesses it (null keeps the grade: an
 * event found graver or less grave than first reported is re-graded with the report, 续报 above all).
 */
public record SituationReportDetails(SituationReportKind kind, SituationReportChannel channel, String content, Integer deaths,
		Integer injured, Integer missing, String author, String phone, EmergencySeverity severity) {
}
