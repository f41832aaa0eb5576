package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The realm file that production imports carries no account but the portal's service account, and the demo accounts, which only
 * {@code deploy/gongkai} imports, carry no plain password (a plain one would also break the import under
 * the realm's password policy).
 */
class RealmFilesTests {

	private static final Path KEYCLOAK = Path.of("..", "deploy", "keycloak");

	@Test
	void productionRealmHasNoUsersAndLocksAccounts() throws IOException {
		JsonNode realm = read("gongkai-realm.json");
		for (JsonNode user : realm.path("users")) {
			assertThat(user.has("serviceAccountClientId")).as("%s in the production realm file", user.get("username")).isTrue();
			assertThat(user.has("credentials")).isFalse();
		}
		assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.get("failureFactor").asInt()).isBetween(1, 10);
		assertThat(realm.get("passwordPolicy").asText()).contains("length(8)", "notUsername");
	}

	@Test
	void demoUsersHaveOnlyHashedPasswords() throws IOException {
		JsonNode users = read("gongkai-users-0.json");
		assertThat(users.get("realm").asText()).isEqualTo("gongkai");
		assertThat(users.get("users")).isNotEmpty();
		for (JsonNode user : users.get("users")) {
			for (JsonNode credential : user.get("credentials")) {
				assertThat(credential.has("value")).as("plain password of %s", user.get("username")).isFalse();
				assertThat(credential.get("secretData").asText()).contains("\"salt\"");
			}
		}
	}

	private static JsonNode read(String file) throws IOException {
		return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
	}
}
