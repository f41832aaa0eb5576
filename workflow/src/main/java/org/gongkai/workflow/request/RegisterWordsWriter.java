package org.gongkai.workflow.request;

import jakarta.persistence.PostPersist;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a new request's {@link RegisterWords} in the transaction that stores it, whichever way it was
 * filed (online, registered by the office, imported): one multi-row statement on the transaction's own
 * connection, right after the request's insert has given it its id. (Mapped as a collection of the
 * entity, Hibernate wrote them one statement each: some thirty more round trips per submission.)
 * Name and title never change, so neither do the words.
 */
@Component
class RegisterWordsWriter {

	private final JdbcTemplate jdbc;

	RegisterWordsWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@PostPersist
	void written(DisclosureRequest request) {
		var words = RegisterWords.of(request.getApplicant().getApplicantName(), request.getTitle());
		if (!words.isEmpty()) {
			jdbc.update(RegisterWords.insert(words.size()), RegisterWords.values(request.getId(), words));
		}
	}
}
