package org.gongkai.workflow.request;

import java.time.Clock;
import java.util.regex.Pattern;

import org.gongkai.workflow.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what the application form's "already published?" suggestions did: a visit (a random form-session
 * id the page carries) showed suggestions, the applicant clicked one, or filed a request. A visit that
 * showed suggestions and filed nothing within {@link #ABANDONED_AFTER_HOURS} hours counts as left without filing.
 */
@Service
public class RecordFormSuggestions {

	/** Hours after the first suggestion without a filed request after which the visit counts as abandoned. */
	public static final int ABANDONED_AFTER_HOURS = 24;

	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final FormSessions sessions;

	private final Clock clock;

	RecordFormSuggestions(FormSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Whether the text is a form-session id as the form page hands them out (a lower-case UUID). */
	public static boolean isSessionId(String id) {
		return id != null && SESSION_ID.matcher(id).matches();
	}

	/** The form showed suggestions (again). */
	@Transactional
	public void shown(String sessionId) {
		session(sessionId).shown();
	}

	/** The applicant followed one of the suggestions. */
	@Transactional
	public void clicked(String sessionId) {
		session(sessionId).clicked();
	}

	/** A request was filed from the visit; a visit that never showed suggestions is not recorded. */
	@Transactional
	public void filed(String sessionId) {
		if (isSessionId(sessionId)) {
			sessions.findById(sessionId).ifPresent(session -> session.filed(clock.instant()));
		}
	}

	private FormSession session(String sessionId) {
		if (!isSessionId(sessionId)) {
			throw new InvalidValue("formSession", "request.formSession.invalid");
		}
		return sessions.findById(sessionId).orElseGet(() -> sessions.save(new FormSession(sessionId, clock.instant())));
	}
}
