package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Art. 41 through the API with real Keycloak tokens on MariaDB: a citizen asks to correct a record
 * about themselves; the application must say what the record should read; the department answers
 * with a correction outcome (fees and third-party consultation refused), the review skips the secrecy
 * reviewer, and the applicant downloads the reply citing art. 41.
 */
class CorrectionRequestIT extends RequestApiIT {

	@Test
	void citizenAsksForACorrectionAndIsToldTheRecordWasNotCorrectedAndWhy() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		var application = correction();
		application.remove("correctionSought");
		var incomplete = post("/api/requests", applicant, application);
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.json().get("errors").get("correctionSoughtGiven").asText())
			.isEqualTo("请写明请求将记录更正为什么内容");

		var filed = post("/api/requests", applicant, correction());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		assertThat(filed.json().get("kind").asText()).isEqualTo("CORRECTION");
		assertThat(filed.json().get("kindLabel").asText()).isEqualTo("政府信息更正申请");
		assertThat(filed.json().get("correctionSought").asText()).isEqualTo("参保人出生日期应为1949年12月31日");

		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		assertThat(pdfText("/api/requests/" + id + "/receipt", applicant)).as("the receipt names the kind of request")
			.contains("更正申请")
			.doesNotContain("政府信息公开申请");
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var fee = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 150));
		assertThat(fee.status()).isEqualTo(400);
		assertThat(fee.text()).contains("更正申请不适用收费");
		var withoutReasons = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "correctionOutcome", "REFUSED"));
		assertThat(withoutReasons.status()).isEqualTo(400);
		assertThat(withoutReasons.text()).contains("请写明不予更正的理由");
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "correctionOutcome", "REFUSED",
				"replyNote", "经核对参保登记原始档案和户籍信息，登记的出生日期与档案记载一致"));

		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		assertThat(get("/api/tasks", RealServers.token("secrecy1")).json())
			.as("no secrecy review for a correction")
			.noneMatch(task -> String.valueOf(id).equals(task.get("caseId").asText()));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));

		var replied = eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText())).json();
		assertThat(replied.get("correctionOutcome").asText()).isEqualTo("REFUSED");
		assertThat(replied.get("outcomeLabel").asText()).isEqualTo("不予更正");
		assertThat(replied.get("replyType").isNull()).isTrue();
		var letter = pdfText("/api/requests/" + id + "/reply-letter", applicant);
		assertThat(letter).contains("更正", "第四十一条", "不予更正", "经核对参保登记原始档案和户籍信息，登记的出生日期与档案记载一致",
				"行政复议")
			.doesNotContain("政府信息公开申请答复告知书");
	}

	static Map<String, Object> correction() {
		var body = application();
		body.put("kind", "CORRECTION");
		body.put("title", "本人企业职工基本养老保险参保登记信息");
		body.put("description", "参保登记的出生日期为1950年1月31日，与本人居民身份证记载不一致，附居民身份证和户口簿复印件为证。");
		body.put("correctionSought", "参保人出生日期应为1949年12月31日");
		return body;
	}
}
