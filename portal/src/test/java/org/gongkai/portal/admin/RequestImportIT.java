package org.gongkai.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.workflow.request.DisclosureRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 历史数据导入 through the API on MariaDB with real Keycloak tokens: only an administrator imports; a
 * CSV without a charset is read as UTF-8; a bad row rejects the file with a problem naming it; the
 * cases count in their year's annual report, once however often the file is sent.
 */
class RequestImportIT extends PortalIT {

	@Autowired
	DisclosureRequests requests;

	static final String PATH = "/api/admin/requests/import";

	static final String CSV = "legacyNo,applicantType,applicantName,idNumber,phone,title,departmentCode,receivedOn,finishedOn,"
			+ "replyType,replyReasons\n"
			+ "IT2023-001,NATURAL_PERSON,王五,11010519491231002X,13812345678,2023年重点建设项目批复文件,fgw,2023-03-01,2023-03-20,DISCLOSE,\n"
			+ "IT2023-002,RESEARCH_INSTITUTION,某某城市规划研究院,91110000100000001W,010-12345678,2023年学区划分方案,jyj,2023-05-08,"
			+ "2023-05-30,PARTIAL,PROCESS_INFORMATION\n";

	@Test
	void administratorImportsAYearsCasesOnceAndTheAnnualReportCountsThem() throws Exception {
		var admin = RealServers.token("admin");
		var editor = RealServers.token("editor1");
		assertThat(csv(editor, CSV).status()).as("administrators only").isEqualTo(403);
		long before = received2023(editor);

		var bad = csv(admin, CSV.replace(",jyj,", ",nosuch,"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("type").asText()).endsWith("/import-rejected");
		assertThat(bad.json().get("errors").get("row 2").asText()).isEqualTo("departmentCode: 未知的承办部门 nosuch");
		assertThat(received2023(editor)).as("nothing of a rejected file").isEqualTo(before);

		var imported = csv(admin, CSV);
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
		assertThat(received2023(editor)).isEqualTo(before + 2);

		long id = requests.findByReceiptNo("IT2023-001").orElseThrow().getId();
		var view = get("/api/requests/" + id, editor);
		assertThat(view.json().get("status").asText()).isEqualTo("ARCHIVED");
		assertThat(view.json().get("outcomeLabel").asText()).isEqualTo("予以公开");
		assertThat(view.json().get("steps")).extracting(step -> step.get("type").asText()).containsExactly("IMPORTED");
		assertThat(get("/api/requests/" + id + "/reply-letter", editor).status())
			.as("the previous system holds its letters").isEqualTo(409);

		try (var office = new Browser()) {
			office.signIn(url("/workbench/requests/" + id), "editor1");
			assertThat(office.text(By.id("imported"))).contains("原系统导入");
			assertThat(office.driver.findElements(By.id("reply-letter"))).as("no letter made here").isEmpty();
			assertThat(office.text(By.id("timeline"))).contains("自原系统导入", "IT2023-001");
			office.driver.get(url("/workbench/requests?q=IT2023-001"));
			assertThat(office.text(By.id("register-" + id))).contains("2023年重点建设项目批复文件", "予以公开", "原系统导入");
		}

		var again = csv(admin, CSV);
		assertThat(again.json().get("imported").asInt()).isZero();
		assertThat(again.json().get("skipped")).extracting(n -> n.asText()).containsExactly("IT2023-001", "IT2023-002");
		assertThat(received2023(editor)).isEqualTo(before + 2);

		var record = Map.<String, Object>of("legacyNo", "IT2023-003", "applicantType", "NATURAL_PERSON", "applicantName",
				"赵六", "idNumber", "11010519491231002X", "phone", "13812345678", "title", "2023年价格听证会材料",
				"departmentCode", "fgw", "receivedOn", "2023-06-01", "finishedOn", "2023-06-20", "replyType", "NOT_HELD");
		var json = post(PATH, admin, List.of(record));
		assertThat(json.status()).as(json.text()).isEqualTo(200);
		assertThat(json.json().get("imported").asInt()).isEqualTo(1);
		assertThat(received2023(editor)).isEqualTo(before + 3);
	}

	@Test
	void administratorImportsAFileOnTheAdminPage() throws Exception {
		var file = java.nio.file.Files.createTempFile("import", ".csv");
		try (var admin = new Browser()) {
			admin.signIn(url("/admin/catalogue-index"), "admin");
			admin.driver.findElement(By.id("import-link")).click();
			var template = get("/admin/requests-import/template.csv", null);
			assertThat(template.status()).as("the template is for administrators").isNotEqualTo(200);

			java.nio.file.Files.writeString(file, CSV.replace("IT2023-00", "PAGE2023-00").replace(",jyj,", ",nosuch,"));
			admin.driver.findElement(By.id("file")).sendKeys(file.toString());
			admin.driver.findElement(By.id("import")).click();
			assertThat(admin.text(By.id("import-problems"))).contains("未导入任何记录", "row 2：departmentCode: 未知的承办部门 nosuch");

			java.nio.file.Files.writeString(file, CSV.replace("IT2023-00", "PAGE2023-00"));
			admin.driver.findElement(By.id("file")).sendKeys(file.toString());
			admin.driver.findElement(By.id("import")).click();
			assertThat(admin.text(By.id("import-result"))).contains("已导入 2 件，跳过已存在的 0 件");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		assertThat(requests.findByReceiptNo("PAGE2023-001")).isPresent();
	}

	private Response csv(String token, String body) {
		return send(request(PATH, token).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private long received2023(String token) {
		var report = get("/api/annual-reports/2023", token);
		assertThat(report.status()).as(report.text()).isEqualTo(200);
		return report.json().get("table3").get("newlyReceived").get("total").asLong();
	}
}
