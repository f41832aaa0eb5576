package org.gongkai.portal.emergency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.portal.report.ReportView;
import org.gongkai.workflow.emergency.EmergencyDeadlines;
import org.gongkai.workflow.emergency.EmergencyEvent;
import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.EmergencyStatus;
import org.gongkai.workflow.emergency.SituationReport;
import org.gongkai.workflow.emergency.SituationReportChannel;
import org.gongkai.workflow.emergency.SituationReportKind;
import org.gongkai.workflow.scoring.ScoreFact;
import org.gongkai.workflow.task.TaskView;

/**
 * An emergency event as the API and its page show it: the facts, where its report chain is, what is
 * due next and the minutes left (negative when overdue), the lateness flags (迟报, 初报超时, 漏报, 瞒报),
 * the chain with each report's due time, the deductions with their evidence, the log and open tasks.
 */
public record EmergencyView(Long id, String name, String unitCode, EmergencySeverity severity, String grade,
		EmergencyStatus status, Instant occurredAt, Instant learnedAt, Instant clockStart, String location,
		String summary, String author, String phone, Instant firstReportPhoneDueAt, Instant firstReportWrittenDueAt,
		Instant nextReportDueAt, Instant dueAt, Long minutesLeft, boolean late, boolean firstReportOverdue,
		boolean missed, boolean concealed, String concealmentReason, Instant createdAt, Instant closedAt,
		String closedBy, List<Report> reports, List<Deduction> deductions, List<ReportView.Event> events,
		List<TaskView> openTasks) {

	/** One report of the chain, with the event's grade as of that report (null on reports from before grades were kept). */
	public record Report(int seq, SituationReportKind kind, SituationReportChannel channel, String content, Integer deaths,
			Integer injured, Integer missing, String author, String phone, String submittedBy, Instant submittedAt,
			Instant dueAt, boolean late, EmergencySeverity severity) {

		static Report of(SituationReport r) {
			return new Report(r.getSeq(), r.getKind(), r.getChannel(), r.getContent(), r.getDeaths(), r.getInjured(),
					r.getMissing(), r.getAuthor(), r.getPhone(), r.getSubmittedBy(), r.getSubmittedAt(), r.getDueAt(),
					r.isLate(), r.getSeverity());
		}
	}

	/** A deduction recorded against the event's unit (the points come from the rule in force on its date). */
	public record Deduction(Long factId, String channel, LocalDate on, String evidence) {

		static Deduction of(ScoreFact f) {
			return new Deduction(f.getId(), f.getChannel(), f.getOccurredOn(), f.getEvidence());
		}
	}

	/** The event's list row. */
	public record Summary(Long id, String name, String unitCode, EmergencySeverity severity, String grade,
			EmergencyStatus status, Instant occurredAt, int reports, Instant dueAt, Long minutesLeft, boolean late,
			boolean firstReportOverdue, boolean missed, boolean concealed) {

		static Summary of(EmergencyEvent e, Instant now) {
			return new Summary(e.getId(), e.getName(), e.getUnitCode(), e.getSeverity(), e.getSeverity().grade(),
					e.getStatus(), e.getOccurredAt(), e.getReportCount(), e.currentDueAt(),
					EmergencyView.minutesLeft(e.currentDueAt(), now), e.isLate(), e.isFirstReportOverdue(), e.isMissed(),
					e.isConcealed());
		}
	}

	static EmergencyView of(EmergencyEvent e, EmergencyDeadlines deadlines, Instant now, List<SituationReport> chain,
			List<ScoreFact> deductions, List<ReportView.Event> events, List<TaskView> openTasks) {
		return new EmergencyView(e.getId(), e.getName(), e.getUnitCode(), e.getSeverity(), e.getSeverity().grade(),
				e.getStatus(), e.getOccurredAt(), e.getLearnedAt(), e.clockStart(), e.getLocation(), e.getSummary(),
				e.getAuthor(), e.getPhone(), deadlines.firstReportDue(e.getSeverity(), SituationReportChannel.PHONE, e.clockStart()),
				deadlines.firstReportDue(e.getSeverity(), SituationReportChannel.WRITTEN, e.clockStart()), e.getNextReportDueAt(),
				e.currentDueAt(), minutesLeft(e.currentDueAt(), now), e.isLate(), e.isFirstReportOverdue(), e.isMissed(),
				e.isConcealed(), e.getConcealmentReason(), e.getCreatedAt(), e.getClosedAt(), e.getClosedBy(),
				chain.stream().map(Report::of).toList(), deductions.stream().map(Deduction::of).toList(), events,
				openTasks);
	}

	/** Whole minutes until the due time, rounded down (so −1 once it has passed); null if nothing is due by a time. */
	static Long minutesLeft(Instant due, Instant now) {
		return due == null ? null : Math.floorDiv(Duration.between(now, due).getSeconds(), 60);
	}
}
