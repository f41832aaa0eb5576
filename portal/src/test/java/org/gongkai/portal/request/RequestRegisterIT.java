package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request register through the API on MariaDB with real tokens: the office finds any request by
 * part of its title and filters it by status, kind and overdue; a department's clerk sees only the
 * requests assigned to it; applicants may not read it; pages have the size asked for.
 */
class RequestRegisterIT extends RequestApiIT {

	@Autowired
	private RequestRegister register;

	@Test
	void officeFindsEveryRequestAndADepartmentOnlyItsOwn() {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var toFgw = application();
		toFgw.put("title", "台账测试：城区公交线路调整方案");
		long fgw = post("/api/requests", applicant, toFgw).json().get("id").asLong();
		var toJyj = application();
		toJyj.put("title", "台账测试：学区划分调整方案");
		long jyj = post("/api/requests", applicant, toJyj).json().get("id").asLong();
		completeTask(editor, fgw, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, fgw, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		completeTask(editor, jyj, "Task_ConfirmReceipt", Map.of());
		completeTask(editor, jyj, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "jyj"));
		var waiting = application();
		waiting.put("title", "台账测试：尚未确认收到的申请");
		long unconfirmed = post("/api/requests", applicant, waiting).json().get("id").asLong();

		var office = register(editor, "q=" + encode("台账测试"));
		assertThat(office.get("total").asLong()).isEqualTo(3);
		assertThat(office.get("rows")).extracting(r -> r.get("id").asLong())
			.as("waiting for receipt first, then newest received")
			.containsExactly(unconfirmed, jyj, fgw);
		var row = office.get("rows").get(2);
		assertThat(row.get("receiptNo").asText()).matches("GK\\d{4}-\\d{6}");
		assertThat(row.get("departmentName").asText()).isEqualTo("市发展和改革委员会");
		assertThat(row.get("statusLabel").asText()).isNotBlank();
		assertThat(row.get("daysLeft").asInt()).isPositive();
		assertThat(register(editor, "q=" + encode(row.get("receiptNo").asText())).get("rows"))
			.extracting(r -> r.get("id").asLong())
			.containsExactly(fgw);
		assertThat(register(editor, "q=" + encode("台账测试") + "&status=HANDLING").get("total").asLong()).isEqualTo(2);
		assertThat(register(editor, "q=" + encode("台账测试") + "&status=ARCHIVED").get("total").asLong()).isZero();
		assertThat(register(editor, "q=" + encode("台账测试") + "&kind=CORRECTION").get("total").asLong()).isZero();
		assertThat(register(editor, "q=" + encode("台账测试") + "&overdue=true").get("total").asLong()).isZero();
		assertThat(register(editor, "q=" + encode("台账测试") + "&department=jyj").get("rows"))
			.extracting(r -> r.get("id").asLong())
			.containsExactly(jyj);
		var paged = register(editor, "q=" + encode("台账测试") + "&size=1&page=2");
		assertThat(paged.get("rows")).extracting(r -> r.get("id").asLong()).containsExactly(fgw);
		assertThat(paged.get("total").asLong()).isEqualTo(3);
		assertThat(register(editor, "q=" + encode("台账测试") + "&size=2&page=0").get("rows"))
			.as("a page across the waiting and the received requests")
			.extracting(r -> r.get("id").asLong())
			.containsExactly(unconfirmed, jyj);
		assertThat(register(editor, "q=" + encode("台账测试") + "&size=2&page=1").get("rows"))
			.extracting(r -> r.get("id").asLong())
			.containsExactly(fgw);

		var clerk = register(RealServers.token("clerk1"), "q=" + encode("台账测试"));
		assertThat(clerk.get("rows")).extracting(r -> r.get("id").asLong()).containsExactly(fgw);
		assertThat(register(RealServers.token("clerk1"), "department=jyj").get("rows"))
			.as("a department's own requests only, whatever it asks for")
			.allSatisfy(r -> assertThat(r.get("departmentCode").asText()).isEqualTo("fgw"));

		// the export reads the same selection a page at a time (here one line a page) in one snapshot
		var lines = new ArrayList<Long>();
		long exported = register.export(new RequestRegister.Filter("台账测试", null, null, null, null, null, null),
				new CurrentUser("editor1", "编辑", Set.of(Roles.OFFICE_EDITOR), null, null), 1,
				page -> page.forEach(line -> lines.add(line.id())));
		assertThat(exported).isEqualTo(3);
		assertThat(lines).containsExactly(unconfirmed, jyj, fgw);
		lines.clear();
		register.export(new RequestRegister.Filter("台账测试", null, null, null, null, null, null),
				new CurrentUser("clerk1", "办事员", Set.of(Roles.CLERK), "fgw", null), 2,
				page -> page.forEach(line -> lines.add(line.id())));
		assertThat(lines).as("a department exports its own requests only").containsExactly(fgw);

		assertThat(get("/api/requests/register", applicant).status()).isEqualTo(403);
		assertThat(get("/api/requests/register", RealServers.token("chief1")).status())
			.as("a section chief reviews 政务信息, not requests")
			.isEqualTo(403);
	}

