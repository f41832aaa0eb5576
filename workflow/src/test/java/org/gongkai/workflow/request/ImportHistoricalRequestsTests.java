package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;

import org.gongkai.workflow.WorkflowConfiguration;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.RemedyTable;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 历史数据导入 on H2: the finished cases of a previous system, read from CSV, are counted in the
 * annual report of their year like cases handled here; a file with one bad record imports nothing; a
 * file imported again adds nothing.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:importing;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class ImportHistoricalRequestsTests {

	static final String HEADER = "legacyNo,kind,applicantType,applicantName,idNumber,phone,title,description,"
			+ "departmentCode,receivedOn,dueOn,finishedOn,replyType,replyReasons,correctionOutcome,competentAgency\n";

	static final String FILE = "\uFEFF" + HEADER
			+ "YS2024-0117,,NATURAL_PERSON,王五,11010519491231002X,13812345678,某项目批复文件,,fgw,2024-12-20,2025-01-20,2025-01-10,DISCLOSE,,,\n"
			+ "YS2025-0003,DISCLOSURE,COMMERCIAL_ENTERPRISE,\"某某建设工程有限公司\",91110000100000001W,010-12345678,"
			+ "\"投标人报价明细，含\"\"商业秘密\"\"\",,fgw,2025-02-10,,2025-03-05,WITHHOLD,THIRD_PARTY_RIGHTS;PROCESS_INFORMATION,,\n"
			+ "YS2025-0004,,NATURAL_PERSON,赵六,11010519491231002X,13812345678,城区规划图,,fgw,2025-03-01,,2025-03-20,ABANDONED_NO_SUPPLEMENT,,,\n"
			+ "YS2025-0005,CORRECTION,NATURAL_PERSON,孙七,11010519491231002X,13812345678,本人参保登记信息,出生日期有误,fgw,2025-04-01,,2025-04-15,,,CORRECTED,\n";

	@Autowired
	ImportHistoricalRequests importing;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	GenerateAnnualReport annual;

	@Autowired
	RequestCases cases;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void importedCasesCountInTheAnnualReportOfTheirYearAndAreImportedOnce() {
		var before = annual.tables(2025, "fgw").requests();
		assertThat(before.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL)).isZero();

		var result = importing.importAll(HistoricalRequestsCsv.parse(FILE), "admin");
		assertThat(result.imported()).isEqualTo(4);
		assertThat(result.skipped()).isEmpty();

		var table = annual.tables(2025, "fgw").requests();
		assertThat(table.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL)).as("received in 2025, correction not counted")
			.isEqualTo(2);
		assertThat(table.get(Table3Row.CARRIED_IN, Table3Column.NATURAL_PERSON)).as("received in 2024, open on 31 December")
			.isEqualTo(1);
		assertThat(table.get(Table3Row.DISCLOSED, Table3Column.NATURAL_PERSON)).isEqualTo(1);
		assertThat(table.get(Table3Row.WITHHELD_4, Table3Column.COMMERCIAL_ENTERPRISE)).as("the first reason listed")
			.isEqualTo(1);
		assertThat(table.get(Table3Row.OTHER_1, Table3Column.NATURAL_PERSON)).isEqualTo(1);
		assertThat(table.get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(3);

		var withheld = requests.findByReceiptNo("YS2025-0003").orElseThrow();
		assertThat(withheld.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
		assertThat(withheld.getTitle()).isEqualTo("投标人报价明细，含\"商业秘密\"");
		assertThat(withheld.getDescription()).as("the title when no description is given").isEqualTo(withheld.getTitle());
		assertThat(withheld.getReplyReasonList()).containsExactly(WithholdingReason.THIRD_PARTY_RIGHTS,
				WithholdingReason.PROCESS_INFORMATION);
		assertThat(withheld.getRepliedAt()).isEqualTo(LocalDate.of(2025, 3, 5).atTime(12, 0).atZone(WorkflowConfiguration.AGENCY_ZONE).toInstant());
		assertThat(withheld.getReplyDeliveredOn()).as("the previous system knows the delivery").isNull();
		assertThat(withheld.getImportedAt()).isNotNull();
		assertThat(withheld.getProcessInstanceId()).isNull();
		assertThat(withheld.getApplicant().getIdNumberMasked()).doesNotContain("100000001");
		assertThat(cases.eventTypes(withheld.getId())).containsExactly("IMPORTED");
		assertThat(requests.findByReceiptNo("YS2025-0004").orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);
		var correction = requests.findByReceiptNo("YS2025-0005").orElseThrow();
		assertThat(correction.getKind()).isEqualTo(RequestKind.CORRECTION);
		assertThat(correction.getOutcomeLabel()).isEqualTo("予以更正");

		var again = importing.importAll(HistoricalRequestsCsv.parse(FILE), "admin");
		assertThat(again.imported()).isZero();
		assertThat(again.skipped()).containsExactly("YS2024-0117", "YS2025-0003", "YS2025-0004", "YS2025-0005");
		assertThat(annual.tables(2025, "fgw").requests().get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(3);
	}

	@Test
	void theIdentityDocumentIsImportedAndDefaultsByApplicantType() {
		var file = "legacyNo,applicantType,applicantName,idNumber,phone,title,departmentCode,receivedOn,finishedOn,replyType,idType\n"
				+ "ID-1,NATURAL_PERSON,John Smith,E12345678,13812345678,某文件,fgw,2024-02-01,2024-02-20,DISCLOSE,PASSPORT\n"
				+ "ID-2,COMMERCIAL_ENTERPRISE,某某公司,91110000100000001W,13812345678,某文件,fgw,2024-02-01,2024-02-20,DISCLOSE,\n";
		assertThatThrownBy(() -> importing.importAll(HistoricalRequestsCsv.parse(file.replace(",PASSPORT", ",")), "admin"))
			.as("a passport number without its type is checked as a 居民身份证")
			.isInstanceOf(HistoricalRequestsRejected.class);
		importing.importAll(HistoricalRequestsCsv.parse(file), "admin");
		assertThat(requests.findByReceiptNo("ID-1").orElseThrow().getApplicant().getIdType())
			.isEqualTo(org.gongkai.workflow.request.identity.IdType.PASSPORT);
		assertThat(requests.findByReceiptNo("ID-2").orElseThrow().getApplicant().getIdType())
			.isEqualTo(org.gongkai.workflow.request.identity.IdType.CREDIT_CODE);
	}

	@Test
	void aCasesRemedyIsImportedWithItAndCountsInTable4() {
		var file = "legacyNo,applicantType,applicantName,idNumber,phone,title,departmentCode,receivedOn,finishedOn,replyType,"
				+ "replyReasons,remedyKind,remedyFiledOn,remedyAuthority,remedyOutcome,remedyDecidedOn\n"
				+ "R-1,NATURAL_PERSON,王五,11010519491231002X,13812345678,某文件,fgw,2024-02-01,2024-02-20,WITHHOLD,"
				+ "INTERNAL_AFFAIRS,ADMINISTRATIVE_REVIEW,2024-03-10,市人民政府,MAINTAINED,2024-05-20\n"
				+ "R-2,NATURAL_PERSON,王五,11010519491231002X,13812345678,另一文件,fgw,2024-02-01,2024-02-20,DISCLOSE,,"
				+ "LITIGATION_DIRECT,2024-11-10,,,\n"
				+ "R-3,NATURAL_PERSON,王五,11010519491231002X,13812345678,第三文件,fgw,2024-02-01,2024-02-20,DISCLOSE,,"
				+ "COMPLAINT,2024-11-10,,CORRECTED,\n";
		assertThatThrownBy(() -> importing.importAll(HistoricalRequestsCsv.parse(file), "admin"))
			.isInstanceOfSatisfying(HistoricalRequestsRejected.class, rejected -> assertThat(rejected.problems())
				.containsOnlyKeys("row 3")
				.containsEntry("row 3", "remedyOutcome: 已审结的须同时填写审结结果和审结日期，尚未审结的两者都不填"));

		importing.importAll(HistoricalRequestsCsv.parse(file.substring(0, file.indexOf("R-3"))), "admin");
		var remedies = annual.tables(2024, "fgw").remedies();
		int review = Arrays.asList(RemedyTable.BLOCKS).indexOf(RemedyKind.ADMINISTRATIVE_REVIEW);
		int direct = Arrays.asList(RemedyTable.BLOCKS).indexOf(RemedyKind.LITIGATION_DIRECT);
		assertThat(remedies.get(review, RemedyOutcome.MAINTAINED.ordinal())).isEqualTo(1);
		assertThat(remedies.get(direct, RemedyOutcome.PENDING.ordinal())).as("still open on 31 December").isEqualTo(1);
		var reviewed = requests.findByReceiptNo("R-1").orElseThrow();
		assertThat(cases.eventTypes(reviewed.getId())).containsExactly("IMPORTED", "REMEDY_FILED", "REMEDY_DECIDED");
	}

	@Test
	void oneBadRecordRejectsTheWholeFileNamingEachRow() {
		long before = requests.count();
		var file = HEADER
				+ "OLD-1,,NATURAL_PERSON,王五,11010519491231002X,13812345678,某文件,,fgw,2025-02-10,,2025-03-05,DISCLOSE,,,\n"
				+ "OLD-2,,NATURAL_PERSON,王五,11010519491231002X,13812345678,某文件,,nosuch,2025-02-10,,2025-03-05,DISCLOSE,,,\n"
				+ "OLD-3,,NATURAL_PERSON,王五,11010519491231002X,13812345678,某文件,,fgw,2025-02-10,,2025-02-01,DISCLOSE,,,\n"
				+ "OLD-4,,NATURAL_PERSON,王五,11010519491231002X,13812345678,某文件,,fgw,2025-02-10,,2025-03-05,WITHHOLD,,,\n"
				+ "OLD-1,,NATURAL_PERSON,王五,110105194912310021,13812345678,某文件,,fgw,2025-02-10,,2025-03-05,DISCLOSE,,,\n";
		assertThatThrownBy(() -> importing.importAll(HistoricalRequestsCsv.parse(file), "admin"))
			.isInstanceOfSatisfying(HistoricalRequestsRejected.class, rejected -> assertThat(rejected.problems())
				.containsOnlyKeys("row 2", "row 3", "row 4", "row 5")
				.containsEntry("row 2", "departmentCode: 未知的承办部门 nosuch")
				.containsEntry("row 3", "finishedOn: 办结日期应在收到申请日期与今天之间")
				.containsEntry("row 4", "replyReasons: 不予公开、部分公开须填写理由")
				.containsEntry("row 5", "legacyNo: 原编号 OLD-1 在文件中重复"));
		assertThat(requests.count()).as("nothing imported").isEqualTo(before);
	}

	@Test
	void unreadableFilesAreRejectedBeforeAnythingIsChecked() {
		assertThatThrownBy(() -> HistoricalRequestsCsv.parse("legacyNo,title,colour\nA,B,C\n"))
			.isInstanceOfSatisfying(HistoricalRequestsRejected.class,
					rejected -> assertThat(rejected.problems().get("header")).contains("未知的列 [colour]")
						.contains("缺少必填列 [applicantName, applicantType, departmentCode, finishedOn, idNumber, phone, receivedOn]"));
		assertThatThrownBy(() -> HistoricalRequestsCsv.parse(HEADER
				+ "X-1,,PERSON,王五,11010519491231002X,13812345678,某文件,,fgw,2025-02-10,,2025/03/05,DISCLOSE,,,\n"))
			.isInstanceOfSatisfying(HistoricalRequestsRejected.class, rejected -> assertThat(rejected.problems())
				.containsOnlyKeys("row 1")
				.hasEntrySatisfying("row 1", message -> assertThat(message).startsWith("applicantType: 未知的取值 PERSON")));
		assertThatThrownBy(() -> importing.importAll(HistoricalRequestsCsv.parse(HEADER), "admin"))
			.isInstanceOfSatisfying(HistoricalRequestsRejected.class,
					rejected -> assertThat(rejected.problems()).containsEntry("file", "没有可导入的记录"));
	}
}
