package org.gongkai.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gongkai.portal.GongkaiApplication;
import org.gongkai.workflow.annual.AnnualReports;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo of {@code deploy/gongkai up} on H2 with the real process: each demo login finds its
 * request at the stage the demo promises, and a second start files nothing more.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:mem:demo;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=", "camunda.bpm.database.type=h2",
				"camunda.bpm.job-execution.enabled=false", "gongkai.search.relay-interval=1h",
				"gongkai.mail.relay-interval=1h", "gongkai.demo.enabled=true", "gongkai.demo.generated-items=0" })
class DemoRequestsTests {

	@Autowired
	DisclosureRequests requests;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DemoRequests demo;

	@Autowired
	GenerateAnnualReport annual;

	@Test
	void everyDemoLoginFindsItsRequestAtTheStagePromised() {
		var all = requests.findAll().stream().filter(r -> r.getImportedAt() == null).toList();
		assertThat(all).extracting(r -> r.getApplicantUser() + " " + r.getStatus() + " " + r.getTitle())
			.containsExactlyInAnyOrder("applicant1 ARCHIVED 2025年市级财政专项资金分配结果", "applicant1 HANDLING 城区停车场规划布局方案",
					"applicant1 RECEIVED 本人企业职工基本养老保险参保登记信息", "applicant2 SUPPLEMENT_REQUESTED 有关工程项目的审批文件",
					"applicant2 SUBMITTED 2026年义务教育招生划片范围", "null RECEIVED 城区主干道夜间噪声监测数据");
		var archived = byTitle(all, "2025年市级财政专项资金分配结果");
		assertThat(archived.getReplyLetterNo()).isNotNull();
		assertThat(archived.getReplyDeliveredOn()).isNotNull();
		assertThat(byTitle(all, "本人企业职工基本养老保险参保登记信息").getKind()).isEqualTo(RequestKind.CORRECTION);

		var office = inbox.inbox(new Staff("editor1", Set.of("office-editor"), "bgs"));
		assertThat(office).extracting(t -> t.taskKey() + " " + t.caseId())
			.contains("Task_ConfirmReceipt " + byTitle(all, "2026年义务教育招生划片范围").getId(),
					"Task_RegisterRequest " + byTitle(all, "本人企业职工基本养老保险参保登记信息").getId(),
					"Task_RegisterRequest " + byTitle(all, "城区主干道夜间噪声监测数据").getId());
		assertThat(byTitle(all, "城区主干道夜间噪声监测数据").getChannel()).isEqualTo(ApplicationChannel.LETTER);
		assertThat(inbox.inbox(new Staff("clerk1", Set.of("clerk"), "fgw")))
			.extracting(t -> t.taskKey() + " " + t.caseId())
			.contains("Task_HandleRequest " + byTitle(all, "城区停车场规划布局方案").getId());
		assertThat(byTitle(all, "有关工程项目的审批文件").getStatus()).isEqualTo(RequestStatus.SUPPLEMENT_REQUESTED);

		long count = requests.count();
		assertThat(count).as("the six and 2025's imported cases").isEqualTo(6 + 44 + 3);
		var table = annual.tables(2025, AnnualReports.GOVERNMENT).requests();
		assertThat(table.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.as("2025's disclosure requests of the government and its departments, not the district's").isEqualTo(40);
		var district = annual.tables(2025, "dcq").requests();
		assertThat(district.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.as("the district government's one and its education bureau's two").isEqualTo(3);
		assertThat(district.get(Table3Row.NOT_AVAILABLE_1, Table3Column.TOTAL)).isEqualTo(1);
		assertThat(annual.tables(2025, "dcq-jyj").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.isEqualTo(2);
		assertThat(table.get(Table3Row.CARRIED_IN, Table3Column.TOTAL)).as("received in December 2024").isEqualTo(2);
		assertThat(table.get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(42);

		assertThat(demo.load()).as("a database with requests gets no more").isZero();
		assertThat(requests.count()).isEqualTo(count);
	}

	private static DisclosureRequest byTitle(Iterable<DisclosureRequest> all, String title) {
		for (var request : all) {
			if (request.getTitle().equals(title)) {
				return request;
			}
		}
		throw new AssertionError("no demo request " + title);
	}
}
