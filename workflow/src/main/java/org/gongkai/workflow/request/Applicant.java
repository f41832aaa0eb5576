package org.gongkai.workflow.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.gongkai.workflow.crypto.EncryptedString;
import org.gongkai.workflow.request.identity.IdType;

/**
 * Who asked (art. 29): a natural person with a resident identity number, or an organisation with a
 * 统一社会信用代码. The number is encrypted at rest; lists show only {@link #getIdNumberMasked()}.
 */
@Embeddable
public class Applicant {

	@Enumerated(EnumType.STRING)
	private ApplicantType applicantType;

	private String applicantName;

	@Enumerated(EnumType.STRING)
	@Column(name = "id_type")
	private IdType idType;

	@Convert(converter = EncryptedString.class)
	private String idNumber;

	private String idNumberMasked;

	private String legalRepresentative;

	private String contactPerson;

	private String phone;

	private String email;

	private String address;

	private String postcode;

	@Column(name = "accessibility_needs")
	private boolean accessibilityNeeds;

	protected Applicant() {
	}

	/** An applicant who names the applicant type's default document ({@link IdType#defaultFor}). */
	public Applicant(ApplicantType applicantType, String applicantName, String idNumber, String legalRepresentative,
			String contactPerson, String phone, String email, String address, String postcode,
			boolean accessibilityNeeds) {
		this(applicantType, applicantName, null, idNumber, legalRepresentative, contactPerson, phone, email, address,
				postcode, accessibilityNeeds);
	}

	/** @param idType the identity document; null for the applicant type's default */
	public Applicant(ApplicantType applicantType, String applicantName, IdType idType, String idNumber,
			String legalRepresentative, String contactPerson, String phone, String email, String address,
			String postcode, boolean accessibilityNeeds) {
		this.applicantType = applicantType;
		this.idType = idType != null ? idType
				: applicantType == null ? null : IdType.defaultFor(applicantType.isOrganisation());
		this.applicantName = applicantName;
		this.idNumber = idNumber;
		this.idNumberMasked = mask(idNumber);
		this.legalRepresentative = legalRepresentative;
		this.contactPerson = contactPerson;
		this.phone = phone;
		this.email = email;
		this.address = address;
		this.postcode = postcode;
		this.accessibilityNeeds = accessibilityNeeds;
	}

	/** Keeps the first four and last four characters, e.g. {@code 1101**********1234}. */
	static String mask(String number) {
		if (number == null || number.length() <= 8) {
			return "********";
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public String getApplicantName() {
		return applicantName;
	}

	/** The identity document the number belongs to (证件类型). */
	public IdType getIdType() {
		if (idType == null && applicantType != null) {
			return IdType.defaultFor(applicantType.isOrganisation());
		}
		return idType;
	}

	/** The clear identity number: only for handlers who need it (decrypted on read). */
	public String getIdNumber() {
		return idNumber;
	}

	public String getIdNumberMasked() {
		return idNumberMasked;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getAddress() {
		return address;
	}

	public String getPostcode() {
		return postcode;
	}

	public boolean isAccessibilityNeeds() {
		return accessibilityNeeds;
	}
}
