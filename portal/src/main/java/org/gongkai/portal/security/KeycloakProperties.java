package org.gongkai.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and who the portal is to it. All endpoint URLs are derived from the base URL and
 * realm, so the portal starts without calling Keycloak (no discovery request at start-up).
 *
 * @param url base URL as the users' browsers reach it; it is also the token issuer's host
 * @param realm the realm, {@code gongkai}
 * @param clientId the confidential client for the page login
 * @param clientSecret its secret
 * @param audience the audience every accepted access token must carry
 */
@ConfigurationProperties("gongkai.keycloak")
public record KeycloakProperties(String url, String realm, String clientId, String clientSecret, String audience) {

	public String issuer() {
		return url.replaceAll("/+$", "") + "/realms/" + realm;
	}

	public String endpoint(String path) {
		return issuer() + "/protocol/openid-connect/" + path;
	}
}
