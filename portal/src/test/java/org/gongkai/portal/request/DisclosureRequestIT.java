package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A disclosure request end to end through the API with real Keycloak tokens on MariaDB: filed by a
 * citizen, receipt confirmed and assigned by the office, handled by the department, reviewed,
 * secrecy-checked, signed off and replied; the applicant follows every step.
 */
class DisclosureRequestIT extends PortalIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void requestGoesFromFilingToReplyThroughEveryReview() throws Exception {
		var applicant = RealServers.token("applicant1");
		var filed = post("/api/requests", applicant, application("11010519491231002X"));
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		assertThat(filed.json().get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(filed.json().get("receiptNo").isNull()).isTrue();
		assertThat(filed.json().get("idNumberMasked").asText()).isEqualTo("1101**********002X");
		assertThat(filed.json().toString()).doesNotContain("11010519491231002X");

		var stored = jdbc.queryForObject("select id_number from disclosure_request where id = ?", String.class, id);
		assertThat(stored).startsWith("v1:").doesNotContain("19491231");

		assertThat(get("/api/requests/" + id, RealServers.token("applicant2")).status()).isEqualTo(404);

		var editor = RealServers.token("editor1");
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		var received = get("/api/requests/" + id, applicant).json();
		assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
		assertThat(received.get("receiptNo").asText()).matches("GK\\d{4}-\\d{6}");
		assertThat(received.get("replyDueOn").asText()).isNotBlank();
		assertThat(received.get("daysLeft").asInt()).isBetween(19, 20);

		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		assertThat(taskOf(RealServers.token("clerk2"), id, "Task_HandleRequest")).as("other department").isNull();
		completeTask(RealServers.token("clerk1"), id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true, "comment", "同意"));

