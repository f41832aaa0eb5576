package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The realm file that production imports carries no account but the portal's service account, and the demo accounts, which only
 * {@code deploy/gongkai} imports, carry no plain password (a plain one would also break the import under
 * the realm's password policy). Citizens register with a user name and a mobile number, the e-mail address
 * optional, on the login theme {@code gongkai}.
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

	@Test
	void citizensRegisterWithAUserNameAndAMobileNumberTheEmailIsOptional() throws IOException {
		JsonNode realm = read("gongkai-realm.json");
		assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
		assertThat(realm.get("registrationEmailAsUsername").asBoolean()).isFalse();
		var profile = new ObjectMapper().readTree(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config")
			.get("kc.user.profile.config")
			.get(0)
			.asText());
		var names = new ArrayList<String>();
		profile.get("attributes").forEach(attribute -> names.add(attribute.get("name").asText()));
		assertThat(names).as("姓 before 名").containsSubsequence("username", "lastName", "firstName", "phone", "email");
		var phone = attribute(profile, "phone");
		assertThat(phone.at("/required/roles").toString()).contains("user");
		var pattern = Pattern.compile(phone.at("/validations/pattern/pattern").asText());
		assertThat(pattern.matcher("13912345678").matches()).isTrue();
		assertThat(List.of("12912345678", "1391234567", "139123456789", "+8613912345678", "010-66778899"))
			.noneMatch(number -> pattern.matcher(number).matches());
		assertThat(attribute(profile, "email").has("required")).as("e-mail optional").isFalse();
		for (String locale : List.of("zh-CN", "en")) {
			assertThat(realm.at("/localizationTexts/" + locale).has("phone")).isTrue();
			assertThat(realm.at("/localizationTexts/" + locale).has("gongkaiPhoneInvalid")).isTrue();
		}
	}

	@Test
	void accountsWithoutAPhoneStillSignIn() throws IOException {
		JsonNode realm = read("gongkai-realm.json");
		JsonNode verifyProfile = null;
		for (JsonNode action : realm.get("requiredActions")) {
			if (action.get("alias").asText().equals("VERIFY_PROFILE")) {
				verifyProfile = action;
			}
		}
		assertThat(verifyProfile).as("listed, or the import would add it enabled").isNotNull();
		assertThat(verifyProfile.get("enabled").asBoolean()).isFalse();
		assertThat(realm.get("requiredActions")).extracting(action -> action.get("alias").asText())
			.as("the import keeps only the required actions the file lists")
			.contains("UPDATE_PASSWORD", "CONFIGURE_TOTP", "UPDATE_PROFILE", "VERIFY_EMAIL");
	}

	@Test
	void bothClientsPutThePhoneIntoTheTokens() throws IOException {
		for (JsonNode client : read("gongkai-realm.json").get("clients")) {
			assertThat(client.get("protocolMappers")).as(client.get("clientId").asText())
				.anySatisfy(mapper -> {
					assertThat(mapper.at("/config/user.attribute").asText()).isEqualTo("phone");
					assertThat(mapper.at("/config/claim.name").asText()).isEqualTo("phone_number");
					assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
				});
		}
	}

	@Test
	void theLoginThemeExtendsKeycloaksAndCarriesThePortalsEmblem() throws IOException {
		JsonNode realm = read("gongkai-realm.json");
		assertThat(realm.get("loginTheme").asText()).isEqualTo("gongkai");
		assertThat(realm.get("defaultLocale").asText()).isEqualTo("zh-CN");
		assertThat(realm.get("displayName").asText()).startsWith("${GONGKAI_SITE_GOVERNMENT:");
		var login = KEYCLOAK.resolve("themes/gongkai/login");
		var theme = new Properties();
		try (var in = Files.newBufferedReader(login.resolve("theme.properties"))) {
			theme.load(in);
		}
		assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
		assertThat(theme.getProperty("styles")).contains("css/gongkai.css");
		assertThat(login.resolve("resources/css/gongkai.css")).content().contains("../img/emblem.svg");
		assertThat(Files.readAllBytes(login.resolve("resources/img/emblem.svg"))).as("the portal's emblem")
			.isEqualTo(Files.readAllBytes(Path.of("src/main/resources/static/images/emblem.svg")));
		var chinese = messages(login.resolve("messages/messages_zh_CN.properties"));
		var english = messages(login.resolve("messages/messages_en.properties"));
		assertThat(english.keySet()).isEqualTo(chinese.keySet());
		assertThat(chinese.getProperty("gongkaiBackToPortal")).contains("政府信息公开");
	}

	private static Properties messages(Path file) throws IOException {
		var messages = new Properties();
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return messages;
	}

	private static JsonNode attribute(JsonNode profile, String name) {
		for (JsonNode attribute : profile.get("attributes")) {
			if (attribute.get("name").asText().equals(name)) {
				return attribute;
			}
		}
		throw new AssertionError("no attribute " + name);
	}

	private static JsonNode read(String file) throws IOException {
		return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
	}
}
