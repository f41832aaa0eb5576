package org.gongkai.portal.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.request.ApplicantAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The citizens' accounts as Keycloak knows them, asked through its admin REST API with the portal's
 * own service account (client credentials of {@code gongkai-portal}, which holds only
 * {@code realm-management}'s {@code view-users} role in the realm file). The portal keeps no copy of
 * the accounts: only Keycloak knows who has registered since.
 *
 * @see <a href="https://www.keycloak.org/docs-api/latest/rest-api/index.html#_users">Keycloak admin REST API: users</a>
 */
@Component
class KeycloakAccounts implements ApplicantAccounts {

	private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);

	private final KeycloakProperties keycloak;

	private final RestClient http;

	KeycloakAccounts(KeycloakProperties keycloak) {
		this.keycloak = keycloak;
		var requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(3));
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/** @throws AccountDirectoryUnavailable if Keycloak cannot be asked */
	@Override
	public boolean exists(String userName) {
		try {
			List<Map<String, Object>> users = http.get()
				.uri(keycloak.url().replaceAll("/+$", "") + "/admin/realms/{realm}/users?username={name}&exact=true"
						+ "&briefRepresentation=true", keycloak.realm(), userName)
				.headers(headers -> headers.setBearerAuth(token()))
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			return users != null
					&& users.stream().anyMatch(user -> userName.equalsIgnoreCase(String.valueOf(user.get("username"))));
		}
		catch (RestClientException e) {
			log.warn("Keycloak could not be asked whether account {} exists (the service account of {} needs "
					+ "realm-management's view-users role): {}", userName, keycloak.clientId(), e.getMessage());
			throw new AccountDirectoryUnavailable(e);
		}
	}

	private String token() {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", keycloak.clientId());
		form.add("client_secret", keycloak.clientSecret());
		Map<String, Object> answer = http.post()
			.uri(keycloak.endpoint("token"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		if (answer == null || !(answer.get("access_token") instanceof String token)) {
			throw new RestClientException("Keycloak gave no access token to the portal's service account");
		}
		return token;
	}
}
