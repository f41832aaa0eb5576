package org.gongkai.portal.replyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.junit.jupiter.api.Test;

/**
 * The information a reply provides, through the API on MariaDB with real Keycloak tokens: the handler uploads a
 * PDF and links a published catalogue item, the secrecy review must approve both files, the reply is issued; the
 * applicant lists and downloads them (nobody else, and not before the reply), the lookup names them without
 * serving them, and the reply letter lists them with their pages.
 */
class ReplyFilesIT extends PortalIT {

	private static final HttpClient BINARY = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theReplyProvidesAnUploadedFileAndALinkedItemApprovedFileByFile() throws Exception {
		var clerk = RealServers.token("clerk1");
		long itemId = publishedItem(clerk, "关于公共充电设施建设运营管理的通知");
		var applicant = RealServers.token("applicant1");
		var filed = post("/api/requests", applicant, RequestApiIT.application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		var code = filed.json().get("queryCode").asText();
		completeRequestTask(RealServers.token("editor1"), id, "Task_ConfirmReceipt", Map.of());
		completeRequestTask(RealServers.token("editor1"), id, "Task_RegisterRequest",
				Map.of("decision", "ASSIGN", "departmentCode", "fgw"));

		var nothing = completeRequestTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE"));
		assertThat(nothing.status()).as("DISCLOSE without information nor note").isEqualTo(400);
		assertThat(nothing.text()).contains("replyFiles", "须上传或添加提供的信息");

		byte[] pdf = pdf("Charging plan page one", "Charging plan page two");
		assertThat(upload(id, RealServers.token("clerk2"), "充电桩布局规划.pdf", pdf).status()).as("other department")
			.isEqualTo(404);
		assertThat(upload(id, applicant, "充电桩布局规划.pdf", pdf).status()).isEqualTo(404);
		var bad = upload(id, clerk, "说明.txt", "just text".getBytes(StandardCharsets.UTF_8));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("\"file\"");

		var uploaded = upload(id, clerk, "充电桩布局规划.pdf", pdf);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		long fileId = uploaded.json().get("id").asLong();
		assertThat(uploaded.json().get("name").asText()).isEqualTo("充电桩布局规划.pdf");
		assertThat(uploaded.json().get("pages").asInt()).isEqualTo(2);
		var linked = post("/api/requests/" + id + "/reply-files/catalogue-items", clerk, Map.of("itemId", itemId));
		assertThat(linked.status()).as(linked.text()).isEqualTo(201);
		long linkId = linked.json().get("id").asLong();
		assertThat(linked.json().get("indexNo").asText()).isNotBlank();
		var indexNo = linked.json().get("indexNo").asText();
		assertThat(post("/api/requests/" + id + "/reply-files/catalogue-items", clerk, Map.of("itemId", 999999)).status())
			.isEqualTo(400);

		completeRequestTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "replyType", "DISCLOSE"));
		assertThat(get("/api/requests/" + id + "/reply-files", applicant).status()).as("before the reply").isEqualTo(404);
		assertThat(download("/api/requests/" + id + "/reply-files/" + fileId, applicant).statusCode()).isEqualTo(404);
		assertThat(upload(id, clerk, "另一份.pdf", pdf).status()).as("not while the reply is reviewed").isEqualTo(400);

		completeRequestTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		var secrecy = RealServers.token("secrecy1");
		var partly = completeRequestTaskResponse(secrecy, id, "Task_SecrecyReview",
				Map.of("approved", true, "approvedFiles", List.of(fileId)));
		assertThat(partly.status()).as("approval without every file").isEqualTo(400);
		assertThat(partly.text()).contains("approvedFiles", "关于公共充电设施建设运营管理的通知");
		assertThat(get("/api/requests/" + id + "/reply-files", secrecy).json())
			.allSatisfy(file -> assertThat(file.get("secrecyApprovedBy").isNull()).isTrue());
		completeRequestTask(secrecy, id, "Task_SecrecyReview",
				Map.of("approved", true, "approvedFiles", List.of(fileId, linkId)));
		assertThat(get("/api/requests/" + id + "/reply-files", secrecy).json())
			.allSatisfy(file -> assertThat(file.get("secrecyApprovedBy").asText()).isEqualTo("secrecy1"));
		completeRequestTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));
		var replied = eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText()));
		assertThat(replied.json().get("status").asText()).isEqualTo("REPLIED");

		var listed = get("/api/requests/" + id + "/reply-files", applicant);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json()).extracting(f -> f.get("name").asText())
			.containsExactly("充电桩布局规划.pdf", "关于公共充电设施建设运营管理的通知");
		assertThat(listed.json().get(0).get("pages").asInt()).isEqualTo(2);
		assertThat(listed.json().get(0).get("secrecyApprovedBy").isNull()).as("staff detail").isTrue();
		var file = download("/api/requests/" + id + "/reply-files/" + fileId, applicant);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(file.body()).isEqualTo(pdf);
		var item = download("/api/requests/" + id + "/reply-files/" + linkId, applicant);
		assertThat(item.statusCode()).isEqualTo(303);
		assertThat(item.headers().firstValue("Location")).contains("/catalogue/items/" + itemId);
		assertThat(download("/api/requests/" + id + "/reply-files/" + fileId + "/original", applicant).statusCode())
			.as("originals stay with the staff").isEqualTo(404);

		var other = RealServers.token("applicant2");
		assertThat(get("/api/requests/" + id + "/reply-files", other).status()).isEqualTo(404);
		assertThat(download("/api/requests/" + id + "/reply-files/" + fileId, other).statusCode()).isEqualTo(404);

		var receiptNo = replied.json().get("receiptNo").asText();
		var address = "10.16." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
		var lookup = send(request("/api/requests/lookup?no=" + receiptNo + "&code=" + code, null)
			.header("X-Forwarded-For", address));
		assertThat(lookup.status()).as(lookup.text()).isEqualTo(200);
		assertThat(lookup.json().get("replyFiles")).extracting(JsonNode::asText)
			.containsExactly("充电桩布局规划.pdf", "关于公共充电设施建设运营管理的通知");
		assertThat(lookup.text()).doesNotContain("/reply-files/", "/catalogue/items/");
		var page = send(request("/requests/lookup?no=" + receiptNo + "&code=" + code, null)
			.header("X-Forwarded-For", address));
		assertThat(page.text()).contains("充电桩布局规划.pdf", "关于公共充电设施建设运营管理的通知")
			.doesNotContain("/reply-files/");

		var letter = download("/api/requests/" + id + "/reply-letter", applicant);
		assertThat(letter.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(letter.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("附件：1.充电桩布局规划.pdf（2页）")
				.contains("2.关于公共充电设施建设运营管理的通知（索引号：" + indexNo.replaceAll("\\s", ""));
		}
		assertThat(upload(id, clerk, "另一份.pdf", pdf).status()).as("not after the reply").isEqualTo(400);
	}

	@Test
	void aChangeAfterTheSecrecyApprovalVoidsItAndTheReplyIsReviewedAgain() throws Exception {
		var clerk = RealServers.token("clerk1");
		long id = assigned();
		long first = upload(id, clerk, "第一份.pdf", pdf("first")).json().get("id").asLong();
		completeRequestTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "replyType", "DISCLOSE"));
		completeRequestTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		var secrecy = RealServers.token("secrecy1");
		completeRequestTask(secrecy, id, "Task_SecrecyReview", Map.of("approved", true, "approvedFiles", List.of(first)));
		completeRequestTask(RealServers.token("leader1"), id, "Task_SignOff",
				Map.of("approved", false, "comment", "请补充第二份文件"));

		var second = upload(id, clerk, "第二份.pdf", pdf("second"));
		assertThat(second.status()).as(second.text()).isEqualTo(201);
		assertThat(get("/api/requests/" + id + "/reply-files", clerk).json())
			.allSatisfy(file -> assertThat(file.get("secrecyApprovedBy").isNull()).as("approval void").isTrue());
		completeRequestTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "replyType", "DISCLOSE"));
		completeRequestTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		assertThat(completeRequestTaskResponse(secrecy, id, "Task_SecrecyReview",
				Map.of("approved", true, "approvedFiles", List.of(first))).status()).isEqualTo(400);
		assertThat(completeRequestTaskResponse(secrecy, id, "Task_SecrecyReview", Map.of("approved", true)).status())
			.isEqualTo(400);
		completeRequestTask(secrecy, id, "Task_SecrecyReview",
				Map.of("approved", false, "comment", "第二份文件含个人信息，请作区分处理"));
		var events = get("/api/requests/" + id, clerk).json().get("steps");
		assertThat(events).extracting(step -> step.get("type").asText())
			.containsSubsequence("REPLY_FILE_ADDED", "REPLY_FILES_APPROVED", "REPLY_FILE_ADDED");
	}

	@Test
	void aPartialReplyNeedsARedactedFileOrAnExplanation() throws Exception {
		var clerk = RealServers.token("clerk1");
		long id = assigned();
		upload(id, clerk, "全文.pdf", pdf("full"));
		var refused = completeRequestTaskResponse(clerk, id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "PARTIAL", "replyReasons", List.of("PROCESS_INFORMATION")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("replyFiles", "区分处理");
		completeRequestTask(clerk, id, "Task_HandleRequest", Map.of("decision", "PROPOSE", "replyType", "PARTIAL",
				"replyReasons", List.of("PROCESS_INFORMATION"), "replyNote", "可以公开的部分以纸质形式提供。"));
	}

	/** A request of applicant1 assigned to the department fgw, waiting for clerk1's proposal. */
	private long assigned() {
		var filed = post("/api/requests", RealServers.token("applicant1"), RequestApiIT.application());
		long id = filed.json().get("id").asLong();
		completeRequestTask(RealServers.token("editor1"), id, "Task_ConfirmReceipt", Map.of());
		completeRequestTask(RealServers.token("editor1"), id, "Task_RegisterRequest",
				Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}

	/** A PDF with one page per text, in a standard font so its text is extractable. */
	static byte[] pdf(String... pages) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			for (var text : pages) {
				var page = new PDPage();
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A published, proactively disclosed catalogue item of clerk1's department. */
	private long publishedItem(String clerk, String title) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "规范公共充电设施的建设和运营管理。");
		item.put("body", "各区人民政府，市政府各部门：为规范公共充电设施建设运营管理，现通知如下……");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", "2026-04-20");
		item.put("docNumber", "发改〔2026〕31号");
		item.put("columnCode", "normative");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "通知");
		item.put("keywords", "充电设施");
		item.put("effectiveOn", "2026-05-01");
		var created = post("/api/catalogue/items", clerk, item);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
		completeItemTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview");
		completeItemTask(RealServers.token("head1"), id, "Task_DepartmentHeadApproval");
		return id;
	}

	private void completeItemTask(String token, long itemId, String taskKey) {
		completeOpenTask(token, "CataloguePublicationProcess", itemId, taskKey, Map.of("approved", true));
	}

	private void completeRequestTask(String token, long requestId, String taskKey, Map<String, Object> variables) {
		completeOpenTask(token, DisclosureRequestProcess.KEY, requestId, taskKey, variables);
	}

	private Response completeRequestTaskResponse(String token, long requestId, String taskKey, Map<String, Object> variables) {
		return completeOpenTaskResponse(token, DisclosureRequestProcess.KEY, requestId, taskKey, variables);
	}

	private Response upload(long requestId, String token, String fileName, byte[] content) throws IOException {
		var boundary = "----gongkai" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request("/api/requests/" + requestId + "/reply-files", token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
		return BINARY.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
