package org.gongkai.workflow.request;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.request.identity.IdType;

/**
 * What an applicant fills in (art. 29, SPEC §2.1): who they are, how to reach them, what information
 * they want and in which form. Used by the page form and by {@code POST /api/requests}. A correction
 * request (art. 41) names the record in {@code title}, says in {@code description} what is inaccurate
 * and on what evidence, and in {@code correctionSought} what the record should read. {@code idType} names
 * the identity document ({@link IdType}; left out: 居民身份证 for a person, 统一社会信用代码 for an
 * organisation); {@code agencyCode} the agency applied to (受理机关), if the applicant chose one.
 */
@ValidIdNumber
public record ApplicationForm(
		@NotNull(message = "{request.applicantType.required}") ApplicantType applicantType,
		@NotBlank(message = "{request.applicantName.required}") @Size(max = 200, message = "{request.applicantName.size}") String applicantName,
		@NotBlank(message = "{request.idNumber.required}") String idNumber,
		@Size(max = 100) String legalRepresentative,
		@Size(max = 100) String contactPerson,
		@NotBlank(message = "{request.phone.required}") @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{request.phone.invalid}") String phone,
		@Email(message = "{request.email.invalid}") @Size(max = 200) String email,
		@Size(max = 300) String address,
		@Pattern(regexp = "^$|^\\d{6}$", message = "{request.postcode.invalid}") String postcode,
		@NotBlank(message = "{request.title.required}") @Size(max = 300, message = "{request.title.size}") String title,
		@Size(max = 100) String docNumber,
		@NotBlank(message = "{request.description.required}") @Size(max = 4000, message = "{request.description.size}") String description,
		@NotNull(message = "{request.deliveryForm.required}") DeliveryForm deliveryForm,
		@NotNull(message = "{request.deliveryMethod.required}") DeliveryMethod deliveryMethod,
		boolean accessibilityNeeds,
		RequestKind kind,
		@Size(max = 2000, message = "{request.correctionSought.size}") String correctionSought,
		IdType idType,
		@Size(max = 40) String agencyCode) {

	/** An application that names neither the identity document (the applicant's default) nor the agency. */
	public ApplicationForm(ApplicantType applicantType, String applicantName, String idNumber,
			String legalRepresentative, String contactPerson, String phone, String email, String address,
			String postcode, String title, String docNumber, String description, DeliveryForm deliveryForm,
			DeliveryMethod deliveryMethod, boolean accessibilityNeeds, RequestKind kind, String correctionSought) {
		this(applicantType, applicantName, idNumber, legalRepresentative, contactPerson, phone, email, address,
				postcode, title, docNumber, description, deliveryForm, deliveryMethod, accessibilityNeeds, kind,
				correctionSought, null, null);
	}

	/** The identity document named, or the applicant's default; null while the applicant type is unknown. */
	public IdType identityDocument() {
		if (idType != null) {
			return idType;
		}
		return applicantType == null ? null : IdType.defaultFor(applicantType.isOrganisation());
	}

	/** The kind applied for; an application that names none asks for information. */
	public RequestKind requestKind() {
		return kind == null ? RequestKind.DISCLOSURE : kind;
	}

	/** Art. 41: a correction request says what the record should read. */
	@AssertTrue(message = "{request.correctionSought.required}")
	public boolean isCorrectionSoughtGiven() {
		return requestKind() != RequestKind.CORRECTION || correctionSought != null && !correctionSought.isBlank();
	}

	/** Organisations name their legal representative and a contact person. */
	@AssertTrue(message = "{request.legalRepresentative.required}")
	public boolean isLegalRepresentativeGiven() {
		return applicantType == null || !applicantType.isOrganisation()
				|| legalRepresentative != null && !legalRepresentative.isBlank();
	}

	/** E-mail delivery needs an address. */
	@AssertTrue(message = "{request.email.requiredForDelivery}")
	public boolean isEmailGivenForEmailDelivery() {
		return deliveryMethod != DeliveryMethod.EMAIL || email != null && !email.isBlank();
	}

	/** Post needs an address. */
	@AssertTrue(message = "{request.address.requiredForPost}")
	public boolean isAddressGivenForPost() {
		return deliveryMethod != DeliveryMethod.POST || address != null && !address.isBlank();
	}
}
