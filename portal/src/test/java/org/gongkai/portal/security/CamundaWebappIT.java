package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's web applications and their engine API (every task and process variable) are for Gongkai
 * administrators signed in through Keycloak: applicants and clerks are refused with their tokens and
 * their page sessions, the anonymous are sent to the sign-in, Camunda's password login is closed even
 * for an engine account that exists, and the session cookie carries one SameSite attribute. The page
 * sign-in is the real OIDC code flow against Keycloak, spoken in HTTP.
 */
class CamundaWebappIT extends PortalIT {


	private static final String COCKPIT = "/camunda/app/cockpit/";

	private static final String TASKS = "/camunda/api/engine/engine/default/task";

	private static final String PASSWORD_LOGIN = "/camunda/api/admin/auth/user/default/login/cockpit";

	@Autowired
	IdentityService identities;

	@Test
	void theAnonymousAreSentToTheSignIn() {
		var anonymous = PageSession.anonymous(url(""));
		for (var path : List.of(COCKPIT, TASKS)) {
			var response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(location(response)).as(path).endsWith("/oauth2/authorization/keycloak");
		}
		assertThat(anonymous.postForm(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
			.isEqualTo(302);
	}

	@Test
	void applicantsAndClerksAreRefusedWithTokensAndSessions() {
		for (var user : List.of("applicant1", "clerk1")) {
			var token = RealServers.token(user);
			for (var path : List.of(COCKPIT, COCKPIT + "default/", TASKS)) {
				assertThat(get(path, token).status()).as(user + " token " + path).isEqualTo(403);
			}
			var session = signedIn(user);
			for (var path : List.of(COCKPIT, COCKPIT + "default/", TASKS)) {
				assertThat(session.get(path).statusCode()).as(user + " session " + path).isEqualTo(403);
			}
			assertThat(session.postForm(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
				.as(user + " signs in to Camunda with the old default account")
				.isEqualTo(403);
		}
	}

	@Test
	void administratorsComeInThroughKeycloak() {
		var admin = signedIn("admin");
		var cockpit = admin.get(COCKPIT + "default/");
		assertThat(cockpit.statusCode()).as(location(cockpit)).isEqualTo(200);
		assertThat(cockpit.body()).contains("Camunda Cockpit");
		var me = admin.get("/camunda/api/admin/auth/user/default");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"userId\":\"admin\"").contains("cockpit");
		var tasks = admin.get(TASKS);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).startsWith("[");
		assertThat(admin.get("/camunda/api/engine/engine/default/user").body())
			.as("no engine account by default")
			.isEqualTo("[]");

		assertThat(get(TASKS, RealServers.token("admin")).status()).as("an administrator's token").isEqualTo(200);
	}

	@Test
	void noPasswordOpensCamundaAndTheEngineKeepsNoAccounts() {
		var admin = signedIn("admin");
		assertThat(admin.postForm(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
			.as("Camunda's password login, even for an administrator")
			.isEqualTo(403);
		var cockpit = admin.get(COCKPIT + "default/");
		assertThat(cockpit.statusCode()).as("no first-start setup page: " + location(cockpit)).isEqualTo(200);
		assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
		assertThat(identities.isReadOnly()).as("no engine account can be created").isTrue();
		assertThat(identities.createUserQuery().count()).isZero();
	}

	@Test
	void theSessionCookieHasOneSameSite() {
		// the session Camunda starts for a token without a cookie
		var response = PageSession.anonymous(url("")).get(TASKS, RealServers.token("admin"));
		assertThat(response.statusCode()).isEqualTo(200);
		var cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
		assertThat(cookies).isNotEmpty();
		assertThat(cookies).allSatisfy(cookie -> assertThat(cookie.split("SameSite=", -1)).as(cookie).hasSize(2));
	}

	/** Signs in as a Keycloak user the way a browser does: the portal's OIDC code flow. */
	private PageSession signedIn(String user) {
		return PageSession.signIn(url(""), user);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
