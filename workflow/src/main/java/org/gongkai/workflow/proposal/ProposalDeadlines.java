package org.gongkai.workflow.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.workflow.calendar.WorkingDayCalendar;

/** The dates of a case from the ⚙ settings: due dates, the warning day, and the instants the timers fire. */
public class ProposalDeadlines {

	private final ProposalProperties properties;

	private final WorkingDayCalendar calendar;

	ProposalDeadlines(ProposalProperties properties, WorkingDayCalendar calendar) {
		this.properties = properties;
		this.calendar = calendar;
	}

	/** The reply's due date: ⚙ months after assignment. */
	public LocalDate replyDue(LocalDate assignedOn) {
		return assignedOn.plusMonths(properties.replyMonths());
	}

	/** 再办理's due date: ⚙ months from today. */
	public LocalDate reworkDue(LocalDate today) {
		return today.plusMonths(properties.reworkMonths());
	}

	public LocalDate assistDue(LocalDate assignedOn) {
		return calendar.addWorkingDays(assignedOn, properties.assistDays()).due();
	}

	/** The moment a date is over: the start of the next day. */
	public Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(properties.zone()).toInstant();
	}

	/** When the office is warned: the start of the day ⚙ working days before the due date. */
	public Instant warningAt(LocalDate dueOn) {
		return calendar.addWorkingDays(dueOn, -properties.warningDays()).due().atStartOfDay(properties.zone()).toInstant();
	}
}
