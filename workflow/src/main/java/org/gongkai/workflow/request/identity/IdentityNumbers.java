package org.gongkai.workflow.request.identity;

/** The identity number an applicant gives: a resident identity number for a person, a credit code for an organisation. */
public final class IdentityNumbers {

	private IdentityNumbers() {
	}

	/** Whether the number is valid for the kind of applicant; surrounding spaces and lower case accepted. */
	public static boolean valid(boolean organisation, String number) {
		return organisation ? UnifiedSocialCreditCode.isValid(number) : ResidentIdNumber.isValid(number);
	}

	/**
	 * Whether the number is valid for the document type, and the type fits the kind of applicant; a null type
	 * means the applicant's default ({@link IdType#defaultFor}).
	 */
	public static boolean valid(boolean organisation, IdType type, String number) {
		var effective = type == null ? IdType.defaultFor(organisation) : type;
		return effective.forOrganisation() == organisation && effective.valid(number);
	}

	/**
	 * The number as it may be shown in lists: a resident identity number masked
	 * ({@code 1101**********1234}), a credit code in full (it is public register data).
	 *
	 * @throws IllegalArgumentException if not {@link #valid}
	 */
	public static String display(boolean organisation, String number) {
		return organisation ? UnifiedSocialCreditCode.of(number).value() : ResidentIdNumber.of(number).mask();
	}
}
