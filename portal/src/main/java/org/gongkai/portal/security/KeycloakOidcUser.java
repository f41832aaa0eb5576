package org.gongkai.portal.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A page-login user whose roles and department were read from the validated access token; kept, serialized,
 * in the page session in the database.
 */
class KeycloakOidcUser extends DefaultOidcUser implements CurrentUser.KeycloakUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser current;

	KeycloakOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			CurrentUser current) {
		super(authorities, idToken, userInfo, "preferred_username");
		this.current = current;
	}

	@Override
	public CurrentUser current() {
		return current;
	}
}