	@Test
	void findsARequestByAnyPartOfItsApplicantOrTitleAndByItsReceiptNumber() {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var body = application();
		body.put("applicantName", "欧阳鼋明");
		body.put("title", "词测鼋鼍丙鼍鼋：住房公积金缴存基数GDP调整");
		long id = post("/api/requests", applicant, body).json().get("id").asLong();
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		var receiptNo = register(editor, "q=" + encode("词测鼋鼍")).get("rows").get(0).get("receiptNo").asText();

		for (var part : new String[] { "词测鼋鼍丙鼍鼋：住房", "鼋鼍丙", "鼍鼋", "公积金缴存基数", "欧阳鼋", "鼋明", "gdp", "Dp调" }) {
			assertThat(register(editor, "q=" + encode(part)).get("rows")).as(part)
				.extracting(r -> r.get("id").asLong())
				.contains(id);
		}
		assertThat(register(editor, "q=" + encode("鼍") + "&size=100").get("rows")).as("a single character")
			.extracting(r -> r.get("id").asLong())
			.contains(id);
		assertThat(register(editor, "q=" + encode("明") + "&size=100").get("rows")).as("the name's last character")
			.extracting(r -> r.get("id").asLong())
			.contains(id);
		assertThat(register(editor, "q=" + encode("鼋鼍鼋")).get("total").asLong())
			.as("its pairs are all there (鼋鼍, 鼍鼋), the part is not")
			.isZero();
		assertThat(register(editor, "q=" + encode("词测鼋%")).get("total").asLong()).as("% is a character").isZero();

		// words the collation makes equal ("a " and "a", "se" and "sé") are stored once, not refused
		var accents = application();
		accents.put("applicantName", "José a");
		accents.put("title", "词测鼍鼋a b：se José");
		var filed = post("/api/requests", applicant, accents);
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		assertThat(register(editor, "q=" + encode("鼋a b：se jos")).get("rows")).extracting(r -> r.get("id").asLong())
			.containsExactly(filed.json().get("id").asLong());

		assertThat(register(editor, "q=" + encode(receiptNo)).get("rows")).extracting(r -> r.get("id").asLong())
			.containsExactly(id);
		assertThat(register(editor, "q=" + encode(receiptNo.toLowerCase())).get("rows"))
			.extracting(r -> r.get("id").asLong())
			.containsExactly(id);
		assertThat(register(editor, "q=" + encode(receiptNo.substring(0, 8)) + "&size=100").get("rows"))
			.as("the beginning of a receipt number")
			.extracting(r -> r.get("id").asLong())
			.contains(id);
	}

	private JsonNode register(String token, String query) {
		var response = get("/api/requests/register?" + query, token);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}
}
