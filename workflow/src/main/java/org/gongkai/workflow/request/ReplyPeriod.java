package org.gongkai.workflow.request;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.gongkai.workflow.InvalidValue;

/**
 * The reply clock's state (答复期限, arts. 33–35): the due date and whether the calendar behind it is still
 * provisional, the one extension, and the pauses that do not count. Every change returns a new period; the
 * working-day arithmetic is the caller's ({@code WorkingDayCalendar}), the process's timers are
 * {@link ReplyClock}'s.
 */
@Embeddable
public class ReplyPeriod {

	@Column(name = "reply_due_on")
	private LocalDate dueOn;

	@Column(name = "reply_due_provisional")
	private boolean dueProvisional;

	@Column(name = "original_due_on")
	private LocalDate originalDueOn;

	@Column(name = "extension_working_days")
	private int extensionWorkingDays;

	@Column(name = "extension_reason")
	private String extensionReason;

	@Column(name = "paused_since")
	private LocalDate pausedSince;

	@Column(name = "paused_working_days")
	private int pausedWorkingDays;

	/** A clock not started: no due date, never extended or paused. */
	ReplyPeriod() {
	}

	private ReplyPeriod(ReplyPeriod other) {
		this.dueOn = other.dueOn;
		this.dueProvisional = other.dueProvisional;
		this.originalDueOn = other.originalDueOn;
		this.extensionWorkingDays = other.extensionWorkingDays;
		this.extensionReason = other.extensionReason;
		this.pausedSince = other.pausedSince;
		this.pausedWorkingDays = other.pausedWorkingDays;
	}

	/**
	 * The clock runs to {@code dueOn}: started on receipt, restarted on a supplement, or computed again when
	 * the calendar changed.
	 */
	ReplyPeriod dueOn(LocalDate dueOn, boolean provisional) {
		var next = new ReplyPeriod(this);
		next.dueOn = dueOn;
		next.dueProvisional = provisional;
		return next;
	}

	/**
	 * Art. 33 ¶2: extended once, to {@code newDueOn}; the due date is provisional if either calendar was.
	 * @throws InvalidValue {@code extension} when the period was extended already
	 */
	ReplyPeriod extended(int workingDays, LocalDate newDueOn, boolean provisional, String reason) {
		if (isExtended()) {
			throw new InvalidValue("extension", "request.extension.once");
		}
		var next = new ReplyPeriod(this);
		next.extensionWorkingDays = workingDays;
		next.originalDueOn = dueOn;
		next.dueOn = newDueOn;
		next.dueProvisional = dueProvisional || provisional;
		next.extensionReason = reason;
		return next;
	}

	/** The clock stops from {@code since} (consultation, a fee notice, asking for reasons); null when it runs on. */
	ReplyPeriod pausedSince(LocalDate since) {
		var next = new ReplyPeriod(this);
		next.pausedSince = since;
		return next;
	}

	/**
	 * The clock runs again: the pause's working days count towards the pauses, the due date moved by them.
	 * @param pausedDays working days in the pause, computed by the caller from the calendar
	 */
	ReplyPeriod resumed(int pausedDays, LocalDate newDueOn) {
		var next = new ReplyPeriod(this);
		next.pausedWorkingDays += pausedDays;
		next.pausedSince = null;
		next.dueOn = newDueOn;
		return next;
	}

	/** The case closed while the clock stood still: the pause ends without moving the due date. */
	ReplyPeriod pauseEnded() {
		return pausedSince(null);
	}

	/**
	 * Art. 35: the reply comes by a later day the agency set, which the calendar never moves.
	 * @throws InvalidValue {@code laterDueOn} unless {@code later} is after the current due date
	 */
	ReplyPeriod postponedTo(LocalDate later) {
		if (later == null || !later.isAfter(dueOn)) {
			throw new InvalidValue("laterDueOn", "request.laterDueOn.afterDue", dueOn);
		}
		var next = new ReplyPeriod(this);
		next.dueOn = later;
		next.dueProvisional = false;
		return next;
	}

	/** The last day of the reply period; null before receipt. */
	public LocalDate getDueOn() {
		return dueOn;
	}

	/** Whether the due date rests on a year whose holidays are not yet published. */
	public boolean isDueProvisional() {
		return dueProvisional;
	}

	/** The due date before the extension; null unless extended. */
	public LocalDate getOriginalDueOn() {
		return originalDueOn;
	}

	public boolean isExtended() {
		return originalDueOn != null;
	}

	public int getExtensionWorkingDays() {
		return extensionWorkingDays;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	/** The day the clock stopped; null while it runs. */
	public LocalDate getPausedSince() {
		return pausedSince;
	}

	public boolean isPaused() {
		return pausedSince != null;
	}

	/** Working days of the pauses that ended, which do not count towards the period. */
	public int getPausedWorkingDays() {
		return pausedWorkingDays;
	}
}
