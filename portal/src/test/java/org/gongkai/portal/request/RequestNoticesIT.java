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
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * The numbered notices of a request through the API with real Keycloak tokens on MariaDB: each step
 * that issues one (补正, 延期, 第三方征询, 收费) numbers it, the applicant downloads theirs as PDF, the
 * consultation letter only reaches the handlers, and nobody else sees any of them.
 */
class RequestNoticesIT extends RequestApiIT {

	@Test
	void everyNoticeIsNumberedAndDownloadedAsAPdfCitingItsArticle() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		var filed = post("/api/requests", applicant, application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();

		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "SUPPLEMENT", "supplementNote",
				"所需资金使用明细对应的具体项目名称\n所需信息的时间范围（如2025年1月至12月）"));
		var supplementDue = LocalDate.parse(get("/api/requests/" + id, applicant).json().get("supplementDueOn").asText());
		assertThat(post("/api/requests/" + id + "/supplement", applicant, Map.of("text", "市级财政专项资金2025年度明细"))
			.status()).isEqualTo(200);
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var due = LocalDate.parse(get("/api/requests/" + id, applicant).json().get("replyDueOn").asText());
		completeTask(clerk, id, "Task_HandleRequest",
				Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "所申请信息涉及多个部门和年度的档案"));
		completeTask(RealServers.token("officehead1"), id, "Task_ApproveExtension", Map.of("approved", true));
		var extendedDue = LocalDate.parse(eventually(Duration.ofSeconds(20), () -> get("/api/requests/" + id, applicant),
				r -> r.json().get("originalDueOn").isTextual()).json().get("replyDueOn").asText());
		var withoutParty = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY", "consultedInformation", "工程款支付凭证"));
		assertThat(withoutParty.status()).as("a third party must be named").isEqualTo(400);
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY",
				"consultedParty", "某某建设工程有限公司", "consultedInformation", "工程款支付凭证及银行账户信息"));
		completeTask(clerk, id, "Task_RecordConsultationReply", Map.of("comment", "第三方书面同意公开"));
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 150));

		var staffView = get("/api/requests/" + id, editor).json().get("notices");
		assertThat(staffView).extracting(n -> n.get("kind").asText())
			.containsExactly("SUPPLEMENT", "EXTENSION", "CONSULTATION", "FEE");
		assertThat(staffView).extracting(n -> n.get("number").asText())
			.allSatisfy(number -> assertThat(number).matches("[补延征费]〔\\d{4}〕第\\d{4}号"));
		var applicantView = get("/api/requests/" + id, applicant).json().get("notices");
		assertThat(applicantView).extracting(n -> n.get("kind").asText())
			.as("the consultation letter goes to the third party, not the applicant")
			.containsExactly("SUPPLEMENT", "EXTENSION", "FEE");

		var supplement = pdfText(notice(id, staffView, "SUPPLEMENT"), applicant);
		assertThat(supplement).startsWith("政府信息公开申请补正告知书" + number(staffView, "SUPPLEMENT") + "张三：")
			.contains("第三十条的规定，请您（单位）对申请作出如下补正：（一）所需资金使用明细对应的具体项目名称；（二）所需信息的时间范围（如2025年1月至12月）。")
			.contains("请于" + chinese(supplementDue) + "前（含当日）将补正后的申请提交本机关")
			.contains("视为放弃申请")
			.endsWith("特此告知。市人民政府" + chinese(issued(staffView, "SUPPLEMENT")));

		var extension = pdfText(notice(id, staffView, "EXTENSION"), applicant);
		assertThat(extension).startsWith("政府信息公开申请延期答复告知书" + number(staffView, "EXTENSION") + "张三：")
			.contains("因所申请信息涉及多个部门和年度的档案，本机关无法在原定答复期限（" + chinese(due) + "）内作出答复。")
			.contains("第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长至" + chinese(extendedDue));

		var fee = pdfText(notice(id, staffView, "FEE"), applicant);
		assertThat(fee).startsWith("政府信息公开信息处理费收费通知" + number(staffView, "FEE") + "张三：")
			.contains("第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定")
			.contains("本次申请所需提供的政府信息共计150页，应缴纳信息处理费人民币1,700.00元（大写：壹仟柒佰元整）。")
			.contains("到本机关政府信息公开受理窗口现场缴纳")
			.contains("逾期未缴纳的，视为放弃申请");

		var consultation = notice(id, staffView, "CONSULTATION");
		assertThat(download(consultation, applicant).statusCode()).as("not for the applicant").isEqualTo(404);
		var letter = pdfText(consultation, editor);
		assertThat(letter).startsWith("政府信息公开第三方意见征询函" + number(staffView, "CONSULTATION") + "某某建设工程有限公司：")
			.contains("涉及您（单位）的工程款支付凭证及银行账户信息")
			.contains("第三十二条的规定，现书面征求您（单位）的意见")
			.doesNotContain("张三");
		assertThat(pdfText(consultation, clerk)).as("the handling department").isEqualTo(letter);

		for (var kind : List.of("SUPPLEMENT", "CONSULTATION")) {
			assertThat(download(notice(id, staffView, kind), RealServers.token("applicant2")).statusCode())
				.as("another applicant").isEqualTo(404);
			assertThat(download(notice(id, staffView, kind), RealServers.token("clerk2")).statusCode())
				.as("another department").isEqualTo(404);
		}
		assertThat(download("/api/requests/" + id + "/notices/999999", editor).statusCode()).isEqualTo(404);
		assertThat(pdfText(notice(id, staffView, "SUPPLEMENT"), applicant)).as("rendered the same every time")
			.isEqualTo(supplement);
	}

	/**
	 * Art. 34: another agency gets a numbered 征求意见书; art. 32: the third party objects, the agency
	 * discloses in the public interest and the reply sends the third party a numbered 第三方不同意公开告知书.
	 * Neither letter reaches the applicant, nor does the third party's name on the tracking page.
	 */
	@Test
	void agencyConsultationAndDisclosureOverAThirdPartysObjectionAreNumberedLetters() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		long id = post("/api/requests", applicant, application()).json().get("id").asLong();
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));

		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "CONSULT", "consultationKind", "AGENCY",
				"consultedParty", "市财政局", "consultedInformation", "两机关联合印发的专项资金分配方案"));
		completeTask(clerk, id, "Task_RecordConsultationReply", Map.of("consultationOpinion", "AGREED", "comment", "同意公开"));
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY",
				"consultedParty", "某某建设工程有限公司", "consultedInformation", "中标单位的投标报价明细"));
		completeTask(clerk, id, "Task_RecordConsultationReply",
				Map.of("consultationOpinion", "OBJECTED", "objectionReasons", "报价明细属于本公司商业秘密"));
		var noReason = completeTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开。"));
		assertThat(noReason.status()).as("disclosing over an objection needs the public interest").isEqualTo(400);
		assertThat(noReason.text()).contains("publicInterestReason");
		completeTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "replyType", "DISCLOSE",
				"replyNote", "予以公开。", "publicInterestReason", "专项资金属于财政资金，其使用情况关系公共利益"));
		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText()));

		var staffView = get("/api/requests/" + id, editor).json().get("notices");
		assertThat(staffView).extracting(n -> n.get("kind").asText())
			.containsExactly("AGENCY_CONSULTATION", "CONSULTATION", "THIRD_PARTY_DECISION");
		assertThat(number(staffView, "AGENCY_CONSULTATION")).matches("询〔\\d{4}〕第\\d{4}号");
		assertThat(number(staffView, "THIRD_PARTY_DECISION")).matches("告〔\\d{4}〕第\\d{4}号");
		var applicantView = get("/api/requests/" + id, applicant).json();
		assertThat(applicantView.get("notices")).as("letters to others stay with the handlers").isEmpty();
		assertThat(applicantView.get("steps")).extracting(step -> step.get("type").asText())
			.doesNotContain("THIRD_PARTY_OBJECTED", "THIRD_PARTY_NOTIFIED");
		assertThat(applicantView.toString()).doesNotContain("某某建设工程有限公司");

		var agencyLetter = notice(id, staffView, "AGENCY_CONSULTATION");
		assertThat(download(agencyLetter, applicant).statusCode()).isEqualTo(404);
		assertThat(pdfText(agencyLetter, clerk)).startsWith("政府信息公开征求意见书" + number(staffView, "AGENCY_CONSULTATION") + "市财政局：")
			.contains("“两机关联合印发的专项资金分配方案”由本机关与贵机关共同制作")
			.contains("第三十四条的规定，现就是否公开上述政府信息征求贵机关意见")
			.contains("贵机关逾期未提出意见的，视为同意公开。")
			.doesNotContain("张三");

		var decision = notice(id, staffView, "THIRD_PARTY_DECISION");
		assertThat(download(decision, applicant).statusCode()).isEqualTo(404);
		assertThat(pdfText(decision, editor))
			.startsWith("政府信息公开第三方不同意公开告知书" + number(staffView, "THIRD_PARTY_DECISION") + "某某建设工程有限公司：")
			.contains("《政府信息公开第三方意见征询函》（" + number(staffView, "CONSULTATION") + "）")
			.contains("不公开上述政府信息可能对公共利益造成重大影响，理由是：专项资金属于财政资金，其使用情况关系公共利益。")
			.contains("第三十二条的规定，本机关决定予以公开，公开的政府信息内容为：中标单位的投标报价明细。")
			.contains("行政复议")
			.doesNotContain("张三");
	}
}
