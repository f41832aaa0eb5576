package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Accessibility;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Every letter of a request as OFD beside its PDF, through the API and the pages, with real Keycloak
 * tokens: the applicant downloads the receipt, a notice and the reply letter as OFD carrying the PDF's
 * text, nobody else gets them, the API's PDFs answer at {@code ….pdf} too, and the tracking and case
 * pages link both formats, passing axe in Chromium.
 */
class OfdEndpointsIT extends RequestApiIT {

	@Test
	void applicantDownloadsEveryLetterAsOfdWithThePdfsText() throws Exception {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		long id = post("/api/requests", applicant, application()).json().get("id").asLong();
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, id, "Task_RegisterRequest",
				Map.of("decision", "SUPPLEMENT", "supplementNote", "所需资金使用明细对应的具体项目名称"));
		assertThat(post("/api/requests/" + id + "/supplement", applicant, Map.of("text", "市级财政专项资金2025年度明细"))
			.status()).isEqualTo(200);
		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		completeTask(RealServers.token("clerk1"), id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));
		var replied = eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText())).json();
		String receiptNo = replied.get("receiptNo").asText();
		String notice = notice(id, replied.get("notices"), "SUPPLEMENT");
		long noticeId = Long.parseLong(notice.substring(notice.lastIndexOf('/') + 1));

		var letters = Map.of("/api/requests/" + id + "/receipt", "receipt-" + receiptNo, "/api/requests/" + id
				+ "/reply-letter", "reply-" + receiptNo, notice, "supplement-" + receiptNo + "-" + noticeId);
		for (var letter : letters.entrySet()) {
			String pdf = letter.getKey();
			String text = pdfText(pdf, applicant);
			assertThat(pdfText(pdf + ".pdf", applicant)).as("the PDF also at .pdf").isEqualTo(text);

			var ofd = download(pdf + ".ofd", applicant);
			assertThat(ofd.statusCode()).as(pdf + ".ofd").isEqualTo(200);
			assertThat(ofd.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/ofd"));
			assertThat(ofd.headers().firstValue("Content-Disposition")).hasValueSatisfying(
					disposition -> assertThat(disposition).startsWith("attachment")
						.endsWith("filename*=UTF-8''" + letter.getValue() + ".ofd"));
			assertThat(ofdText(ofd.body())).as(pdf + ".ofd carries the PDF's text").isEqualTo(text);

			assertThat(download(pdf + ".ofd", RealServers.token("applicant2")).statusCode()).as("another applicant")
				.isEqualTo(404);
			assertThat(download(pdf + ".ofd", RealServers.token("clerk2")).statusCode()).as("another department")
				.isEqualTo(404);
		}
		assertThat(download("/api/requests/" + id + "/notices/999999.ofd", applicant).statusCode()).isEqualTo(404);

		var citizen = PageSession.signIn(url(""), "applicant1");
		String tracking = citizen.get("/requests/" + id).body();
		assertThat(tracking).contains("href=\"/requests/" + id + "/receipt.pdf\"", "href=\"/requests/" + id + "/receipt.ofd\"",
				"href=\"/requests/" + id + "/notices/" + noticeId + ".ofd\"", "href=\"/requests/" + id + "/reply-letter.ofd\"",
				"<span class=\"visually-hidden\">受理回执</span> <span>OFD</span>");
		for (String page : new String[] { "receipt", "reply-letter", "notices/" + noticeId }) {
			HttpResponse<byte[]> response = citizen.getBytes("/requests/" + id + "/" + page + ".ofd");
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/ofd"));
			assertThat(ofdText(response.body())).as(page).isEqualTo(pdfText(
					page.startsWith("notices") ? notice : "/api/requests/" + id + "/" + page, applicant));
		}
		var other = PageSession.signIn(url(""), "applicant2");
		assertThat(other.getBytes("/requests/" + id + "/reply-letter.ofd").statusCode()).as("another applicant")
			.isEqualTo(404);

		String casePage = PageSession.signIn(url(""), "editor1").get("/workbench/requests/" + id).body();
		assertThat(casePage).contains("id=\"receipt-ofd\"", "id=\"reply-letter-ofd\"", "id=\"notice-ofd-" + noticeId + "\"",
				"href=\"/requests/" + id + "/reply-letter.ofd\"");

		// in Chromium: each OFD link beside its PDF says which letter it is, and both pages pass axe
		try (var browser = new Browser()) {
			browser.signIn(url("/requests/" + id), "applicant1");
			var receiptOfd = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-ofd")));
			assertThat(receiptOfd.getAccessibleName()).isEqualTo("受理回执 OFD");
			assertThat(browser.driver.findElement(By.id("notice-ofd-" + noticeId)).getAccessibleName())
				.isEqualTo("补正告知书（" + number(replied.get("notices"), "SUPPLEMENT") + "） OFD");
			assertThat(browser.driver.findElement(By.id("reply-letter-ofd")).getAccessibleName())
				.isEqualTo("政府信息公开申请答复告知书 OFD");
			Accessibility.assertNoSeriousViolations(browser.driver);
		}
		try (var browser = new Browser()) {
			browser.signIn(url("/workbench/requests/" + id), "editor1");
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-letter-ofd")));
			Accessibility.assertNoSeriousViolations(browser.driver);
		}
	}

	@Test
	void theOfdPathsAreInTheApiDescription() {
		// springdoc builds the description on the first call, which takes a while on a busy machine
		var docs = send(request("/v3/api-docs", null).timeout(Duration.ofMinutes(3)).GET());
		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().path("paths");
		for (String path : new String[] { "/api/requests/{id}/receipt", "/api/requests/{id}/reply-letter",
				"/api/requests/{id}/notices/{noticeId}" }) {
			assertThat(paths.path(path + ".ofd").path("get").path("responses").path("200").path("content").has("application/ofd"))
				.as(path + ".ofd").isTrue();
			assertThat(paths.path(path + ".pdf").path("get").path("responses").path("200").path("content").has("application/pdf"))
				.as(path + ".pdf").isTrue();
			assertThat(paths.path(path).path("get").path("responses").path("200").path("content").has("application/pdf"))
				.as(path).isTrue();
		}
	}

	/** The OFD's text as {@link #pdfText} gives a PDF's: without blanks and page numbers. */
	static String ofdText(byte[] ofd) throws IOException {
		try (var reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			return String.join("", new ContentExtractor(reader).extractAll()).replaceAll("\\s", "").replaceAll("—\\d+—", "");
		}
	}
}
