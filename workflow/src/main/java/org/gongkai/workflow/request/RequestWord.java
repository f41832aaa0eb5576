package org.gongkai.workflow.request;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One of a request's {@link RegisterWords} as the register queries them: {@code request_word} read by word,
 * so that a search reads the postings of its words. Written only through the request
 * ({@link DisclosureRequest}'s words); this view never changes them.
 */
@Entity
@Immutable
@Table(name = "request_word")
@IdClass(RequestWord.Key.class)
public class RequestWord {

	@Id
	@Column(name = "word")
	private String word;

	@Id
	@Column(name = "request_id")
	private Long requestId;

	protected RequestWord() {
	}

	/** The composite key: a word and the request it belongs to. */
	public static class Key implements Serializable {

		private String word;

		private Long requestId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(word, key.word) && Objects.equals(requestId, key.requestId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(word, requestId);
		}
	}
}
