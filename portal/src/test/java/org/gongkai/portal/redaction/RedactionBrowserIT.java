package org.gongkai.portal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.documents.DocumentProperties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium a clerk uploads a PDF with an ID number, a mobile number and an image to a draft
 * catalogue item, opens the marking page, marks the numbers by the ready patterns and part of the image
 * with the mouse, picks the reasons and saves; after review and publication the public download holds
 * neither number nor the marked pixels, and the original is reachable by no public or staff address.
 */
class RedactionBrowserIT extends PortalIT {

	static final String ID = "110101198507153217";

	static final String MOBILE = "13698765432";

	static final int SECRET_RGB = 0x00FF00;

	/** The image: 200 x 100 pt at (100, 450) from the bottom, i.e. its top 292 pt from the top; its green square is x 60-100, y 30-70 of 200 x 100 px. */
	static final float IMAGE_X = 100;

	static final float IMAGE_TOP = PDRectangle.A4.getHeight() - 550;

	@Test
	void clerkRedactsAnAttachmentBeforePublication() throws Exception {
		var clerk = RealServers.token("clerk1");
		var created = post("/api/catalogue/items", clerk, item("关于公布区分处理测试名单的通知"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var file = Files.createTempFile("名单", ".pdf");
		Files.write(file, pdf());

		try (var browser = new Browser()) {
			var driver = browser.driver;
			var wait = browser.wait;
			browser.signIn(url("/workbench/items/" + id), "clerk1");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			driver.findElement(By.id("upload")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "附件已上传"));
			var link = driver.findElement(By.cssSelector("a.redact-attachment"));
			assertThat(link.getText()).isEqualTo("区分处理（遮盖）");
			long attachmentId = Long.parseLong(link.getAttribute("href").replaceAll(".*/(\\d+)$", "$1"));
			link.click();

			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".redaction-page img")));
			wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("var i = document.querySelector('.redaction-page img'); return i.complete && i.naturalWidth > 0;"));
			assertThat(driver.findElements(By.cssSelector("#mark-list li"))).isEmpty();

			// the ready patterns, with 第十五条 (third parties) as the reason
			new Select(driver.findElement(By.id("redaction-reason"))).selectByValue("THIRD_PARTY_RIGHTS");
			new Select(driver.findElement(By.id("redaction-pattern"))).selectByValue("ID_NUMBER");
			driver.findElement(By.id("redaction-find")).click();
			wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() == 1);
			assertThat(browser.text(By.id("redaction-status"))).contains("1");
			new Select(driver.findElement(By.id("redaction-pattern"))).selectByValue("MOBILE");
			driver.findElement(By.id("redaction-find")).click();
			wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() == 2);

			// the mouse: drag over the image's green square (x 160-200 pt, y 322-362 pt from the top of the page)
			WebElement layer = driver.findElement(By.cssSelector(".redaction-page .redaction-layer"));
			// WebDriver offsets count from the centre of the element's visible part: measure it
			@SuppressWarnings("unchecked")
			var box = (java.util.List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
					"var l = arguments[0]; l.scrollIntoView(true); var r = l.getBoundingClientRect();"
							+ " var top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);"
							+ " var left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);"
							+ " return [r.width, (left + right) / 2 - r.left, (top + bottom) / 2 - r.top];", layer);
			double scale = box.get(0).doubleValue() / PDRectangle.A4.getWidth();
			int fromX = (int) Math.round((IMAGE_X + 55) * scale - box.get(1).doubleValue());
			int fromY = (int) Math.round((IMAGE_TOP + 25) * scale - box.get(2).doubleValue());
			int dx = (int) Math.round(50 * scale);
			int dy = (int) Math.round(50 * scale);
			new Actions(driver).moveToElement(layer, fromX, fromY).clickAndHold().moveByOffset(dx / 2, dy / 2)
				.moveByOffset(dx - dx / 2, dy - dy / 2).release().perform();
			wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() == 3);
			assertThat(driver.findElements(By.cssSelector(".redaction-page .redaction-box"))).hasSize(3);
			String marks = driver.findElement(By.id("mark-list")).getText();
			assertThat(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
				.as("nothing refused by the Content-Security-Policy")
				.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
			var third = driver.findElements(By.cssSelector("#mark-list li select")).get(2);
			new Select(third).selectByValue("PROCESS_INFORMATION");
			driver.findElement(By.id("redaction-save")).click();

			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已生成遮盖后的文件"));
			assertThat(driver.getCurrentUrl()).endsWith("/workbench/items/" + id);
			assertThat(driver.findElement(By.id("attachments")).getText()).contains("名单");

			// the marks were kept: the marking page shows them again
			driver.get(url("/workbench/redaction/catalogue-attachments/" + attachmentId));
			wait.until(d -> d.findElements(By.cssSelector("#mark-list li")).size() == 3);

			// review and publication
			assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
			completeOpenTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
			completeOpenTask(RealServers.token("head1"), id, "Task_DepartmentHeadApproval", Map.of("approved", true));
			assertThat(get("/api/catalogue/items/" + id, clerk).json().get("status").asText()).isEqualTo("PUBLISHED");

			// once published, the marking page (which shows the original) is closed to the clerk too
			var closed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create(url("/workbench/redaction/catalogue-attachments/" + attachmentId + "/pages/1.png"))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(closed.statusCode()).as("anonymous").isIn(302, 401, 403);
			driver.get(url("/workbench/redaction/catalogue-attachments/" + attachmentId));
			assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(ID);
			assertThat(driver.findElements(By.cssSelector(".redaction-page img"))).isEmpty();

			// the public download is the redacted PDF
			var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create(url("/catalogue/items/" + id + "/attachments/" + attachmentId))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
			try (var redacted = Loader.loadPDF(download.body())) {
				var text = new PDFTextStripper().getText(redacted);
				assertThat(text).doesNotContain(ID).doesNotContain(MOBILE).contains("身份证号").contains("联系电话")
					.contains("〔第十五条〕").contains("〔第十六条第二款〕");
				var images = new ArrayList<BufferedImage>();
				PdfRedactorTests.collectImages(redacted.getPage(0).getResources(), images);
				assertThat(images).isNotEmpty();
				for (var image : images) {
					for (int y = 0; y < image.getHeight(); y++) {
						for (int x = 0; x < image.getWidth(); x++) {
							assertThat(image.getRGB(x, y) & 0xFFFFFF).as("%d,%d with %s", x, y, marks).isNotEqualTo(SECRET_RGB);
						}
					}
				}
			}
			var page = get("/catalogue/items/" + id, null);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).doesNotContain(ID).contains("/catalogue/items/" + id + "/attachments/" + attachmentId);
		}
	}

	/** One A4 page: a line with an ID number and a mobile number in the Chinese font, and an image with a green square. */
	static byte[] pdf() throws Exception {
		try (var document = new PDDocument(); var collection = new TrueTypeCollection(DocumentProperties.DEFAULT_FONT.toFile())) {
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(f -> {
				if (first[0] == null) {
					first[0] = f;
				}
			});
			var font = PDType0Font.load(document, first[0], true);
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			var image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 100; y++) {
				for (int x = 0; x < 200; x++) {
					image.setRGB(x, y, x >= 60 && x < 100 && y >= 30 && y < 70 ? SECRET_RGB : 0x3366CC);
				}
			}
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 14);
				content.newLineAtOffset(72, 700);
				content.showText("申请人张三，身份证号" + ID + "，联系电话" + MOBILE + "。");
				content.endText();
				content.drawImage(LosslessFactory.createFromImage(document, image), IMAGE_X, 450, 200, 100);
			}
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	private static Map<String, Object> item(String title) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "区分处理后公开的名单。");
		item.put("body", "各有关单位：现将名单公布如下。");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", "2026-05-11");
		item.put("docNumber", "发改〔2026〕46号");
		item.put("columnCode", "normative");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "通知");
		item.put("keywords", "名单");
		item.put("effectiveOn", "2026-06-01");
		return item;
	}
}
