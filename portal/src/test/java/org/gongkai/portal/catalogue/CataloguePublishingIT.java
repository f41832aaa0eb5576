package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.PortalHttp;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publishing on real servers (MariaDB, Elasticsearch, Keycloak tokens): full metadata, 保密审查 with a
 * return, department head, attachments whose text alone finds the item, the public detail page and
 * download; then a correction, a repeal and a withdrawal, each reviewed and carried to the index by the
 * outbox; 政策解读 links both ways; 依申请转主动; and the staff pages in Chromium.
 */
class CataloguePublishingIT extends PortalHttp {

	@Autowired
	JdbcTemplate jdbc;

	/** Its own database (not the shared one of {@code PortalIT}), so parallel runs do not collide. */
	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_publishing", registry);
	}

	@Test
	void itemGoesThroughEveryReviewAndItsAttachmentsAreSearchable() throws Exception {
		var clerk = RealServers.token("clerk1");
		var created = post("/api/catalogue/items", clerk, item("关于推进城市更新行动的实施意见"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("keywords").asText()).isEqualTo("城市更新 老旧小区");
		assertThat(created.json().get("disclosureClass").asText()).isEqualTo("PROACTIVE");
		assertThat(created.json().get("effectiveOn").asText()).isEqualTo("2026-06-01");
		assertThat(created.json().get("publishDueOn").asText()).as("20 WD after 2026-05-11").isEqualTo("2026-06-08");

		var changed = item("关于推进城市更新行动的实施意见（修改稿）");
		var edited = put("/api/catalogue/items/" + id, clerk, changed);
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(edited.json().get("title").asText()).endsWith("（修改稿）");

		// a word that only the PDF holds, and one that only the DOCX holds
		var pdfWord = "螺蛳粉产业园";
		var docxWord = "古树名木普查";
		var pdf = TestFiles.pdf("附件1：" + pdfWord + "配套道路建设计划");
		var uploaded = upload(id, clerk, "计划.pdf", pdf);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		assertThat(uploaded.json().get("contentType").asText()).isEqualTo("application/pdf");
		long pdfId = uploaded.json().get("id").asLong();
		assertThat(upload(id, clerk, "说明.docx", TestFiles.docx("附件2", docxWord + "工作方案")).status()).isEqualTo(201);
		assertThat(upload(id, clerk, "logo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }).status())
			.isEqualTo(201);

		var exe = upload(id, clerk, "报告.pdf", "MZ\u0090 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(exe.status()).isEqualTo(415);
		assertThat(exe.json().get("type").asText()).endsWith("/attachment-rejected");
		assertThat(upload(id, RealServers.token("clerk2"), "x.pdf", pdf).status()).as("other department").isIn(403, 404);

		assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);

		// 保密审查 returns it with a reason; the clerk edits and resubmits
		var secrecy = RealServers.token("secrecy1");
		var noReason = post("/api/tasks/" + taskId(secrecy, id, "Task_SecrecyReview") + "/complete", secrecy,
				Map.of("approved", false));
		assertThat(noReason.status()).isEqualTo(400);
		complete(secrecy, id, "Task_SecrecyReview", Map.of("approved", false, "comment", "正文含有个人电话号码"));
		var returned = get("/api/catalogue/items/" + id, clerk).json();
		assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
		assertThat(jdbc.queryForObject(
				"select note from case_event where case_type = 'CATALOGUE_ITEM' and case_id = ? and type = 'RETURNED'",
				String.class, id)).isEqualTo("正文含有个人电话号码");
		assertThat(put("/api/catalogue/items/" + id, clerk, item("关于推进城市更新行动的实施意见")).status()).isEqualTo(200);
		complete(clerk, id, "Task_PrepareDraft", Map.of());
		complete(secrecy, id, "Task_SecrecyReview", Map.of("approved", true));
		assertThat(put("/api/catalogue/items/" + id, clerk, changed).status()).as("no edits under review").isEqualTo(409);
		complete(RealServers.token("head1"), id, "Task_DepartmentHeadApproval", Map.of("approved", true, "comment", "同意"));

		var published = get("/api/catalogue/items/" + id, clerk).json();
		assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.get("indexNo").asText()).matches("000014349/2026-\\d{5}");

		assertThat(found(pdfWord, id)).as("a word only in the PDF finds the item").isTrue();
		assertThat(found(docxWord, id)).as("a word only in the DOCX finds the item").isTrue();

		var page = get("/catalogue/items/" + id, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("计划.pdf", "说明.docx", "/catalogue/items/" + id + "/attachments/" + pdfId);
		var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/catalogue/items/" + id + "/attachments/" + pdfId)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.body()).isEqualTo(pdf);

		// correction: 保密审查, head; new version, the old one visible
		var correction = new LinkedHashMap<String, Object>();
		correction.put("kind", "CORRECT");
		correction.put("reason", "更正第三条中的实施日期");
		correction.put("content", item("关于推进城市更新和口袋公园建设行动的实施意见"));
		var requested = post("/api/catalogue/items/" + id + "/changes", clerk, correction);
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		assertThat(post("/api/catalogue/items/" + id + "/changes", clerk,
				Map.of("kind", "WITHDRAW", "reason", "重复")).status()).as("one change at a time").isEqualTo(409);
		complete(secrecy, id, "Task_SecrecyReviewChange", Map.of("approved", true));
		complete(RealServers.token("head1"), id, "Task_ApproveChange", Map.of("approved", true));
		var corrected = get("/api/catalogue/items/" + id, clerk).json();
		assertThat(corrected.get("revision").asInt()).isEqualTo(2);
		assertThat(corrected.get("indexNo").asText()).isEqualTo(published.get("indexNo").asText());
		assertThat(found("口袋公园", id)).as("the corrected title is indexed").isTrue();
		var revisions = get("/api/catalogue/items/" + id + "/revisions", clerk).json();
		assertThat(revisions.get(0).get("title").asText()).isEqualTo("关于推进城市更新行动的实施意见");
		assertThat(get("/catalogue/items/" + id, null).text()).contains("修订记录", "更正第三条中的实施日期",
				"关于推进城市更新行动的实施意见");

		// 废止: stays findable, labelled
		change(clerk, id, Map.of("kind", "REPEAL", "reason", "已被新文件替代", "effectiveDate", "2026-10-01"));
		complete(RealServers.token("head1"), id, "Task_ApproveChange", Map.of("approved", true));
		var repealed = eventually(Duration.ofSeconds(20), () -> search("口袋公园"),
				r -> hit(r, id) != null && "废止".equals(hit(r, id).path("validity").asText(null)));
		assertThat(hit(repealed, id)).as("a repealed item stays findable").isNotNull();
		assertThat(get("/api/catalogue/items/" + id, clerk).json().get("repealedOn").asText()).isEqualTo("2026-10-01");
		assertThat(get("/catalogue/items/" + id, null).text()).contains("本文件已废止");

		// a returned withdrawal changes nothing; an approved one removes the item from the index
		change(clerk, id, Map.of("kind", "WITHDRAW", "reason", "误发"));
		complete(RealServers.token("head1"), id, "Task_ApproveChange", Map.of("approved", false, "comment", "无需撤回"));
		assertThat(get("/api/catalogue/items/" + id, clerk).json().get("status").asText()).isEqualTo("PUBLISHED");
		change(clerk, id, Map.of("kind", "WITHDRAW", "reason", "含有不应公开的内容"));
		complete(RealServers.token("head1"), id, "Task_ApproveChange", Map.of("approved", true));
		var withdrawn = get("/api/catalogue/items/" + id, clerk).json();
		assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.get("withdrawnReason").asText()).isEqualTo("含有不应公开的内容");
		var gone = eventually(Duration.ofSeconds(20), () -> search(pdfWord), r -> hit(r, id) == null);
		assertThat(hit(gone, id)).as("withdrawn items leave the index").isNull();
		assertThat(get("/catalogue/items/" + id, null).status()).isEqualTo(404);
		assertThat(get("/catalogue/items/" + id + "/attachments/" + pdfId, null).status()).isEqualTo(404);
		assertThat(get("/api/catalogue/items/" + id + "/changes", clerk).json()).extracting(c -> c.get("status").asText())
			.containsExactly("APPLIED", "RETURNED", "APPLIED", "APPLIED");
	}

	@Test
	void interpretationIsLinkedBothWays() throws Exception {
		var clerk = RealServers.token("clerk1");
		long document = publish(clerk, item("关于促进民营经济高质量发展的若干措施"));
		var interpretation = item("《关于促进民营经济高质量发展的若干措施》政策解读");
		interpretation.put("columnCode", "interpretation");
		interpretation.put("genre", "解读");
		interpretation.put("interpretsItemId", document);
		long explained = publish(clerk, interpretation);

		var view = get("/api/catalogue/items/" + explained, clerk).json();
		assertThat(view.get("interpretsItemId").asLong()).isEqualTo(document);
		assertThat(get("/catalogue/items/" + explained, null).text()).contains("/catalogue/items/" + document,
				"关于促进民营经济高质量发展的若干措施");
		assertThat(get("/catalogue/items/" + document, null).text()).contains("相关解读",
				"/catalogue/items/" + explained);

		var ofAnInterpretation = item("解读的解读");
		ofAnInterpretation.put("columnCode", "interpretation");
		ofAnInterpretation.put("interpretsItemId", explained);
		var refused = post("/api/catalogue/items", clerk, ofAnInterpretation);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("interpretsItemId");
	}

	@Test
	void badMetadataIsAProblemNamingTheField() {
		var clerk = RealServers.token("clerk1");
		var badGenre = item("体裁不对的条目");
		badGenre.put("genre", "小说");
		var response = post("/api/catalogue/items", clerk, badGenre);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("genre").asText()).isEqualTo("请选择有效的体裁分类");

		var withheld = item("不予公开而无依据的条目");
		withheld.put("disclosureClass", "WITHHELD");
		var noBasis = post("/api/catalogue/items", clerk, withheld);
		assertThat(noBasis.status()).isEqualTo(400);
		assertThat(noBasis.json().get("field").asText()).isEqualTo("withholdingReason");
		assertThat(jdbc.queryForObject("select count(*) from catalogue_item where title = '不予公开而无依据的条目'",
				Integer.class)).as("nothing half-written").isZero();
	}

	@Test
	void disclosedReplyIsPromotedIntoTheCatalogue() throws Exception {
		var applicant = RealServers.token("applicant1");
		var filed = post("/api/requests", applicant, application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long requestId = filed.json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeRequestTask(editor, requestId, "Task_ConfirmReceipt", Map.of());
		var clerk = RealServers.token("clerk1");
		assertThat(post("/api/catalogue/items/from-request/" + requestId, clerk, null).status())
			.as("not replied yet").isIn(404, 409);
		completeRequestTask(editor, requestId, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		completeRequestTask(clerk, requestId, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "2026年全市新能源汽车充电桩布局规划如下……"));
		completeRequestTask(RealServers.token("head1"), requestId, "Task_DepartmentReview", Map.of("approved", true));
		completeRequestTask(RealServers.token("secrecy1"), requestId, "Task_SecrecyReview", Map.of("approved", true));
		completeRequestTask(RealServers.token("leader1"), requestId, "Task_SignOff", Map.of("approved", true));
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + requestId, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText()));

		try (var browser = new Browser()) {
			browser.signIn(url("/workbench"), "clerk1");
			assertThat(browser.text(By.id("promotable-" + requestId))).as("offered for 依申请转主动 on the clerk's workbench")
				.contains("全市新能源汽车充电桩布局规划");
		}
		assertThat(post("/api/catalogue/items/from-request/" + requestId, RealServers.token("clerk2"), null).status())
			.as("another department").isEqualTo(404);
		var promoted = post("/api/catalogue/items/from-request/" + requestId, clerk, null);
		assertThat(promoted.status()).as(promoted.text()).isEqualTo(201);
		assertThat(promoted.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(promoted.json().get("title").asText()).isEqualTo("全市新能源汽车充电桩布局规划");
		assertThat(promoted.json().get("body").asText()).startsWith("2026年全市新能源汽车充电桩布局规划");
		assertThat(promoted.json().get("sourceRequestId").asLong()).isEqualTo(requestId);
		assertThat(promoted.json().toString()).doesNotContain("张三").doesNotContain("13812345678");
		assertThat(post("/api/catalogue/items/from-request/" + requestId, clerk, null).status()).as("only once")
			.isEqualTo(409);
		long itemId = promoted.json().get("id").asLong();
		assertThat(taskId(clerk, itemId, "Task_PrepareDraft")).as("it enters the publication flow").isNotNull();
		assertThat(get("/api/requests/" + requestId, applicant).json().get("visibility").asText())
			.as("a draft is not public yet").isEqualTo("APPLICANT_AND_STAFF");

		complete(clerk, itemId, "Task_PrepareDraft", Map.of());
		complete(RealServers.token("secrecy1"), itemId, "Task_SecrecyReview", Map.of("approved", true));
		complete(RealServers.token("head1"), itemId, "Task_DepartmentHeadApproval", Map.of("approved", true));
		var moved = get("/api/requests/" + requestId, applicant).json();
		assertThat(moved.get("visibility").asText()).as("published: moved into proactive disclosure").isEqualTo("PUBLIC");
		assertThat(moved.get("publicItemId").asLong()).isEqualTo(itemId);
		assertThat(moved.get("status").asText()).as("status stays apart").isEqualTo("REPLIED");
		assertThat(moved.get("replyType").asText()).isEqualTo("DISCLOSE");
		assertThat(moved.get("steps")).extracting(step -> step.get("type").asText()).endsWith("MADE_PUBLIC");
	}

	/**
	 * In Chromium: a clerk writes a draft on the form, uploads a PDF on the item page, edits the draft,
	 * submits it from its task; after review the clerk opens the correction form and requests a 失效.
	 */
	@Test
	void clerkUsesThePublishingPages() throws Exception {
		try (var browser = new Browser()) {
			var driver = browser.driver;
			var wait = browser.wait;
			browser.signIn(url("/workbench/items/new"), "clerk1");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
			// the withholding bases cite their article the one way (not "（第16 第一款条）")
			assertThat(driver.findElements(By.cssSelector("#withholdingReason option")))
				.extracting(option -> option.getAttribute("textContent"))
				.contains("属于国家秘密（第十四条）", "属于三类内部事务信息（第十六条第一款）", "属于行政查询事项（第三十六条第（七）项）")
				.noneMatch(text -> text.matches(".*(第—|第国|[款项]条|第\\d).*"));
			driver.findElement(By.id("title")).sendKeys("关于做好夏季防汛工作的通知");
			driver.findElement(By.id("issuer")).sendKeys("市发展和改革委员会");
			new Select(driver.findElement(By.id("columnCode"))).selectByValue("other-doc");
			new Select(driver.findElement(By.id("genre"))).selectByVisibleText("通知");
			driver.findElement(By.id("keywords")).sendKeys("防汛 排涝");
			driver.findElement(By.id("body")).sendKeys("各区：请做好防汛准备。");
			driver.findElement(By.id("save")).click();

			try {
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachments")));
			}
			catch (RuntimeException e) {
				throw new AssertionError(driver.getCurrentUrl() + " " + driver.findElement(By.tagName("body")).getText(), e);
			}
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("关于做好夏季防汛工作的通知", "防汛 排涝",
					"公开时限");
			long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/workbench/items/(\\d+).*", "$1"));

			var pdf = java.nio.file.Files.createTempFile("防汛预案", ".pdf");
			java.nio.file.Files.write(pdf, TestFiles.pdf("城区易涝点排水泵站调度方案"));
			driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
			driver.findElement(By.id("upload")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "附件已上传"));
			assertThat(driver.findElement(By.id("attachments")).getText()).contains(".pdf");

			driver.findElement(By.id("edit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
			var title = driver.findElement(By.id("title"));
			title.clear();
			title.sendKeys("关于做好2026年夏季防汛工作的通知");
			driver.findElement(By.id("save")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "草稿已保存"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("关于做好2026年夏季防汛工作的通知");

			var clerk = RealServers.token("clerk1");
			assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
			complete(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
			complete(RealServers.token("head1"), id, "Task_DepartmentHeadApproval", Map.of("approved", true));

			driver.get(url("/workbench/items/" + id + "/correct"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
			assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("关于做好2026年夏季防汛工作的通知");

			driver.get(url("/workbench/items/" + id));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-forms")));
			driver.findElement(By.cssSelector("input[name=kind][value=EXPIRE]")).click();
			driver.findElement(By.id("change-reason")).sendKeys("汛期已结束");
			driver.findElement(By.id("request-change")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "变更申请已提交审核"));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("汛期已结束", "审核中");

			driver.get(url("/workbench"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("关于做好2026年夏季防汛工作的通知");
		}
	}

	private long publish(String clerk, Map<String, Object> content) throws Exception {
		var created = post("/api/catalogue/items", clerk, content);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
		complete(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		complete(RealServers.token("head1"), id, "Task_DepartmentHeadApproval", Map.of("approved", true));
		return id;
	}

	private void change(String clerk, long id, Map<String, Object> change) {
		var response = post("/api/catalogue/items/" + id + "/changes", clerk, change);
		assertThat(response.status()).as(response.text()).isEqualTo(202);
	}

	private boolean found(String word, long id) throws InterruptedException {
		var result = eventually(Duration.ofSeconds(20), () -> search(word), r -> hit(r, id) != null);
		return hit(result, id) != null;
	}

	private Response search(String text) {
		return get("/api/catalogue/search?q=" + encode(text), null);
	}

	private static JsonNode hit(Response response, long id) {
		if (response.json() == null || response.json().get("hits") == null) {
			return null;
		}
		for (var hit : response.json().get("hits")) {
			if (String.valueOf(id).equals(hit.get("id").asText())) {
				return hit;
			}
		}
		return null;
	}

	private void complete(String token, long itemId, String taskKey, Map<String, Object> variables) {
		var taskId = taskId(token, itemId, taskKey);
		assertThat(taskId).as("task " + taskKey + " of item " + itemId + " in " + get("/api/tasks", token).text()).isNotNull();
		var response = post("/api/tasks/" + taskId + "/complete", token, variables);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	private String taskId(String token, long caseId, String taskKey) {
		for (var task : get("/api/tasks", token).json()) {
			if (String.valueOf(caseId).equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskKey").asText())
					&& task.get("processKey").asText().startsWith("Catalogue")) {
				return task.get("id").asText();
			}
		}
		return null;
	}

	private void completeRequestTask(String token, long requestId, String taskKey, Map<String, Object> variables) {
		for (var task : get("/api/tasks", token).json()) {
			if (String.valueOf(requestId).equals(task.get("caseId").asText())
					&& "DisclosureRequestProcess".equals(task.get("processKey").asText())
					&& taskKey.equals(task.get("taskKey").asText())) {
				var response = post("/api/tasks/" + task.get("id").asText() + "/complete", token, variables);
				assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
				return;
			}
		}
		throw new AssertionError("no task " + taskKey + " of request " + requestId);
	}

	private Response put(String path, String token, Object body) throws IOException {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	private Response upload(long itemId, String token, String fileName, byte[] content) throws IOException {
		var boundary = "----gongkai" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request("/api/catalogue/items/" + itemId + "/attachments", token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static Map<String, Object> item(String title) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "明确城市更新的目标任务、实施路径和保障措施。");
		item.put("body", "各区人民政府，市政府各部门：现就推进城市更新行动提出如下实施意见……");
		item.put("issuer", "市发展和改革委员会、市住房和城乡建设局");
		item.put("writtenDate", "2026-05-11");
		item.put("docNumber", "发改〔2026〕45号");
		item.put("columnCode", "normative");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "意见");
		item.put("keywords", "城市更新 老旧小区");
		item.put("effectiveOn", "2026-06-01");
		return item;
	}

	private static Map<String, Object> application() {
		var body = new LinkedHashMap<String, Object>();
		body.put("applicantType", "NATURAL_PERSON");
		body.put("applicantName", "张三");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "13812345678");
		body.put("email", "zhangsan@example.com");
		body.put("title", "全市新能源汽车充电桩布局规划");
		body.put("description", "申请公开全市新能源汽车充电桩布局规划。");
		body.put("deliveryForm", "ELECTRONIC");
		body.put("deliveryMethod", "ONLINE");
		body.put("accessibilityNeeds", false);
		return body;
	}
}
