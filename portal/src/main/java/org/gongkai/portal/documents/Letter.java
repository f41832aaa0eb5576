package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The text of a letter in the parts GB/T 9704 lays out: title, number, addressee (主送), body
 * paragraphs, signature (署名), date and a note (附注).
 *
 * @param note printed in brackets under the date, or {@code null}
 */
record Letter(String title, String documentNumber, String addressee, List<String> paragraphs, String signatory,
		LocalDate date, String note) {

	Letter {
		paragraphs = List.copyOf(paragraphs);
	}
}
