package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.RequestCases.OFFICE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.emergency.EmergencyEventDetails;
import org.gongkai.workflow.emergency.EmergencyEvents;
import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.FileEmergencyEvent;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DisclosureClass;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.InvalidItemContent;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemLimits;
import org.gongkai.workflow.request.ApplicantAccounts;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.RecordRemedy;
import org.gongkai.workflow.request.RemedyAlreadyDecided;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.request.RequestCases;
import org.gongkai.workflow.request.RequestRemedies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Implausible values are refused through the real engine and database, and nothing is written: an
 * extension of −5 working days never reaches the office head, a letter "received" in year 1, an
 * account that does not exist, an emergency in year 1 or tomorrow, an item dated −999999999 or with a
 * 10 MB body, a remedy decided twice.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:implausible;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
@Import(ImplausibleValuesTests.Accounts.class)
class ImplausibleValuesTests {

	/** The directory of accounts the portal takes from Keycloak; here two citizens. */
	@TestConfiguration
	static class Accounts {

		@Bean
		ApplicantAccounts applicantAccounts() {
			return Set.of("applicant1", "applicant2")::contains;
		}
	}

	@Autowired
	RequestCases cases;

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	RecordRemedy remedies;

	@Autowired
	RequestRemedies remedyRecords;

	@Autowired
	FileEmergencyEvent emergencies;

	@Autowired
	EmergencyEvents events;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	CatalogueItems items;

	@Autowired
	Departments departments;

