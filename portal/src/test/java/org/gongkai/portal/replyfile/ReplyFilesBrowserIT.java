package org.gongkai.portal.replyfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.request.RequestApiIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The information a reply provides, in Chromium: the handler uploads a file and picks a catalogue item from a
 * search on the case page, the reviewers open them on their task pages and approve (the secrecy review file by
 * file), the applicant downloads both from the tracking page; and a partial disclosure whose two redactions,
 * marked on the marking page, are gone from the file the applicant receives.
 */
class ReplyFilesBrowserIT extends PortalIT {

	@Test
	void theHandlerAttachesAFileAndACatalogueItemReviewersApproveAndTheApplicantDownloadsBoth() throws Exception {
		var title = "关于新能源汽车充电基础设施专项规划的批复";
		long itemId = publishedItem(title);
		long id = assigned();
		byte[] pdf = ReplyFilesIT.pdf("Charging network plan 2026", "Annex: station list");
		var upload = Files.createTempDirectory("reply-files").resolve("充电设施专项规划.pdf");
		Files.write(upload, pdf);
		var casePage = url("/workbench/requests/" + id);

		try (var clerk = new Browser()) {
			clerk.signIn(casePage, "clerk1");
			var page = clerk.driver;
			assertThat(clerk.text(By.id("reply-files"))).contains("提供的信息", "尚未提供信息");
			page.findElement(By.id("reply-file-upload")).sendKeys(upload.toString());
			page.findElement(By.id("reply-file-upload-button")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-file-message")));
			assertThat(clerk.text(By.id("reply-file-list"))).contains("充电设施专项规划.pdf", "2", "全文提供");

			// the item reaches the index after commit: search again until it is found
			var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (true) {
				page.findElement(By.id("reply-file-query")).clear();
				page.findElement(By.id("reply-file-query")).sendKeys("新能源汽车充电基础设施专项规划");
				page.findElement(By.id("reply-file-search")).click();
				clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-file-hits")));
				var hit = page.findElements(By.xpath("//ul[@id='reply-file-hits']/li[span[normalize-space()='" + title
						+ "']]//button[contains(@class,'reply-file-add')]"));
				if (!hit.isEmpty()) {
					hit.get(0).click();
					break;
				}
				assertThat(System.nanoTime()).as("item indexed").isLessThan(deadline);
				Thread.sleep(1000);
			}
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-file-message")));
			assertThat(clerk.text(By.id("reply-file-list"))).contains("充电设施专项规划.pdf", title, "公开目录条目");

			new Select(page.findElement(By.id("replyType"))).selectByValue("DISCLOSE");
			submit(clerk);
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		}

		try (var head = new Browser()) {
			head.signIn(url("/workbench/tasks/" + taskId("head1", id, "Task_DepartmentReview")), "head1");
			opensTheFile(head, pdf);
			assertThat(head.driver.findElements(By.id("reply-file-upload"))).as("reviewers do not change them").isEmpty();
			approve(head);
		}

		try (var secrecy = new Browser()) {
			secrecy.signIn(url("/workbench/tasks/" + taskId("secrecy1", id, "Task_SecrecyReview")), "secrecy1");
			opensTheFile(secrecy, pdf);
			var boxes = secrecy.driver.findElements(By.cssSelector("#secrecy-files input.secrecy-file"));
			assertThat(boxes).hasSize(2);
			boxes.get(0).click();
			secrecy.driver.findElement(By.xpath("//input[@name='approved' and @value='true']")).click();
			submit(secrecy);
			assertThat(secrecy.text(By.cssSelector(".flash.error"))).as("every file must be confirmed")
				.contains("逐一确认", title);
			secrecy.driver.findElements(By.cssSelector("#secrecy-files input.secrecy-file")).forEach(box -> box.click());
			approve(secrecy);
		}

		try (var leader = new Browser()) {
			leader.signIn(url("/workbench/tasks/" + taskId("leader1", id, "Task_SignOff")), "leader1");
			assertThat(leader.text(By.id("reply-file-list"))).contains("已确认（secrecy1）");
			approve(leader);
		}
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, RealServers.token("applicant1")),
				r -> "REPLIED".equals(r.json().get("status").asText()));

