package org.gongkai.portal.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one place where Keycloak's claims become Gongkai's notion of a user: realm roles from
 * {@code realm_access.roles} become {@code ROLE_<role>} authorities, the {@code department} claim
 * the user's department. The same realm roles are the Camunda candidate groups.
 */
public final class KeycloakRoleMapper {

	/** Realm roles Gongkai knows; anything else in the token (offline_access, …) is ignored. */
	public static final Set<String> ROLES = Set.of(Roles.APPLICANT, Roles.CLERK, Roles.DEPT_HEAD,
			Roles.SECRECY_REVIEWER, Roles.OFFICE_EDITOR, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN,
			Roles.SECTION_CHIEF, Roles.DEPUTY_HEAD);

	private KeycloakRoleMapper() {
	}

	/**
	 * The token's Gongkai roles. A person's account without any (one a citizen registered on Keycloak's
	 * page, say) is an applicant: staff are given their roles, citizens need none.
	 */
	public static Set<String> roles(Map<String, Object> claims) {
		var roles = new LinkedHashSet<String>();
		if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> values) {
			values.stream().map(String::valueOf).filter(ROLES::contains).sorted().forEach(roles::add);
		}
		if (roles.isEmpty() && claims.get("preferred_username") != null) {
			roles.add(Roles.APPLICANT);
		}
		return roles;
	}

	public static Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
		return roles(claims).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	/** A bearer token as Spring Security's authentication: its Gongkai roles, named by the account's user name. */
	public static JwtAuthenticationToken authentication(Jwt token) {
		return new JwtAuthenticationToken(token, authorities(token.getClaims()),
				String.valueOf(token.getClaims().getOrDefault("preferred_username", token.getSubject())));
	}

	public static String department(Map<String, Object> claims) {
		var department = claims.get("department");
		if (department instanceof Collection<?> many) {
			return many.isEmpty() ? null : String.valueOf(many.iterator().next());
		}
		return department == null ? null : String.valueOf(department);
	}
}
