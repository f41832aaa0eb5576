package org.gongkai.portal.security;

/** Keycloak could not be asked whether an account exists; nothing was registered, try again later. */
public class AccountDirectoryUnavailable extends RuntimeException {

	AccountDirectoryUnavailable(Throwable cause) {
		super("Keycloak could not be asked about accounts", cause);
	}
}
