package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the real API with real tokens: the answer is a 400 problem whose texts name the
 * field or parameter (and an enum's allowed values), never a class name, an exception or a file path.
 */
class ErrorBodiesIT extends PortalIT {

	@Test
	void aBadEnumInJsonNamesTheFieldAndTheAllowedValues() {
		var response = post("/api/requests", RealServers.token("applicant1"), Map.of("applicantType", "BOGUS"));
		assertSafe(response, 400);
		assertThat(response.json().get("errors").get("applicantType").asText()).contains("NATURAL_PERSON");
		assertThat(response.json().get("detail").asText()).contains("applicantType");
	}

	@Test
	void aBadEnumInAQueryParameterNamesTheAllowedValues() {
		var response = get("/api/requests/register?status=DISCLOSED", RealServers.token("clerk1"));
		assertSafe(response, 400);
		assertThat(response.json().get("errors").get("status").asText()).contains("须为以下之一");
	}

	@Test
	void aHugeNumberIsABadParameter() {
		var response = get("/api/calendar/deadline?from=2026-01-01&workingDays=99999999999", null);
		assertSafe(response, 400);
		assertThat(response.json().get("parameter").asText()).isEqualTo("workingDays");
	}

	@Test
	void aDateBeyondAnyCalendarIsABadField() {
		var response = post("/api/reports/commissions", RealServers.token("editor1"),
				Map.of("topic", "防汛", "units", java.util.List.of("fgw"), "dueAt", "+99999999999-01-01T00:00:00Z"));
		assertSafe(response, 400);
		assertThat(response.json().get("errors").has("dueAt")).isTrue();
	}

	@Test
	void malformedJsonIsSaidToBeMalformed() {
		var response = send(request("/api/requests", RealServers.token("applicant1")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")));
		assertSafe(response, 400);
		assertThat(response.json().get("detail").asText()).isEqualTo("请求体不是有效的 JSON。");
	}

	@Test
	void aNumberTooLargeForItsFieldIsRefused() {
		var response = send(request("/api/reports/units/fgw/class", RealServers.token("admin"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"unitClass\": 99999999999999999999}")));
		assertSafe(response, 400);
	}

	@Test
	void anApiClientAsksForEnglishWithAcceptLanguage() {
		var malformed = send(request("/api/requests", RealServers.token("applicant1"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en-GB,en;q=0.8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")));
		assertSafe(malformed, 400);
		assertThat(malformed.json().get("detail").asText()).isEqualTo("The request body is not valid JSON.");
		var unknown = send(request("/api/requests/999999999", RealServers.token("applicant1"))
			.header("Accept-Language", "en").GET());
		assertSafe(unknown, 404);
		assertThat(unknown.json().get("type").asText()).endsWith("/request-not-found");
		assertThat(unknown.json().get("detail").asText()).isEqualTo("The request does not exist or you may not see it.");
		var anonymous = send(request("/api/requests", null).header("Accept-Language", "en").GET());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("detail").asText()).startsWith("Sign-in needed");
	}

	@Test
	void pagesAreInEnglishOnlyWhenTheVisitorSwitches() {
		var browserInEnglish = send(request("/", null).header("Accept-Language", "en").GET());
		assertThat(browserInEnglish.text()).contains("政府信息公开平台");
		var switched = send(request("/?lang=en", null).GET());
		assertThat(switched.status()).isEqualTo(200);
		assertThat(switched.text()).contains("Government Information Disclosure Portal", "lang=\"en\"");
	}

	private static void assertSafe(Response response, int status) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.text()).as("no internals")
			.doesNotContain("org.", "java.", "Exception", "/usr/", ".ttf", "\tat ", "No enum constant", "overflow");
	}
}
