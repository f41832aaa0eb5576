package org.gongkai.portal.workbench;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One member of staff's dismissal or snooze of a workbench reminder (or of a whole group of them): a
 * dismissal holds while the reminder keeps the state it was dismissed in, a snooze until a time.
 */
@Entity
public class ReminderMute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userName;

	private String reminderKey;

	private String state;

	private Instant mutedUntil;

	private Instant createdAt;

	protected ReminderMute() {
	}

	ReminderMute(String userName, String reminderKey) {
		this.userName = userName;
		this.reminderKey = reminderKey;
	}

	void dismiss(String state, Instant now) {
		this.state = state;
		this.mutedUntil = null;
		this.createdAt = now;
	}

	void snooze(Instant until, Instant now) {
		this.state = null;
		this.mutedUntil = until;
		this.createdAt = now;
	}

	/** Whether the reminder in the given state is hidden at the given time. */
	boolean hides(String currentState, Instant now) {
		return mutedUntil != null ? now.isBefore(mutedUntil) : state != null && state.equals(currentState);
	}

	public String getReminderKey() {
		return reminderKey;
	}

	public String getState() {
		return state;
	}

	public Instant getMutedUntil() {
		return mutedUntil;
	}
}
