package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Implausible values get 400 problem JSON naming the field, on MariaDB with real tokens and the real
 * Keycloak, and nothing is stored: an extension of −5 working days, a letter received in year 1 or
 * −999999999, an account Keycloak does not know, an emergency in year 1 or tomorrow, an item dated
 * −999999999 or with a 10 MB body, a 100 KB remedy authority; a remedy decided 21 times is 409 after
 * the first.
 */
class ImplausibleValuesIT extends RequestApiIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anExtensionOfMinusFiveWorkingDaysIsRefusedAndTheHandlingTaskStaysOpen() {
		var editor = RealServers.token("editor1");
		long id = registered(editor, null);
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var clerk = RealServers.token("clerk1");
		for (int days : new int[] { -5, 0, 21 }) {
			var refused = completeTaskResponse(clerk, id, "Task_HandleRequest",
					Map.of("decision", "EXTEND", "extensionDays", days, "extensionReason", "需调取档案"));
			assertThat(refused.status()).as(refused.text()).isEqualTo(400);
			assertThat(refused.json().get("type").asText()).endsWith("/invalid-input");
			assertThat(refused.json().get("errors").get("extensionDays").asText()).contains("1", "20", "工作日");
		}
		assertThat(openTasks(id)).containsExactly("Task_HandleRequest");
		completeTask(clerk, id, "Task_HandleRequest",
				Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "需调取档案"));
		assertThat(openTasks(id)).containsExactly("Task_ApproveExtension");
	}

	@Test
	void anOfflineRegistrationReceivedInYearOneOrForAnUnknownAccountIsRefused() {
		var editor = RealServers.token("editor1");
		long before = count("disclosure_request");
		for (var day : new String[] { "0001-01-01", "-999999999-01-01",
				today().minusDays(31).toString(), today().plusDays(1).toString() }) {
			var refused = post("/api/requests/offline", editor,
					Map.of("application", application(), "channel", "LETTER", "receivedOn", day));
			assertThat(refused.status()).as(day + ": " + refused.text()).isEqualTo(400);
			assertThat(refused.json().get("errors").get("receivedOn").asText()).as(day)
				.contains(today().minusDays(30).toString(), "30天", "历史申请导入");
		}
		var stranger = "nobody-" + System.nanoTime();
		var unknown = post("/api/requests/offline", editor, Map.of("application", application(), "channel", "LETTER",
				"receivedOn", today().toString(), "applicantUser", stranger));
		assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get("applicantUser").asText()).contains(stranger);
		assertThat(count("disclosure_request")).isEqualTo(before);

		long linked = registered(editor, "applicant2");
		assertThat(get("/api/requests/" + linked, RealServers.token("applicant2")).status())
			.as("the account Keycloak knows follows it online").isEqualTo(200);
	}

	@Test
	void anEmergencyInYearOneOrTomorrowIsRefused() {
		var clerk = RealServers.token("clerk1");
		long before = count("emergency_event");
		for (var occurred : new OffsetDateTime[] { OffsetDateTime.of(1, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)),
				OffsetDateTime.now(ZoneOffset.ofHours(8)).minusYears(2),
				OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1) }) {
			var refused = post("/api/reports/emergencies", clerk, emergency(occurred));
			assertThat(refused.status()).as(occurred + ": " + refused.text()).isEqualTo(400);
			assertThat(refused.json().get("errors").has("occurredAt")).as(refused.text()).isTrue();
		}
		assertThat(count("emergency_event")).isEqualTo(before);
	}

	@Test
	void aCatalogueItemDatedMinus999999999OrWithATenMegabyteBodyIsRefused() {
		var clerk = RealServers.token("clerk1");
		long before = count("catalogue_item");
		var ancient = post("/api/catalogue/items", clerk, item("-999999999-01-01", "正文"));
		assertThat(ancient.status()).as(ancient.text()).isEqualTo(400);
		assertThat(ancient.json().get("errors").get("writtenDate").asText()).contains("1949-10-01");
		var effective = item(today().toString(), "正文");
		effective.put("effectiveOn", "-999999999-01-01");
		assertThat(post("/api/catalogue/items", clerk, effective).json().get("errors").has("effectiveOn")).isTrue();
		var huge = post("/api/catalogue/items", clerk, item(today().toString(), "a".repeat(10 * 1024 * 1024)));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").get("body").asText()).containsAnyOf("200000", "200,000");
		assertThat(count("catalogue_item")).isEqualTo(before);
	}

	@Test
	void aRemedyIsDecidedOnceAndItsTextsFitTheirColumns() {
		var editor = RealServers.token("editor1");
		long id = registered(editor, null);
		var remedies = "/api/requests/" + id + "/remedies";
		var tooLong = post(remedies, editor,
				Map.of("kind", "COMPLAINT", "filedOn", today().toString(), "authority", "某".repeat(100 * 1024)));
		assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").has("authority")).isTrue();
		var ancient = post(remedies, editor, Map.of("kind", "COMPLAINT", "filedOn", "-999999999-01-01"));
		assertThat(ancient.status()).as(ancient.text()).isEqualTo(400);
		assertThat(ancient.json().get("errors").has("filedOn")).isTrue();
		assertThat(get(remedies, editor).json()).isEmpty();

		long remedy = post(remedies, editor, Map.of("kind", "COMPLAINT", "filedOn", today().toString(), "authority",
				"市政府办公室")).json().get("id").asLong();
		var decision = Map.of("outcome", "MAINTAINED", "decidedOn", today().toString());
		assertThat(post(remedies + "/" + remedy + "/decision", editor, decision).status()).isEqualTo(200);
		for (int i = 0; i < 20; i++) {
			var again = post(remedies + "/" + remedy + "/decision", editor,
					Map.of("outcome", i % 2 == 0 ? "MAINTAINED" : "CORRECTED", "decidedOn", today().toString()));
			assertThat(again.status()).as(again.text()).isEqualTo(409);
			assertThat(again.json().get("type").asText()).isEqualTo("https://gongkai.org/problems/remedy-already-decided");
			assertThat(again.json().get("remedyId").asLong()).isEqualTo(remedy);
		}
		JsonNode stored = get(remedies, editor).json().get(0);
		assertThat(stored.get("outcome").asText()).isEqualTo("MAINTAINED");
		assertThat(jdbc.queryForObject("select count(*) from case_event where case_type = 'DISCLOSURE_REQUEST' and case_id = ? "
				+ "and type = 'REMEDY_DECIDED'",
				Long.class, id)).isEqualTo(1);
	}

	private long registered(String editor, String applicantUser) {
		var body = new HashMap<String, Object>(
				Map.of("application", application(), "channel", "LETTER", "receivedOn", today().toString()));
		if (applicantUser != null) {
			body.put("applicantUser", applicantUser);
		}
		var registered = post("/api/requests/offline", editor, body);
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return registered.json().get("id").asLong();
	}

	private java.util.List<String> openTasks(long id) {
		return jdbc.queryForList("select t.TASK_DEF_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ "
				+ "where e.BUSINESS_KEY_ = ? and e.PARENT_ID_ is null", String.class, String.valueOf(id));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	private static Map<String, Object> emergency(OffsetDateTime occurred) {
		return Map.of("name", "城区燃气管道泄漏", "occurredAt", occurred.toString(), "location", "建设路与解放路交叉口", "severity",
				"GENERAL", "summary", "燃气管道被施工挖断，周边已疏散，抢修中。", "author", "李明", "phone", "13800000000");
	}

	private static Map<String, Object> item(String writtenDate, String body) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", "关于推进既有住宅加装电梯的意见");
		item.put("body", body);
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", writtenDate);
		item.put("columnCode", "livelihood");
		item.put("genre", "意见");
		return item;
	}
}
