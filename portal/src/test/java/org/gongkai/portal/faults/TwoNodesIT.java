package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;

/**
 * Two portal processes on one MariaDB database and one search alias, as behind a load balancer without
 * sticky sessions: a page login made on one node is valid on the other (the session is in the database),
 * with its CSRF token; a request filed on one node is handled on the other; signing out on one node ends
 * the session on both.
 */
class TwoNodesIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static PortalProcess a;

	private static PortalProcess b;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		var database = FaultDatabases.freshMariaDb("gongkai_it_nodes");
		var environment = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "GONGKAI_SEARCH_ALIAS",
				"it-catalogue-" + UUID.randomUUID().toString().substring(0, 8));
		a = new PortalProcess("node-a", environment, database);
		b = new PortalProcess("node-b", environment, database);
		a.start();
		b.start();
	}

	@AfterAll
	static void stop() throws Exception {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aPageLoginOnOneNodeIsValidOnTheOther() {
		var onA = PageSession.signIn(a.url(""), "clerk1", "/workbench");
		var onB = onA.at(b.url(""));
		var workbench = onB.get("/workbench");
		assertThat(workbench.statusCode()).as("node B knows the session node A signed in").isEqualTo(200);
		assertThat(workbench.body()).as("signed in: the page offers to sign out").contains("action=\"/logout\"");

		var anonymous = PageSession.anonymous(b.url("")).get("/workbench");
		assertThat(anonymous.statusCode()).as("without the session node B asks to sign in").isEqualTo(302);
	}

	@Test
	void aRequestFiledOnOneNodeIsHandledOnTheOtherWithTheSessionsCsrfToken() throws Exception {
		var filed = a.post("/api/requests", RealServers.token("applicant1"), JSON.writeValueAsString(RequestApiIT.application()));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		long id = JSON.readTree(filed.body()).get("id").asLong();

		var editorOnA = PageSession.signIn(a.url(""), "editor1", "/workbench");
		var editorOnB = editorOnA.at(b.url(""));
		var task = confirmReceiptTask(b, id);
		var done = editorOnB.postForm("/workbench/tasks/" + task.get("id").asText(),
				"_csrf=" + URLEncoder.encode(editorOnB.csrf(), StandardCharsets.UTF_8));
		assertThat(done.statusCode()).as("node B takes the form with the CSRF token node A's session holds: " + done.body())
			.isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).get().asString().doesNotContain("/login");

		var request = JSON.readTree(a.get("/api/requests/" + id, RealServers.token("editor1")).body());
		assertThat(request.path("status").asText()).as("node A sees what node B did").isEqualTo("RECEIVED");
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnBoth() throws Exception {
		var onA = PageSession.signIn(a.url(""), "head1", "/workbench");
		var onB = onA.at(b.url(""));
		assertThat(onB.get("/workbench").statusCode()).isEqualTo(200);
		var out = onB.postForm("/logout", "_csrf=" + URLEncoder.encode(onB.csrf(), StandardCharsets.UTF_8));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(onA.get("/workbench").statusCode()).as("node A no longer knows the session").isEqualTo(302);
	}

	/** The applicant's new request's Task_ConfirmReceipt in the office editor's task list, read on the node. */
	private static JsonNode confirmReceiptTask(PortalProcess node, long requestId) throws Exception {
		var tasks = JSON.readTree(node.get("/api/tasks?q=" + requestId + "&step=Task_ConfirmReceipt",
				RealServers.token("editor1")).body());
		for (var task : tasks) {
			if (String.valueOf(requestId).equals(task.path("caseId").asText())) {
				return task;
			}
		}
		throw new AssertionError("no Task_ConfirmReceipt of request " + requestId + " in " + tasks);
	}
}