		try (var applicant = new Browser()) {
			applicant.signIn(url("/requests/" + id), "applicant1");
			assertThat(applicant.text(By.id("reply-files"))).contains("随答复提供的信息", "充电设施专项规划.pdf", "（2页）",
					title);
			var links = applicant.driver.findElements(By.cssSelector("#reply-file-list a.reply-file-download"));
			assertThat(links).hasSize(2);
			var file = download(links.get(0).getAttribute("href"), session(applicant.driver));
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).isEqualTo(pdf);
			assertThat(links.get(1).getAttribute("href")).endsWith("/catalogue/items/" + itemId);
			links.get(1).click();
			applicant.wait.until(ExpectedConditions.urlContains("/catalogue/items/" + itemId));
			assertThat(applicant.text(By.tagName("h1"))).contains(title);
		}
	}

	@Test
	void aPartialDisclosureGivesTheApplicantAPdfWithoutTheTwoRedactedParts() throws Exception {
		long id = assigned();
		var secret = "Phone 13812345678";
		byte[] pdf = pdfWithImage("Staff list of the project office", secret);
		var upload = Files.createTempDirectory("reply-files").resolve("项目办人员名单.pdf");
		Files.write(upload, pdf);

		try (var clerk = new Browser()) {
			clerk.signIn(url("/workbench/requests/" + id), "clerk1");
			var page = clerk.driver;
			page.findElement(By.id("reply-file-upload")).sendKeys(upload.toString());
			page.findElement(By.id("reply-file-upload-button")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-file-message")));
			page.findElement(By.cssSelector("a.reply-file-redact")).click();

			// the marking page (Task R): new marks take the reason chosen here, and each mark has its own select
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("redaction-pattern")));
			new Select(page.findElement(By.id("redaction-reason"))).selectByValue("THIRD_PARTY_RIGHTS");
			// first mark: the phone number, found by a literal search
			new Select(page.findElement(By.id("redaction-pattern"))).selectByValue("");
			page.findElement(By.id("redaction-text")).sendKeys("13812345678");
			page.findElement(By.id("redaction-find")).click();
			clerk.wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() >= 1);
			// second mark: the photo (72–232 pt from the left, 152–312 pt from the top), drawn with the mouse
			var layer = page.findElement(By.cssSelector(".redaction-page[data-page='1'] .redaction-layer"));
			// WebDriver offsets count from the centre of the element's visible part: measure it
			@SuppressWarnings("unchecked")
			var box = (List<Number>) ((JavascriptExecutor) page).executeScript(
					"var l = arguments[0]; l.scrollIntoView(true); var r = l.getBoundingClientRect();"
							+ " var top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);"
							+ " var left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);"
							+ " return [r.width, (left + right) / 2 - r.left, (top + bottom) / 2 - r.top];", layer);
			double scale = box.get(0).doubleValue() / 612;
			int fromX = (int) Math.round(60 * scale - box.get(1).doubleValue());
			int fromY = (int) Math.round(140 * scale - box.get(2).doubleValue());
			int side = (int) Math.round(185 * scale);
			new Actions(page).moveToElement(layer, fromX, fromY)
				.clickAndHold()
				.moveByOffset(side / 2, side / 2)
				.moveByOffset(side - side / 2, side - side / 2)
				.release()
				.perform();
			clerk.wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() >= 2);
			for (var reason : page.findElements(By.cssSelector("#mark-list select"))) {
				new Select(reason).selectByValue("THIRD_PARTY_RIGHTS");
			}
			page.findElement(By.id("redaction-save")).click();
			clerk.wait.until(ExpectedConditions.urlContains("/workbench/requests/" + id));
			assertThat(clerk.text(By.id("reply-file-list"))).contains("区分处理", "原件（仅限内部）");

			new Select(page.findElement(By.id("replyType"))).selectByValue("PARTIAL");
			page.findElement(By.xpath("//input[@name='replyReasons' and @value='THIRD_PARTY_RIGHTS']")).click();
			submit(clerk);
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		}
		var files = get("/api/requests/" + id + "/reply-files", RealServers.token("head1")).json();
		long fileId = files.get(0).get("id").asLong();
		completeRequestTask("head1", id, "Task_DepartmentReview", Map.of("approved", true));
		completeRequestTask("secrecy1", id, "Task_SecrecyReview", Map.of("approved", true, "approvedFiles", List.of(fileId)));
		completeRequestTask("leader1", id, "Task_SignOff", Map.of("approved", true));
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, RealServers.token("applicant1")),
				r -> "REPLIED".equals(r.json().get("status").asText()));

		try (var applicant = new Browser()) {
			applicant.signIn(url("/requests/" + id), "applicant1");
			assertThat(applicant.text(By.id("reply-files"))).contains("项目办人员名单.pdf", "区分处理");
			var link = applicant.driver.findElement(By.cssSelector("#reply-file-list a.reply-file-download"));
			var served = download(link.getAttribute("href"), session(applicant.driver));
			assertThat(served.statusCode()).isEqualTo(200);
			try (var document = Loader.loadPDF(served.body())) {
				var text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Staff list of the project office").doesNotContain("13812345678");
				assertThat(imagesOf(document)).noneMatch(ReplyFilesBrowserIT::isThePhoto);
			}
			var original = download(url("/workbench/requests/" + id + "/reply-files/" + fileId + "/original"),
					session(applicant.driver));
			assertThat(original.statusCode()).as("the original stays with the staff").isIn(403, 404);
		}
	}

	/** Opens the uploaded file from the list on the task page. */
	private void opensTheFile(Browser staff, byte[] pdf) throws Exception {
		assertThat(staff.text(By.id("reply-file-list"))).contains("充电设施专项规划.pdf", "关于新能源汽车充电基础设施专项规划的批复");
		var link = staff.driver.findElement(By.cssSelector("#reply-file-list a.reply-file-open"));
		var file = download(link.getAttribute("href"), session(staff.driver));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(pdf);
	}

	private static void approve(Browser staff) {
		staff.driver.findElement(By.xpath("//input[@name='approved' and @value='true']")).click();
		submit(staff);
		staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
	}

	/** A page with a line of text, the text to redact and a photo (a solid magenta square) to redact. */
	private static byte[] pdfWithImage(String text, String secret) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			var photo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
			var graphics = photo.createGraphics();
			graphics.setColor(Color.MAGENTA);
			graphics.fillRect(0, 0, 64, 64);
			graphics.dispose();
			var image = LosslessFactory.createFromImage(document, photo);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(72, 720);
				content.showText(text);
				content.newLineAtOffset(0, -40);
				content.showText(secret);
				content.endText();
				content.drawImage(image, 72, 480, 160, 160);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static List<BufferedImage> imagesOf(PDDocument document) throws IOException {
		var images = new ArrayList<BufferedImage>();
		for (var page : document.getPages()) {
			for (var name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
					images.add(image.getImage());
				}
			}
		}
		return images;
	}

	/** Whether an image still shows the photo: mostly magenta pixels. */
	private static boolean isThePhoto(BufferedImage image) {
		int magenta = 0;
		int all = 0;
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				var rgb = new Color(image.getRGB(x, y));
				all++;
				if (rgb.getRed() > 200 && rgb.getGreen() < 60 && rgb.getBlue() > 200) {
					magenta++;
				}
			}
		}
		return all > 0 && magenta * 10 > all;
	}

	/** A request of applicant1 assigned to the department fgw. */
	private long assigned() {
		var filed = post("/api/requests", RealServers.token("applicant1"), RequestApiIT.application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		completeRequestTask("editor1", id, "Task_ConfirmReceipt", Map.of());
		completeRequestTask("editor1", id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}

	private long publishedItem(String title) {
		var clerk = RealServers.token("clerk1");
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "批复新能源汽车充电基础设施专项规划。");
		item.put("body", "你委报来的专项规划收悉。经研究，原则同意……");
		item.put("issuer", "市人民政府");
		item.put("writtenDate", "2026-03-02");
		item.put("docNumber", "府复〔2026〕7号");
		item.put("columnCode", "normative");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "批复");
		item.put("keywords", "充电基础设施");
		item.put("effectiveOn", "2026-03-02");
		var created = post("/api/catalogue/items", clerk, item);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
		complete("secrecy1", id, "Task_SecrecyReview", "CataloguePublicationProcess", Map.of("approved", true));
		complete("head1", id, "Task_DepartmentHeadApproval", "CataloguePublicationProcess", Map.of("approved", true));
		return id;
	}

	private void completeRequestTask(String user, long id, String taskKey, Map<String, Object> variables) {
		complete(user, id, taskKey, "DisclosureRequestProcess", variables);
	}

	private void complete(String user, long caseId, String taskKey, String processKey, Map<String, Object> variables) {
		completeOpenTask(RealServers.token(user), processKey, caseId, taskKey, variables);
	}

	private String taskId(String user, long requestId, String taskKey) {
		var task = openTaskId(RealServers.token(user), "DisclosureRequestProcess", requestId, taskKey);
		assertThat(task).as(taskKey + " of " + requestId).isNotNull();
		return task;
	}

	private static String session(WebDriver driver) {
		return driver.manage().getCookieNamed("JSESSIONID").getValue();
	}

	private static HttpResponse<byte[]> download(String url, String session) throws Exception {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Submits the decision form and waits until the browser has left the page (so a flash seen next is the answer's). */
	private static void submit(Browser staff) {
		var button = staff.driver.findElement(By.id("complete"));
		button.click();
		staff.awaitGone(button);
	}
}
