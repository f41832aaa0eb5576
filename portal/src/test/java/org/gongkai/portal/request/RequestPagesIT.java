package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * The applicant's pages over plain HTTP: the tracking page names the department a request went to (the log and the
 * API keep its code), 我的申请 pages instead of stopping at 100 rows, and withdrawing takes a second, explicit step.
 */
class RequestPagesIT extends RequestApiIT {

	private static final Pattern TOTAL = Pattern.compile("id=\"total\"[^>]*>\\D*(\\d+)");

	@Test
	void trackingAndCasePagesNameTheDepartmentTheApiKeepsItsCode() {
		var applicant = RealServers.token("applicant1");
		long id = post("/api/requests", applicant, application()).json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));

		var tracking = PageSession.signIn(url(""), "applicant1").get("/requests/" + id);
		assertThat(tracking.statusCode()).isEqualTo(200);
		assertThat(tracking.body()).contains("分办至承办部门").contains("：市发展和改革委员会").doesNotContain("：fgw");

		var casePage = PageSession.signIn(url(""), "editor1").get("/workbench/requests/" + id);
		assertThat(casePage.statusCode()).isEqualTo(200);
		assertThat(casePage.body()).contains("：市发展和改革委员会").doesNotContain("：fgw");

		var steps = get("/api/requests/" + id, applicant).json().get("steps");
		var assigned = new java.util.ArrayList<String>();
		steps.forEach(s -> {
			if ("ASSIGNED".equals(s.get("type").asText())) {
				assigned.add(s.get("note").asText());
			}
		});
		assertThat(assigned).as("the API keeps the code").containsExactly("fgw");
	}

	@Test
	void myRequestsArePagedWithTheirTotal() throws Exception {
		var applicant = RealServers.token("applicant1");
		String run = "分页 " + System.nanoTime() + " ";
		for (int i = 1; i <= 3; i++) {
			var body = application();
			body.put("title", run + "第" + i + "件");
			assertThat(post("/api/requests", applicant, body).status()).isEqualTo(201);
		}
		var page = PageSession.signIn(url(""), "applicant1");

		var first = page.get("/requests").body();
		var matcher = TOTAL.matcher(first);
		assertThat(matcher.find()).as("the total is shown").isTrue();
		int total = Integer.parseInt(matcher.group(1));
		assertThat(total).isGreaterThanOrEqualTo(3);
		assertThat(first.split("<a href=\"/requests/\\d+\"", -1).length - 1).as("20 a page")
			.isEqualTo(Math.min(total, 20));
		if (total > 20) {
			assertThat(first).contains("id=\"pages\"", "id=\"next-page\"");
		}

		var one = page.get("/requests?size=1").body();
		assertThat(one).contains(run + "第3件").doesNotContain(run + "第2件").contains("id=\"next-page\"")
			.doesNotContain("id=\"previous-page\"");
		assertThat(one).containsPattern("<a href=\"/requests\\?page=0&amp;size=1\" aria-current=\"page\"[^>]*>1</a>");
		assertThat(one).contains("href=\"/requests?page=" + (total - 1) + "&amp;size=1\"");
		var third = page.get("/requests?page=2&size=1").body();
		assertThat(third).contains(run + "第1件").doesNotContain(run + "第3件").contains("id=\"previous-page\"");
		assertThat(third).containsPattern("<a href=\"/requests\\?page=2&amp;size=1\" aria-current=\"page\"[^>]*>3</a>");
		assertThat(third).doesNotContainPattern("page=0&amp;size=1\" aria-current");

		var api = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/requests?page=1&size=1")))
			.header("Authorization", "Bearer " + applicant)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
		assertThat(api.body()).contains(run + "第2件").doesNotContain(run + "第3件");
		assertThat(get("/api/requests", applicant).json().size()).as("100 by default, as before")
			.isEqualTo(Math.min(total, 100));
	}

	@Test
	void withdrawingTakesAnExplicitSecondStep() {
		long id = post("/api/requests", RealServers.token("applicant1"), application()).json().get("id").asLong();
		var page = PageSession.signIn(url(""), "applicant1");
		var tracking = page.get("/requests/" + id).body();
		assertThat(tracking).containsPattern(
				"<details class=\"confirm\" id=\"withdraw\">\\s*<summary class=\"button secondary\">撤回申请</summary>"
						+ "\\s*<form[^>]*action=\"/requests/" + id + "/withdraw\"[\\s\\S]*?撤回后本申请不再办理"
						+ "[\\s\\S]*?<button type=\"submit\" id=\"withdraw-confirm\"[^>]*>确认撤回申请</button>");

		var withdrawn = page.postForm("/requests/" + id + "/withdraw",
				"_csrf=" + URLEncoder.encode(page.csrf(), StandardCharsets.UTF_8));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(get("/api/requests/" + id, RealServers.token("applicant1")).json().get("status").asText())
			.isEqualTo("WITHDRAWN");
		assertThat(page.get("/requests/" + id).body()).doesNotContain("id=\"withdraw\"");
	}
}