	@Autowired
	Clock clock;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void anExtensionOutsideOneToTwentyWorkingDaysIsRefusedAtTheHandlingTaskWhichStaysOpen() {
		var id = cases.fileAndAssign(RequestCases.application("某项目环评批复", "申请公开某项目环境影响评价批复文件。"));
		for (Object days : new Object[] { -5, 0, 21, Integer.MAX_VALUE, "10", null }) {
			var decision = new java.util.HashMap<String, Object>(Map.of("decision", "EXTEND", "extensionReason", "需调取档案"));
			decision.put("extensionDays", days);
			assertThatThrownBy(() -> cases.handle(id, decision)).as("extensionDays %s", days)
				.isInstanceOfSatisfying(InvalidValue.class, e -> {
					assertThat(e.field()).isEqualTo("extensionDays");
					assertThat(e.messageKey()).isEqualTo("request.extension.range");
				});
			assertThat(cases.openTaskKeys(id)).containsExactly(DisclosureRequestProcess.TASK_HANDLE);
		}
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "EXTEND", "extensionDays", 10, "extensionReason", " ")))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("extensionReason"));
		assertThat(cases.openTaskKeys(id)).containsExactly(DisclosureRequestProcess.TASK_HANDLE);

		cases.handle(id, Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "需调取档案"));
		cases.complete(id, DisclosureRequestProcess.TASK_APPROVE_EXTENSION, RequestCases.OFFICE_HEAD, Map.of("approved", true));
		assertThat(requests.findById(id).orElseThrow().getExtensionWorkingDays()).isEqualTo(20);
		assertThat(cases.openTaskKeys(id)).containsExactly(DisclosureRequestProcess.TASK_HANDLE);
	}

	@Test
	void theOfficeRegistersALetterReceivedWithinThirtyDaysNotInYearOne() {
		var form = RequestCases.application("城区噪声监测数据", "来信申请公开城区噪声监测数据。");
		var today = RequestCases.today();
		long before = requests.count();
		for (var day : List.of(LocalDate.of(1, 1, 1), LocalDate.MIN, today.minusDays(31), today.plusDays(1))) {
			assertThatThrownBy(() -> file.fileOffline(form, List.of(), ApplicationChannel.LETTER, day, null, OFFICE))
				.as("received on %s", day)
				.isInstanceOfSatisfying(InvalidValue.class, e -> {
					assertThat(e.field()).isEqualTo("receivedOn");
					assertThat(e.messageKey()).isEqualTo("request.receivedOn.window");
					assertThat(e.args()).containsExactly(today.minusDays(30), today, 30);
				});
		}
		assertThat(requests.count()).isEqualTo(before);

		var signedFor = today.minusDays(30);
		var registered = file.fileOffline(form, List.of(), ApplicationChannel.LETTER, signedFor, null, OFFICE);
		assertThat(requests.findById(registered.getId()).orElseThrow().getReceivedOn()).isEqualTo(signedFor);
	}

	@Test
	void anOfflineApplicationIsLinkedOnlyToAnAccountThatExists() {
		var form = RequestCases.application("城区噪声监测数据", "来信申请公开城区噪声监测数据。");
		long before = requests.count();
		assertThatThrownBy(() -> file.fileOffline(form, List.of(), ApplicationChannel.IN_PERSON, RequestCases.today(),
				"nobody-" + System.nanoTime(), OFFICE))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("applicantUser"));
		assertThat(requests.count()).isEqualTo(before);
		var linked = file.fileOffline(form, List.of(), ApplicationChannel.IN_PERSON, RequestCases.today(), " applicant2 ",
				OFFICE);
		assertThat(requests.findById(linked.getId()).orElseThrow().getApplicantUser()).isEqualTo("applicant2");
	}

	@Test
	void aRemedyIsDecidedOnceAndItsTextsFitTheirColumns() {
		var id = cases.fileAndAssign(RequestCases.application("某项目环评批复", "申请公开某项目环境影响评价批复文件。"));
		var today = RequestCases.today();
		assertThatThrownBy(() -> remedies.file(id, RemedyKind.COMPLAINT, today, "某".repeat(201), null, "editor1"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("authority"));
		assertThatThrownBy(() -> remedies.file(id, RemedyKind.COMPLAINT, LocalDate.of(-999_999_999, 1, 1), null, null,
				"editor1"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("filedOn"));
		assertThat(remedyRecords.findByRequestIdOrderByFiledOnAscIdAsc(id)).isEmpty();

		var remedy = remedies.file(id, RemedyKind.COMPLAINT, today, "市政府办公室", null, "editor1");
		assertThatThrownBy(() -> remedies.decide(id, remedy.getId(), null, today, null, "editor1"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("outcome"));
		remedies.decide(id, remedy.getId(), RemedyOutcome.MAINTAINED, today, "维持", "editor1");
		for (int i = 0; i < 20; i++) {
			assertThatThrownBy(() -> remedies.decide(id, remedy.getId(), RemedyOutcome.CORRECTED, today, null, "editor1"))
				.isInstanceOf(RemedyAlreadyDecided.class);
		}
		var stored = remedyRecords.findById(remedy.getId()).orElseThrow();
		assertThat(stored.getOutcome()).isEqualTo(RemedyOutcome.MAINTAINED);
		assertThat(cases.eventTypes(id)).filteredOn("REMEDY_DECIDED"::equals).hasSize(1);
	}

	@Test
	void anEmergencyOccurredWithinTheLastYearAndNotInTheFuture() {
		if (!departments.existsById("em-x")) {
			departments.save(new Department("em-x", "应急测试单位", "000000099", false));
		}
		long before = events.count();
		var now = clock.instant();
		var yearOne = LocalDateTime.of(1, 1, 1, 8, 0).atZone(WorkflowConfiguration.AGENCY_ZONE).toInstant();
		for (var occurred : List.of(yearOne, now.minus(367, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))) {
			assertThatThrownBy(() -> emergencies.file(event(occurred, null, "概况"), null, "em-x", "clerk1"))
				.as("occurred at %s", occurred)
				.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("occurredAt"));
		}
		assertThatThrownBy(() -> emergencies.file(event(now.minusSeconds(60), now.plus(1, ChronoUnit.DAYS), "概况"), null,
				"em-x", "clerk1"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("learnedAt"));
		assertThatThrownBy(() -> emergencies.file(event(now.minusSeconds(60), null, "况".repeat(4001)), null, "em-x", "clerk1"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("summary"));
		assertThat(events.count()).isEqualTo(before);
		assertThat(emergencies.file(event(now.minus(300, ChronoUnit.DAYS), null, "概况"), null, "em-x", "editor1").getId())
			.as("one the office learned of late is still registered")
			.isNotNull();
	}

	@Test
	void aCatalogueItemIsDatedFrom1949ToTodayAndItsBodyFitsItsPage() {
		long before = items.count();
		var today = LocalDate.now(clock);
		assertThatThrownBy(() -> draft.draft(item(LocalDate.of(-999_999_999, 1, 1), "正文", null), "fgw", "clerk1"))
			.isInstanceOfSatisfying(InvalidItemContent.class, e -> {
				assertThat(e.field()).isEqualTo("writtenDate");
				assertThat(e.messageKey()).isEqualTo("item.date.window");
			});
		assertThatThrownBy(() -> draft.draft(item(today, "正文", LocalDate.of(-999_999_999, 1, 1)), "fgw", "clerk1"))
			.isInstanceOfSatisfying(InvalidItemContent.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
		assertThatThrownBy(() -> draft.draft(item(today, "正文", LocalDate.of(999_999_999, 1, 1)), "fgw", "clerk1"))
			.isInstanceOfSatisfying(InvalidItemContent.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
		assertThatThrownBy(() -> draft.draft(item(today, "文".repeat(10 * 1024 * 1024), null), "fgw", "clerk1"))
			.isInstanceOfSatisfying(InvalidItemContent.class, e -> {
				assertThat(e.field()).isEqualTo("body");
				assertThat(e.args()).containsExactly(ItemLimits.BODY);
			});
		assertThat(items.count()).isEqualTo(before);
		assertThat(draft.draft(item(LocalDate.of(1949, 10, 1), "文".repeat(ItemLimits.BODY), today.plusYears(1)), "fgw",
				"clerk1")
			.getId()).isNotNull();
	}

	private static EmergencyEventDetails event(Instant occurred, Instant learned, String summary) {
		return new EmergencyEventDetails("道路塌陷", occurred, learned, "某路", EmergencySeverity.GENERAL, summary, "李明",
				"13800000000");
	}

	private static ItemContent item(LocalDate written, String body, LocalDate effectiveOn) {
		return new ItemContent("关于某事项的通知", null, body, "市发展和改革委员会", written, null, "policy", null, null, null,
				DisclosureClass.PROACTIVE, null, null, effectiveOn, null);
	}
}
