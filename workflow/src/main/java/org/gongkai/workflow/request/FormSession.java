package org.gongkai.workflow.request;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One visit to the online application form that showed "already published?" suggestions, counted for the
 * statistics: shown, clicked, and whether a request was filed from it. Carries no personal data.
 */
@Entity
@Table(name = "request_form_session")
public class FormSession {

	@Id
	private String id;

	private Instant suggestionsShownAt;

	private int shownCount;

	private int clickCount;

	private Instant filedAt;

	protected FormSession() {
	}

	FormSession(String id, Instant now) {
		this.id = id;
		this.suggestionsShownAt = now;
	}

	void shown() {
		shownCount++;
	}

	void clicked() {
		clickCount++;
	}

	void filed(Instant now) {
		if (filedAt == null) {
			filedAt = now;
		}
	}

	public String getId() {
		return id;
	}

	public Instant getSuggestionsShownAt() {
		return suggestionsShownAt;
	}

	public int getShownCount() {
		return shownCount;
	}

	public int getClickCount() {
		return clickCount;
	}

	public Instant getFiledAt() {
		return filedAt;
	}
}
