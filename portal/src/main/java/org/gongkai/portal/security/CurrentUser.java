package org.gongkai.portal.security;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.task.Staff;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in user, the same whether they came through the page login or with a bearer token. Serializable:
 * a page login's user is kept in the page session, which is stored in the database (Spring Session JDBC).
 *
 * @param userName Keycloak's {@code preferred_username}
 * @param displayName full name for pages
 * @param phone the account's mobile number (claim {@code phone_number} of the user attribute {@code phone}, which
 *     citizens give when they register), or {@code null}; the account's e-mail address may be missing
 */
public record CurrentUser(String userName, String displayName, Set<String> roles, String department, String phone)
		implements Serializable {

	private static final long serialVersionUID = 1L;

	public static CurrentUser of(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return from(jwt.getToken().getClaims());
		}
		if (authentication != null && authentication.getPrincipal() instanceof KeycloakUser user) {
			return user.current();
		}
		throw new IllegalStateException("Not a Keycloak authentication: " + authentication);
	}

	static CurrentUser from(Map<String, Object> claims) {
		var userName = String.valueOf(claims.getOrDefault("preferred_username", claims.get("sub")));
		return new CurrentUser(userName, displayName(claims, userName), KeycloakRoleMapper.roles(claims),
				KeycloakRoleMapper.department(claims), text(claims.get("phone_number")));
	}

	private static String text(Object claim) {
		return claim == null || String.valueOf(claim).isBlank() ? null : String.valueOf(claim).strip();
	}

	/** Chinese names are written family name first with no space (王芳), Western ones as Keycloak joins them. */
	static String displayName(Map<String, Object> claims, String fallback) {
		var family = claims.get("family_name");
		var given = claims.get("given_name");
		if (family != null && given != null && (String.valueOf(family) + given).codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			return String.valueOf(family) + given;
		}
		var name = claims.get("name");
		return name == null ? fallback : String.valueOf(name);
	}

	/**
	 * The contact details the account carries, to prefill the application form: the OIDC {@code email} and
	 * {@code phone_number} claims of the page login's ID token (and user info) or of the bearer token;
	 * null where the account has none.
	 */
	public static Contact contact(Authentication authentication) {
		Map<String, Object> claims;
		if (authentication instanceof JwtAuthenticationToken jwt) {
			claims = jwt.getToken().getClaims();
		}
		else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			claims = user.getClaims();
		}
		else {
			return new Contact(null, null);
		}
		return new Contact(text(claims.get("email")), text(claims.get("phone_number")));
	}

	/** An account's e-mail address and phone number, each null if unknown. */
	public record Contact(String email, String phone) {
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public Staff staff() {
		return new Staff(userName, roles, department);
	}

	/** Marker for the OIDC principal carrying the access token's view of the user. */
	public interface KeycloakUser extends OidcUser {

		CurrentUser current();
	}
}
