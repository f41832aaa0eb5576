package org.gongkai.workflow.request;

/**
 * The directory of citizens' portal accounts (Keycloak in the portal): an application the office
 * registers for an applicant can only be linked to an account that exists.
 */
@FunctionalInterface
public interface ApplicantAccounts {

	/** Whether an account with exactly this user name exists. */
	boolean exists(String userName);
}
