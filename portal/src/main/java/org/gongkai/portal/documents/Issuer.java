package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who issues a notice and under which number.
 *
 * @param agency the issuing agency as signed under the letter, e.g. 某某市人民政府办公室
 * @param documentNumber the notice's number as allocated by the caller, e.g. 某政公开〔2026〕第0012号
 * @param issuedOn the date of issue printed under the signature
 * @param contact an optional note printed under the date, e.g. 联系人：王五，联系电话：010-12345678
 */
public record Issuer(String agency, String documentNumber, LocalDate issuedOn, String contact) {

	public Issuer {
		Notices.requireText(agency, "agency");
		Notices.requireText(documentNumber, "documentNumber");
		Objects.requireNonNull(issuedOn, "issuedOn");
		contact = Notices.blankToNull(contact);
	}

	public Issuer(String agency, String documentNumber, LocalDate issuedOn) {
		this(agency, documentNumber, issuedOn, null);
	}
}
