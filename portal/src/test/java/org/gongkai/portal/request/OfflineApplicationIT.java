package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 代为登记 on MariaDB with real tokens and in Chromium: the office registers an application that came by
 * post (API) or in person (page); it is received on the day recorded, with its receipt numbered and
 * dated that day; applicants cannot register for others.
 */
class OfflineApplicationIT extends RequestApiIT {

	@Test
	void officeRegistersAPostedApplicationReceivedOnTheDaySignedFor() throws Exception {
		var editor = RealServers.token("editor1");
		var signedFor = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
		var body = Map.of("application", application(), "channel", "POST", "receivedOn", signedFor.toString());
		assertThat(post("/api/requests/offline", RealServers.token("applicant1"), body).status()).isEqualTo(403);
		var noChannel = post("/api/requests/offline", editor, Map.of("application", application(), "receivedOn",
				signedFor.toString()));
		assertThat(noChannel.status()).isEqualTo(400);
		assertThat(noChannel.json().get("errors").has("channel")).isTrue();

		var registered = post("/api/requests/offline", editor, body);
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		var view = registered.json();
		assertThat(view.get("channel").asText()).isEqualTo("POST");
		assertThat(view.get("status").asText()).isEqualTo("RECEIVED");
		assertThat(view.get("receivedOn").asText()).isEqualTo(signedFor.toString());
		assertThat(view.get("receiptNo").asText()).matches("GK\\d{4}-\\d{6}");
		long id = view.get("id").asLong();
		assertThat(pdfText("/api/requests/" + id + "/receipt", editor)).contains("本机关收到申请之日为" + chinese(signedFor));
	}

	@Test
	void officeRegistersAnApplicationHandedInOnTheForm() throws Exception {
		try (var office = new Browser()) {
			office.signIn(url("/workbench"), "editor1");
			office.driver.findElement(By.id("offline-link")).click();
			office.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "代为登记：申请政府信息公开"));
			assertThat(new Select(office.driver.findElement(By.id("channel"))).getOptions())
				.extracting(option -> option.getAttribute("value"))
				.as("online applications are not registered by the office")
				.doesNotContain("ONLINE");
			office.driver.findElement(By.id("submit")).click();
			assertThat(office.text(By.cssSelector(".field-error"))).isNotBlank();
			assertThat(office.text(By.tagName("h1"))).startsWith("代为登记");

			office.driver.findElement(By.id("applicantName")).sendKeys("赵大爷");
			office.driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			office.driver.findElement(By.id("phone")).sendKeys("010-66778899");
			office.driver.findElement(By.id("address")).sendKeys("北京市东城区某某胡同1号");
			office.driver.findElement(By.id("title")).sendKeys("本街道老旧小区改造计划");
			office.driver.findElement(By.id("description")).sendKeys("当面申请公开本街道2026年老旧小区改造计划。");
			new Select(office.driver.findElement(By.id("channel"))).selectByValue("IN_PERSON");
			office.driver.findElement(By.id("submit")).click();

			office.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-pdf")));
			assertThat(office.text(By.id("channel"))).isEqualTo("当面提交（editor1 代为登记）");
			assertThat(office.text(By.id("receiptNo"))).matches("GK\\d{4}-\\d{6}");
			assertThat(office.text(By.id("current"))).contains("登记审查");
			assertThat(office.text(By.id("timeline"))).contains("代为登记申请", "当面提交");
		}
	}
}
