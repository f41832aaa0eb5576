package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Art. 35 through the API with real Keycloak tokens on MariaDB: the handler asks for the reasons of a
 * clearly unreasonable number of requests (说明理由通知书), the applicant answers on
 * {@code POST /api/requests/{id}/reasons}, and the handler either sets a later reply date (延迟答复告知书)
 * or proposes 不予处理, whose reply letter cites art. 35.
 */
class MassRequestReasonsIT extends RequestApiIT {

	@Test
	void reasonableReasonsGetALaterReplyDateInANumberedNotice() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		long id = assigned(applicant, editor);
		var due = LocalDate.parse(get("/api/requests/" + id, applicant).json().get("replyDueOn").asText());

		assertThat(post("/api/requests/" + id + "/reasons", applicant, Map.of("text", "研究需要")).status())
			.as("nobody asked yet").isEqualTo(409);
		var blank = completeTaskResponse(clerk, id, "Task_HandleRequest", Map.of("decision", "ASK_REASONS"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text()).contains("reasonsNote");
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "ASK_REASONS", "reasonsNote",
				"您（单位）自2026年10月1日至2026年11月20日向本机关提出政府信息公开申请共计126件"));
		var asked = get("/api/requests/" + id, applicant).json();
		assertThat(asked.get("status").asText()).isEqualTo("AWAITING_REASONS");
		assertThat(asked.get("clockPaused").asBoolean()).as("⚙ default: paused like a 补正").isTrue();
		var reasonsDue = LocalDate.parse(asked.get("reasonsDueOn").asText());
		var notices = asked.get("notices");
		assertThat(number(notices, "REASONS_REQUESTED")).matches("理〔\\d{4}〕第\\d{4}号");
		assertThat(pdfText(notice(id, notices, "REASONS_REQUESTED"), applicant))
			.startsWith("政府信息公开申请说明理由通知书" + number(notices, "REASONS_REQUESTED") + "张三：")
			.contains("经审查，您（单位）自2026年10月1日至2026年11月20日向本机关提出政府信息公开申请共计126件，申请公开政府信息的数量、频次明显超过合理范围。")
			.contains("第三十五条的规定，请您（单位）于" + chinese(reasonsDue) + "前（含当日）向本机关书面说明申请理由")
			.contains("不计算在答复期限内")
			.contains("逾期未说明理由的，视为申请理由不合理。")
			.endsWith("特此通知。市人民政府" + chinese(issued(notices, "REASONS_REQUESTED")));

		assertThat(post("/api/requests/" + id + "/reasons", applicant, Map.of("text", " ")).status()).isEqualTo(400);
		assertThat(post("/api/requests/" + id + "/reasons", RealServers.token("applicant2"), Map.of("text", "理由"))
			.status()).as("another applicant").isEqualTo(404);
		var answered = post("/api/requests/" + id + "/reasons", applicant, Map.of("text", "为撰写地方财政研究报告，需系统收集历年资料"));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(answered.json().get("status").asText()).isEqualTo("HANDLING");
		assertThat(answered.json().get("steps")).extracting(s -> s.get("type").asText())
			.containsSubsequence("REASONS_REQUESTED", "REASONS_TEXT", "REASONS_RECEIVED");
		var current = LocalDate.parse(answered.json().get("replyDueOn").asText());
		assertThat(current).isAfterOrEqualTo(due);

		var tooEarly = completeTaskResponse(clerk, id, "Task_JudgeReasons",
				Map.of("reasonsVerdict", "LATER", "laterDueOn", current.toString()));
		assertThat(tooEarly.status()).isEqualTo(400);
		assertThat(tooEarly.text()).contains("laterDueOn");
		var later = current.plusDays(40);
		completeTask(clerk, id, "Task_JudgeReasons", Map.of("reasonsVerdict", "LATER", "laterDueOn", later.toString(),
				"comment", "申请涉及的年度和项目较多，需逐件检索"));
		var postponed = get("/api/requests/" + id, applicant).json();
		assertThat(postponed.get("status").asText()).isEqualTo("HANDLING");
		assertThat(postponed.get("replyDueOn").asText()).isEqualTo(later.toString());
		assertThat(postponed.get("laterDueOn").asText()).isEqualTo(later.toString());
		notices = postponed.get("notices");
		assertThat(notices).extracting(n -> n.get("kind").asText()).containsExactly("REASONS_REQUESTED", "LATER_REPLY");
		assertThat(pdfText(notice(id, notices, "LATER_REPLY"), applicant))
			.startsWith("政府信息公开申请延迟答复告知书" + number(notices, "LATER_REPLY") + "张三：")
			.contains("本机关已要求您（单位）说明申请理由。经审查，您（单位）的申请理由合理，但是因申请涉及的年度和项目较多，需逐件检索，本机关无法在")
			.contains("第三十三条规定的期限（" + chinese(current) + "）内作出答复。根据《条例》第三十五条的规定，本机关确定延迟答复的期限为"
					+ chinese(later) + "前（含当日）");
	}

	@Test
	void unreasonableReasonsAreRepliedNotHandledCitingArticle35() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		long id = assigned(applicant, editor);
		completeTask(clerk, id, "Task_HandleRequest",
				Map.of("decision", "ASK_REASONS", "reasonsNote", "您（单位）一个月内提出申请98件"));
		assertThat(post("/api/requests/" + id + "/reasons", applicant, Map.of("text", "想了解一下")).status()).isEqualTo(200);
		var wrong = completeTaskResponse(clerk, id, "Task_JudgeReasons", Map.of("reasonsVerdict", "MAYBE"));
		assertThat(wrong.status()).isEqualTo(400);
		completeTask(clerk, id, "Task_JudgeReasons", Map.of("reasonsVerdict", "UNREASONABLE"));
		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));
		var replied = eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText())).json();
		assertThat(replied.get("replyType").asText()).isEqualTo("MASS_REPEATED");
		assertThat(pdfText("/api/requests/" + id + "/reply-letter", applicant))
			.contains("申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您（单位）说明理由。经审查，您（单位）的申请理由不合理。")
			.contains("第三十五条的规定，本机关不予处理。");
	}

	private long assigned(String applicant, String editor) {
		var filed = post("/api/requests", applicant, application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}
}