		var replied = eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText()));
		assertThat(replied.json().get("status").asText()).isEqualTo("REPLIED");
		assertThat(replied.json().get("replyType").asText()).isEqualTo("DISCLOSE");
		assertThat(replied.json().get("steps")).extracting(step -> step.get("type").asText())
			.containsSubsequence("SUBMITTED", "RECEIVED", "ASSIGNED", "REPLY_PROPOSED", "REPLIED");

		var mine = get("/api/requests", applicant).json();
		assertThat(mine).extracting(r -> r.get("id").asLong()).contains(id);

		var clerk = RealServers.token("clerk1");
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		var noTracking = completeTaskResponse(clerk, id, "Task_RecordDelivery",
				Map.of("replyDelivery", "POST", "deliveredOn", today));
		assertThat(noTracking.status()).isEqualTo(400);
		assertThat(noTracking.text()).contains("邮件单号");
		completeTask(clerk, id, "Task_RecordDelivery",
				Map.of("replyDelivery", "POST", "trackingNo", "1123456789012", "deliveredOn", today));
		var archived = get("/api/requests/" + id, applicant).json();
		assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
		assertThat(archived.get("replyDelivery").asText()).isEqualTo("POST");
		assertThat(archived.get("replyTrackingNo").asText()).isEqualTo("1123456789012");
		assertThat(archived.get("replyDeliveredOn").asText()).isEqualTo(today);
		assertThat(archived.get("archivedAt").isNull()).isFalse();
		assertThat(archived.get("daysLeft").isNull()).as("no clock on an archived case").isTrue();
		assertThat(archived.get("steps")).extracting(step -> step.get("type").asText())
			.containsSubsequence("REPLIED", "DELIVERED", "ARCHIVED");
		assertThat(post("/api/requests/" + id + "/withdraw", applicant, Map.of()).status()).isEqualTo(409);

		assertThat(post("/api/requests/" + id + "/remedies", RealServers.token("clerk1"),
				Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", today)).status()).isEqualTo(403);
		var remedy = post("/api/requests/" + id + "/remedies", editor,
				Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", today, "authority", "市司法局"));
		assertThat(remedy.status()).isEqualTo(201);
		assertThat(remedy.json().get("outcome").asText()).isEqualTo("PENDING");
		var early = post("/api/requests/" + id + "/remedies/" + remedy.json().get("id").asLong() + "/decision", editor,
				Map.of("outcome", "MAINTAINED", "decidedOn", LocalDate.parse(today).minusDays(1).toString()));
		assertThat(early.status()).isEqualTo(400);
		var decided = post("/api/requests/" + id + "/remedies/" + remedy.json().get("id").asLong() + "/decision", editor,
				Map.of("outcome", "MAINTAINED", "decidedOn", today));
		assertThat(decided.json().get("outcomeLabel").asText()).isEqualTo("结果维持");
		assertThat(get("/api/requests/" + id + "/remedies", applicant).json()).hasSize(1);
	}

	@Test
	void unclearRequestIsSupplementedOnceAndTheClockRestarts() {
		var applicant = RealServers.token("applicant2");
		long id = post("/api/requests", applicant, application("11010519491231002X")).json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest",
				Map.of("decision", "SUPPLEMENT", "supplementNote", "请写明所需文件的名称或文号"));
		var waiting = get("/api/requests/" + id, applicant).json();
		assertThat(waiting.get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(waiting.get("supplementNote").asText()).isEqualTo("请写明所需文件的名称或文号");

		var supplemented = post("/api/requests/" + id + "/supplement", applicant, Map.of("text", "发改〔2026〕12号文件"));
		assertThat(supplemented.status()).isEqualTo(200);
		assertThat(supplemented.json().get("status").asText()).isEqualTo("RECEIVED");

		var second = completeTaskResponse(editor, id, "Task_RegisterRequest",
				Map.of("decision", "SUPPLEMENT", "supplementNote", "再补一次"));
		assertThat(second.status()).as("art. 30: one supplement notice only").isEqualTo(409);

		var withdrawn = post("/api/requests/" + id + "/withdraw", applicant, null);
		assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().get("replyType").asText()).isEqualTo("OTHER");
	}

	@Test
	void extensionConsultationAndFeeMoveOrStopTheClock() {
		var applicant = RealServers.token("applicant1");
		long id = post("/api/requests", applicant, application("11010519491231002X")).json().get("id").asLong();
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		var leader = RealServers.token("officehead1");
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var due = LocalDate.parse(get("/api/requests/" + id, applicant).json().get("replyDueOn").asText());

		var tooLong = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "需调取多年档案"));
		assertThat(tooLong.status()).isEqualTo(204);
		assertThat(taskOf(RealServers.token("leader1"), id, "Task_ApproveExtension"))
			.as("art. 33 ¶2: the office head approves, not the leader").isNull();
		completeTask(leader, id, "Task_ApproveExtension", Map.of("approved", true));
		var extended = get("/api/requests/" + id, applicant).json();
		assertThat(extended.get("originalDueOn").asText()).isEqualTo(due.toString());
		assertThat(LocalDate.parse(extended.get("replyDueOn").asText()))
			.isEqualTo(calendar.addWorkingDays(due, 20).due());
		assertThat(calendar.workingDaysBetween(due, LocalDate.parse(extended.get("replyDueOn").asText()))).isEqualTo(20);
		assertThat(timerDue(id, "BoundaryEvent_ReplyOverdue"))
			.isEqualTo(LocalDate.parse(extended.get("replyDueOn").asText()).plusDays(1));

		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "CONSULT", "comment", "涉及第三方商业秘密"));
		var consulting = get("/api/requests/" + id, applicant).json();
		assertThat(consulting.get("status").asText()).isEqualTo("CONSULTING");
		assertThat(consulting.get("clockPaused").asBoolean()).isTrue();
		assertThat(timerDue(id, "BoundaryEvent_ReplyOverdue")).as("reply timers parked while consulting")
			.isAfter(LocalDate.of(2900, 1, 1));
		assertThat(timerDue(id, "BoundaryEvent_ReplyDueSoon")).isAfter(LocalDate.of(2900, 1, 1));
		completeTask(clerk, id, "Task_RecordConsultationReply", Map.of("comment", "第三方书面同意公开"));
		var resumed = get("/api/requests/" + id, applicant).json();
		assertThat(resumed.get("status").asText()).isEqualTo("HANDLING");
		assertThat(resumed.get("replyDueOn").asText()).as("paused less than a working day")
			.isEqualTo(extended.get("replyDueOn").asText());
		assertThat(timerDue(id, "BoundaryEvent_ReplyOverdue"))
			.isEqualTo(LocalDate.parse(resumed.get("replyDueOn").asText()).plusDays(1));

		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 150));
		var fee = get("/api/requests/" + id, applicant).json();
		assertThat(fee.get("status").asText()).isEqualTo("AWAITING_FEE");
		assertThat(fee.get("feeAmount").decimalValue()).isEqualByComparingTo("1700");
		assertThat(fee.get("feeMethod").asText()).isEqualTo("PER_PAGE");
		completeTask(editor, id, "Task_RecordFeePayment", Map.of());
		assertThat(get("/api/requests/" + id, applicant).json().get("status").asText()).isEqualTo("HANDLING");

		var secondExtension = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "EXTEND", "extensionDays", 5, "extensionReason", "再延一次"));
		assertThat(secondExtension.status()).isEqualTo(204);
		var refused = completeTaskResponse(leader, id, "Task_ApproveExtension", Map.of("approved", true));
		assertThat(refused.status()).as("art. 33: one extension only").isEqualTo(400);
	}

	@Test
	void twoPeopleCompletingTheSameTaskAtOnceOneWinsTheOtherGets409() throws Exception {
		var applicant = RealServers.token("applicant1");
		long id = post("/api/requests", applicant, application("11010519491231002X")).json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		var task = taskOf(editor, id, "Task_RegisterRequest");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var calls = List.<Callable<Integer>>of(() -> {
				start.await();
				return post("/api/tasks/" + task.get("id").asText() + "/complete", editor,
						Map.of("decision", "ASSIGN", "departmentCode", "fgw")).status();
			}, () -> {
				start.await();
				return post("/api/tasks/" + task.get("id").asText() + "/complete", editor,
						Map.of("decision", "ASSIGN", "departmentCode", "jyj")).status();
			});
			var futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var f : futures) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		}
		finally {
			pool.shutdownNow();
		}
		var assigned = jdbc.queryForList("select type from case_event where case_type = 'DISCLOSURE_REQUEST' and case_id = ? "
				+ "and type = 'ASSIGNED'", String.class, id);
		assertThat(assigned).as("exactly one assignment happened").hasSize(1);
	}

	private LocalDate timerDue(long requestId, String activity) {
		var due = jdbc.queryForObject("select j.DUEDATE_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on j.JOB_DEF_ID_ = d.ID_ "
				+ "where d.ACT_ID_ = ? and j.PROCESS_INSTANCE_ID_ = "
				+ "(select process_instance_id from disclosure_request where id = ?)", java.sql.Timestamp.class, activity,
				requestId);
		return due.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

	@Test
	void invalidApplicationsAreRefusedFieldByField() {
		var body = application("110105194912310021");
		body.put("phone", "12345");
		body.put("title", "");
		var refused = post("/api/requests", RealServers.token("applicant1"), body);
		assertThat(refused.status()).isEqualTo(400);
		var errors = refused.json().get("errors");
		assertThat(errors.get("idNumber").asText()).contains("居民身份证号码不正确", "校验码");
		assertThat(errors.get("phone").asText()).contains("11位");
		assertThat(errors.get("title").asText()).isEqualTo("请填写所需信息的名称");

		assertThat(post("/api/requests", RealServers.token("clerk1"), application("11010519491231002X")).status())
			.as("staff do not file as applicants").isEqualTo(403);
		assertThat(post("/api/requests", null, application("11010519491231002X")).status()).isEqualTo(401);
	}

	private void completeTask(String token, long requestId, String taskKey, Map<String, Object> variables) {
		var response = completeTaskResponse(token, requestId, taskKey, variables);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	private Response completeTaskResponse(String token, long requestId, String taskKey, Map<String, Object> variables) {
		var task = taskOf(token, requestId, taskKey);
		assertThat(task).as("task " + taskKey + " of request " + requestId).isNotNull();
		return post("/api/tasks/" + task.get("id").asText() + "/complete", token, variables);
	}

	private JsonNode taskOf(String token, long requestId, String taskKey) {
		for (var task : get("/api/tasks", token).json()) {
			if (String.valueOf(requestId).equals(task.get("caseId").asText())
					&& "DisclosureRequestProcess".equals(task.get("processKey").asText())
					&& taskKey.equals(task.get("taskKey").asText())) {
				return task;
			}
		}
		return null;
	}

	private static Map<String, Object> application(String idNumber) {
		var body = new LinkedHashMap<String, Object>();
		body.put("applicantType", "NATURAL_PERSON");
		body.put("applicantName", "张三");
		body.put("idNumber", idNumber);
		body.put("phone", "13812345678");
		body.put("email", "zhangsan@example.com");
		body.put("title", "2026年市级财政专项资金分配结果");
		body.put("description", "申请公开2026年市级财政专项资金的分配结果及依据文件。");
		body.put("deliveryForm", "ELECTRONIC");
		body.put("deliveryMethod", "ONLINE");
		body.put("accessibilityNeeds", false);
		return body;
	}

}
