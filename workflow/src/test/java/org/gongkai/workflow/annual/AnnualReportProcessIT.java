package org.gongkai.workflow.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.DisclosureRequestProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.MariaDb;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.publication.RepealCatalogueItem;
import org.gongkai.workflow.publication.SearchOutbox;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RecordRemedy;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.gongkai.workflow.statistics.Series;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two years of requests driven through the real request process (Camunda engine, real delegates, the
 * clock moved day by day) on MariaDB: 2025 covers every row of 表三 and every applicant column, 表四's
 * blocks and 表二's catalogue rows; the report is generated, every cell and every check asserted,
 * submitted, returned by 保密审查, edited, resubmitted and published when the general office's head and
 * a leader approve it; the office's statistics are asserted on the same cases. 2026 takes over 2025's 结转 as its 上年结转, and a request moved to
 * another department after publication makes the carry-over check fail on the named cells.
 */
@SpringBootTest(classes = { WorkflowTestApplication.class, AnnualReportProcessIT.MovableClock.class },
		properties = "camunda.bpm.job-execution.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualReportProcessIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_annual_report", registry);
	}

	/** A clock the test moves; every "today" and instant of the request steps comes from it. */
	static final class Moving extends Clock {

		volatile Instant now = Instant.parse("2024-12-02T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

		void at(String localDate) {
			now = LocalDateTime.parse(localDate + "T10:00").atZone(ZONE).toInstant();
		}
	}

	@TestConfiguration
	static class MovableClock {

		@Bean
		@Primary
		Moving movingClock() {
			return new Moving();
		}
	}

	static final Staff OFFICE = new Staff("editor1", Set.of("office-editor"), "bgs");

	static final Staff LEADER = new Staff("leader1", Set.of("leader"), "bgs");

	static final Staff SECRECY = new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs");

	static final Staff OFFICE_HEAD = new Staff("head0", Set.of("dept-head"), "bgs");

	static final Staff FGW_HEAD = new Staff("head1", Set.of("dept-head"), "fgw");

	@Autowired
	Moving clock;

	@Autowired
	org.gongkai.workflow.request.FileDisclosureRequest file;

	@Autowired
	ApplicantActions applicantActions;

	@Autowired
	TaskInbox inbox;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	RecordRemedy remedies;

	@Autowired
	Departments departments;

	@Autowired
	DraftCatalogueItem draftItem;

	@Autowired
	SubmitDraft submitItem;

	@Autowired
	RepealCatalogueItem repeal;

	@Autowired
	CatalogueItems items;

	@Autowired
	SearchOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GenerateAnnualReport generate;

	@Autowired
	SaveAnnualReportDraft saveDraft;

	@Autowired
	SubmitAnnualReport submit;

	@Autowired
	OfficeStatistics statistics;

	/** What the test expects in 表三, filled as each case is driven: row × applicant type. */
	final Map<Table3Row, long[]> expected = new EnumMap<>(Table3Row.class);

	/** Requests received in each month of 2025, counted as the test receives them. */
	final Long[] receivedByMonth = { 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L };

	/** One 2025 case: how it is answered and the row of 表三 it lands in. */
	record Case(String replyType, String reasons, Table3Row row) {
	}

	ApplicantType[] types;

	long fromLastYear;

	List<Case> cases;

	long open1;

	long open2;

	long open3;

	/** The 2025 report's tables of the whole government, as generated before it was submitted. */
	AnnualReportTables t2025;

	/** The catalogue item of the government's 2025 report. */
	long itemId;

	/**
	 * Drives the two years once, up to the reports' tables of 2025: departments, the case carried in from
	 * 2024, one 2025 case per row of 表三 in every applicant column, the cases carried into 2026, the
	 * remedies of 表四 and the documents of 表二. The ordered tests below then assert, submit, review,
	 * publish and move on to 2026 in the story's order, so each failure names its step (read the first).
	 */
	@BeforeAll
	void twoYearsOfRequests() {
		departments.saveAll(List.of(new Department("fgw", "市发展和改革委员会", "000014349", false),
				new Department("jyj", "市教育局", "000014350", false),
				new Department("bgs", "市人民政府办公室", "000014348", true)));
		for (var row : Table3Row.values()) {
			expected.put(row, new long[7]);
		}
		types = ApplicantType.values();

		// 2024: one request received and still open at the end of the year (carried into 2025)
		clock.at("2024-12-20");
		fromLastYear = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "fgw");
		expect(Table3Row.CARRIED_IN, ApplicantType.NATURAL_PERSON);
		// its fee notice (40 pages: 100 元) is issued in 2024 and paid in 2025
		clock.at("2024-12-23");
		handle(fromLastYear, "fgw", Map.of(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 40));
		clock.at("2025-01-03");
		complete(fromLastYear, TASK_RECORD_PAYMENT, OFFICE, Map.of());

		// 2025: one case per result row, applicant types in turn so that every column is used
		clock.at("2025-01-06");
		replied(fromLastYear, "fgw", "DISCLOSE", null);
		expect(Table3Row.DISCLOSED, ApplicantType.NATURAL_PERSON);

		cases = List.of(new Case("ALREADY_PUBLIC", null, Table3Row.DISCLOSED),
				new Case("DISCLOSE", null, Table3Row.DISCLOSED),
				new Case("PARTIAL", "THIRD_PARTY_RIGHTS", Table3Row.PARTIAL),
				new Case("WITHHOLD", "STATE_SECRET", Table3Row.WITHHELD_1),
				new Case("WITHHOLD", "PROHIBITED_BY_LAW", Table3Row.WITHHELD_2),
				new Case("WITHHOLD", "ENDANGERS_SECURITY", Table3Row.WITHHELD_3),
				// several reasons: counted once, under the weightiest (4, not the first listed 6)
				new Case("WITHHOLD", "PROCESS_INFORMATION,THIRD_PARTY_RIGHTS", Table3Row.WITHHELD_4),
				new Case("WITHHOLD", "INTERNAL_AFFAIRS", Table3Row.WITHHELD_5),
				new Case("WITHHOLD", "PROCESS_INFORMATION", Table3Row.WITHHELD_6),
				new Case("WITHHOLD", "ENFORCEMENT_FILES", Table3Row.WITHHELD_7),
				new Case("ADMIN_QUERY", null, Table3Row.WITHHELD_8),
				new Case("NOT_HELD", null, Table3Row.NOT_AVAILABLE_1),
				new Case("NOT_RESPONSIBLE", null, Table3Row.NOT_AVAILABLE_1),
				new Case("NEEDS_CREATION", null, Table3Row.NOT_AVAILABLE_2),
				new Case("PETITION", null, Table3Row.NOT_PROCESSED_1),
				new Case("DUPLICATE", null, Table3Row.NOT_PROCESSED_2),
				new Case("PUBLICATION", null, Table3Row.NOT_PROCESSED_3),
				new Case("MASS_REPEATED", null, Table3Row.NOT_PROCESSED_4),
				new Case("CONFIRM_REISSUE", null, Table3Row.NOT_PROCESSED_5));
		var replied = new ArrayList<Long>();
		int n = 0;
		for (var c : cases) {
			var type = types[n++ % types.length];
			clock.at(LocalDate.of(2025, 2, 3).plusDays(7L * n).toString());
			long id = receivedAndAssigned(type, "fgw");
			if (c == cases.get(1)) {
				// a fee notice (60 pages: 300 元) paid the same day, then the information disclosed
				handle(id, "fgw", Map.of(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 60));
				complete(id, TASK_RECORD_PAYMENT, OFFICE, Map.of());
				assertThatThrownBy(() -> handle(id, "fgw", Map.of(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 60)))
					.as("one fee notice per application")
					.hasStackTraceContaining("每件申请只能发出一次收费通知");
			}
			replied(id, "fgw", c.replyType(), c.reasons());
			replied.add(id);
			expect(Table3Row.NEW_RECEIVED, type);
			expect(c.row(), type);
		}
		// （四）3: still unclear after the one 补正
		var unclearType = types[n++ % types.length];
		clock.at("2025-08-04");
		long unclear = received(unclearType);
		register(unclear, Map.of(DECISION, "SUPPLEMENT", SUPPLEMENT_NOTE, "请写明文件名称或文号"));
		applicantActions.supplement(unclear, "applicant1", "某某文件");
		register(unclear, Map.of(DECISION, "ASSIGN", DEPARTMENT_CODE, "fgw"));
		replied(unclear, "fgw", "STILL_UNCLEAR", null);
		expect(Table3Row.NEW_RECEIVED, unclearType);
		expect(Table3Row.NOT_AVAILABLE_3, unclearType);
		// （六）1: no supplement in time; never assigned, so the general office (bgs) counts it
		var abandonedType = types[n++ % types.length];
		clock.at("2025-08-11");
		long abandoned = received(abandonedType);
		register(abandoned, Map.of(DECISION, "SUPPLEMENT", SUPPLEMENT_NOTE, "请写明所需信息的名称"));
		clock.at("2025-09-05");
		executeTimer(abandoned, "BoundaryEvent_SupplementExpired");
		expect(Table3Row.NEW_RECEIVED, abandonedType);
		expect(Table3Row.OTHER_1, abandonedType);
		// （六）2: fee notice not paid
		var unpaidType = types[n++ % types.length];
		clock.at("2025-09-08");
		long unpaid = receivedAndAssigned(unpaidType, "fgw");
		handle(unpaid, "fgw", Map.of(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 150));
		clock.at("2025-10-20");
		executeTimer(unpaid, "BoundaryEvent_FeeExpired");
		expect(Table3Row.NEW_RECEIVED, unpaidType);
		expect(Table3Row.OTHER_2, unpaidType);
		// （六）3: withdrawn by the applicant
		var withdrawnType = types[n++ % types.length];
		clock.at("2025-10-27");
		long withdrawn = receivedAndAssigned(withdrawnType, "fgw");
		applicantActions.withdraw(withdrawn, "applicant1");
		expect(Table3Row.NEW_RECEIVED, withdrawnType);
		expect(Table3Row.OTHER_3, withdrawnType);
		// another department's request is not in fgw's report
		clock.at("2025-11-03");
		long elsewhere = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "jyj");
		replied(elsewhere, "jyj", "DISCLOSE", null);
		expect(Table3Row.NEW_RECEIVED, ApplicantType.NATURAL_PERSON);
		expect(Table3Row.DISCLOSED, ApplicantType.NATURAL_PERSON);
		// three requests open on 31 December 2025: carried into 2026
		clock.at("2025-12-22");
		open1 = receivedAndAssigned(ApplicantType.COMMERCIAL_ENTERPRISE, "fgw");
		open2 = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "fgw");
		open3 = receivedAndAssigned(ApplicantType.LEGAL_SERVICE_ORGANISATION, "fgw");
		for (var type : List.of(ApplicantType.COMMERCIAL_ENTERPRISE, ApplicantType.NATURAL_PERSON,
				ApplicantType.LEGAL_SERVICE_ORGANISATION)) {
			expect(Table3Row.NEW_RECEIVED, type);
			expect(Table3Row.CARRIED_OUT, type);
		}
		// SUBMITTED but never confirmed: not received, not counted anywhere
		file.file(form(ApplicantType.NATURAL_PERSON), List.of(), "applicant1");

		// a fee notice (35 pages: 50 元) issued in 2025 on a case carried into 2026, paid in 2026
		clock.at("2025-12-29");
		handle(open1, "fgw", Map.of(DECISION, "FEE", FEE_METHOD, "PER_PAGE", FEE_PAGES, 35));

		// 表四: remedies against replied requests
		// a review filed in 2024 (the request unanswered) and decided in 2025: 尚未审结 in 2024, 结果纠正 in 2025
		var carried = remedies.file(fromLastYear, RemedyKind.ADMINISTRATIVE_REVIEW, LocalDate.of(2024, 12, 30), "市司法局", null, "editor1");
		remedies.decide(fromLastYear, carried.getId(), RemedyOutcome.CORRECTED, LocalDate.of(2025, 3, 15), null, "editor1");
		var review = remedies.file(replied.get(0), RemedyKind.ADMINISTRATIVE_REVIEW, LocalDate.of(2025, 3, 1), "市司法局", null, "editor1");
		remedies.decide(replied.get(0), review.getId(), RemedyOutcome.MAINTAINED, LocalDate.of(2025, 5, 1), null, "editor1");
		remedies.file(replied.get(1), RemedyKind.ADMINISTRATIVE_REVIEW, LocalDate.of(2025, 11, 1), "市司法局", null, "editor1");
		var direct = remedies.file(replied.get(2), RemedyKind.LITIGATION_DIRECT, LocalDate.of(2025, 4, 1), "区人民法院", null, "editor1");
		remedies.decide(replied.get(2), direct.getId(), RemedyOutcome.CORRECTED, LocalDate.of(2025, 9, 1), null, "editor1");
		// 复议后起诉: the review is counted in 行政复议, the suit that follows it in 复议后起诉
		assertThatThrownBy(() -> remedies.file(replied.get(3), RemedyKind.LITIGATION_AFTER_REVIEW, LocalDate.of(2025, 6, 1),
				"区人民法院", null, "editor1"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("须先登记本申请的行政复议");
		var reviewFirst = remedies.file(replied.get(3), RemedyKind.ADMINISTRATIVE_REVIEW, LocalDate.of(2025, 4, 1), "市司法局", null, "editor1");
		remedies.decide(replied.get(3), reviewFirst.getId(), RemedyOutcome.MAINTAINED, LocalDate.of(2025, 5, 20), null, "editor1");
		var after = remedies.file(replied.get(3), RemedyKind.LITIGATION_AFTER_REVIEW, LocalDate.of(2025, 6, 1), "区人民法院", null, "editor1");
		remedies.decide(replied.get(3), after.getId(), RemedyOutcome.OTHER, LocalDate.of(2025, 12, 1), null, "editor1");
		var late = remedies.file(replied.get(4), RemedyKind.LITIGATION_DIRECT, LocalDate.of(2025, 12, 1), "区人民法院", null, "editor1");
		remedies.decide(replied.get(4), late.getId(), RemedyOutcome.MAINTAINED, LocalDate.of(2026, 2, 1), null, "editor1");
		remedies.file(replied.get(5), RemedyKind.COMPLAINT, LocalDate.of(2025, 7, 1), "市政府办公室", null, "editor1");

		// 表二: 规章 and 规范性文件 in the catalogue
		document("regulation", LocalDate.of(2025, 3, 1), null);
		document("regulation", LocalDate.of(2023, 5, 1), LocalDate.of(2025, 6, 1));
		document("normative", LocalDate.of(2024, 4, 1), null);
		document("normative", LocalDate.of(2025, 2, 1), null);
		document("normative", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 1));
		document("other-doc", LocalDate.of(2025, 7, 1), null);
		document("other-doc", LocalDate.of(2025, 12, 22), null);

		t2025 = generate.tables(2025, AnnualReports.GOVERNMENT);
	}

	/** 2025, 表三: every cell as driven, every row and every column used. */
	@Test
	@Order(1)
	void table3Of2025UsesEveryRowAndColumnAndEveryCellIsRight() {
		// —— the 2025 report of the whole government: every row and every column
		assertEveryCell(t2025.requests());
		assertThat(t2025.requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL)).isEqualTo(cases.size() + 8);
		for (var column : Table3Column.values()) {
			assertThat(t2025.requests().get(Table3Row.NEW_RECEIVED, column)).as("every column is used: " + column)
				.isPositive();
		}
		for (var row : Table3Row.values()) {
			assertThat(t2025.requests().get(row, Table3Column.TOTAL)).as("every row is used: " + row.label()).isPositive();
		}
	}

	/** 表四: remedies decided in 2025, and those open across the turn of 2024 and 2026. */
	@Test
	@Order(2)
	void table4CountsRemediesAcrossTheYears() {
		var t4 = t2025.remedies();
		assertThat(row(t4, 0)).containsExactly(2, 1, 0, 1, 4);
		assertThat(row(t4, 1)).containsExactly(0, 1, 0, 1, 2);
		assertThat(row(t4, 2)).containsExactly(0, 0, 1, 0, 1);
		// across years: 2024 has the review still open on its 31 December; 2026 the ones open into it
		var t4of2024 = generate.tables(2024, AnnualReports.GOVERNMENT).remedies();
		assertThat(row(t4of2024, 0)).containsExactly(0, 0, 0, 1, 1);
		assertThat(row(t4of2024, 1)).containsExactly(0, 0, 0, 0, 0);
		var t4of2026 = generate.tables(2026, AnnualReports.GOVERNMENT).remedies();
		assertThat(row(t4of2026, 0)).containsExactly(0, 0, 0, 1, 1);
		assertThat(row(t4of2026, 1)).containsExactly(1, 0, 0, 0, 1);
		assertThat(row(t4of2026, 2)).containsExactly(0, 0, 0, 0, 0);
	}

	/** Section 六: the fee notices issued and the fees collected per year and agency. */
	@Test
	@Order(3)
	void section6CountsFeeNoticesIssuedAndFeesCollected() {
		// section 六: notices issued in 2025 (300 paid, 1700 unpaid, 50 paid in 2026); collected in 2025: 100 + 300
		assertThat(t2025.fees()).isEqualTo(new FeeFigures(3, new BigDecimal("2050.00"), new BigDecimal("400.00"),
				FeeFigures.FROM_NOTICES));
		assertThat(generate.feeNotices(2025, AnnualReports.GOVERNMENT)).extracting(FeeFigures.Notice::amount)
			.containsExactly(new BigDecimal("100.00"), new BigDecimal("300.00"), new BigDecimal("1700.00"),
					new BigDecimal("50.00"));
		assertThat(generate.tables(2024, AnnualReports.GOVERNMENT).fees())
			.isEqualTo(new FeeFigures(1, new BigDecimal("100.00"), new BigDecimal("0.00"), FeeFigures.FROM_NOTICES));
		assertThat(generate.tables(2025, "fgw").fees()).isEqualTo(t2025.fees());
		assertThat(generate.tables(2025, "jyj").fees())
			.isEqualTo(new FeeFigures(0, new BigDecimal("0.00"), new BigDecimal("0.00"), FeeFigures.FROM_NOTICES));
	}

	/** 表二: 规章 and 规范性文件 in the catalogue. */
	@Test
	@Order(4)
	void table2CountsRegulationsAndNormativeDocuments() {
		var t2 = t2025.proactive();
		assertThat(t2.regulations()).isEqualTo(new ProactiveTable.Documents(1, 1, 1));
		assertThat(t2.normativeDocuments()).isEqualTo(new ProactiveTable.Documents(2, 0, 3));
	}

	/** A department's report counts its own cases only. */
	@Test
	@Order(5)
	void aDepartmentsReportCountsItsOwnCases() {
		// a department's report counts its own cases only
		var fgw = generate.tables(2025, "fgw").requests();
		assertThat(fgw.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL)).isEqualTo(cases.size() + 6);
		assertThat(fgw.get(Table3Row.OTHER_1, Table3Column.TOTAL)).isZero();
		assertThat(generate.tables(2025, "bgs").requests().get(Table3Row.OTHER_1, Table3Column.TOTAL)).isEqualTo(1);
		assertThat(generate.tables(2025, "jyj").requests().get(Table3Row.DISCLOSED, Table3Column.NATURAL_PERSON))
			.isEqualTo(1);
		assertThat(generate.tables(2025, "fgw").remedies().get(0, RemedyTable.TOTAL)).isEqualTo(4);
		assertThat(generate.tables(2025, "jyj").remedies().get(0, RemedyTable.TOTAL)).isZero();
		assertThat(generate.tables(2025, "jyj").proactive().regulations()).isEqualTo(new ProactiveTable.Documents(0, 0, 0));
		assertThatThrownBy(() -> generate.tables(2025, "nope")).isInstanceOf(UnknownAgency.class);
	}

	/** The checks name what the office must still enter, and pass once it has. */
	@Test
	@Order(6)
	void checksNameTheCellsTheOfficeMustStillEnter() {
		// every computed check holds; what the office must still enter is named cell by cell
		assertThat(generate.check(2025, AnnualReports.GOVERNMENT)).extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("table2.licensing.decisions", "table2.punishment.decisions",
					"table2.coercion.decisions", "table2.administrativeFees.amountTenThousandYuan", "section1.overview",
					"section5.problems", "section6.otherMatters");
		assertThatThrownBy(() -> submit.submit(2025, AnnualReports.GOVERNMENT, "editor1", this::render))
			.isInstanceOf(AnnualReportNotPublishable.class)
			.satisfies(e -> assertThat(((AnnualReportNotPublishable) e).failures()).hasSize(7));
		assertThat(generate.report(2025, AnnualReports.GOVERNMENT).filter(AnnualReport::isPublished)).isEmpty();
		saveDraft.save(2025, AnnualReports.GOVERNMENT, draft(), "editor1");
		assertThat(generate.check(2025, AnnualReports.GOVERNMENT)).isEmpty();
		assertThat(generate.tables(2025, AnnualReports.GOVERNMENT).proactive().licensing()).isEqualTo(120L);
	}

	/** Submitted: frozen, in 保密审查, nothing public yet. */
	@Test
	@Order(7)
	void submittedReportIsFrozenAndInSecrecyReview() {
		// —— submitted: frozen, its catalogue item in 保密审查, nothing public yet, still due
		clock.at("2026-01-20");
		var submitted = submit.submit(2025, AnnualReports.GOVERNMENT, "editor1", this::render);
		assertThat(submitted.getStatus()).isEqualTo(AnnualReportStatus.UNDER_REVIEW);
		itemId = submitted.getCatalogueItemId();
		var item = items.findById(itemId).orElseThrow();
		assertThat(item.getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
		assertThat(item.getColumnCode()).isEqualTo(SubmitAnnualReport.COLUMN);
		assertThat(item.getDepartmentCode()).isEqualTo("bgs");
		assertThat(item.getIndexNo()).isNull();
		assertThat(outbox.findAll()).noneMatch(entry -> entry.getItemId().equals(itemId));
		assertThat(openReviewTasks(itemId)).containsExactly(CataloguePublicationProcess.TASK_SECRECY_REVIEW);
		assertThat(generate.tables(2025, AnnualReports.GOVERNMENT).fees()).as("frozen with the tables")
			.isEqualTo(t2025.fees());
		assertThat(generate.check(2025, AnnualReports.GOVERNMENT)).isEmpty();
		assertThatThrownBy(() -> saveDraft.save(2025, AnnualReports.GOVERNMENT, AnnualReportDraft.empty(), "editor1"))
			.isInstanceOf(AnnualReportUnderReview.class);
		assertThatThrownBy(() -> submit.submit(2025, AnnualReports.GOVERNMENT, "editor1", this::render))
			.isInstanceOf(AnnualReportUnderReview.class);
		assertThat(generate.reminders()).extracting(GenerateAnnualReport.Reminder::agency)
			.as("under review is not yet published")
			.contains(AnnualReports.GOVERNMENT);
	}

	/** 保密审查 returns it: a draft again. */
	@Test
	@Order(8)
	void secrecyReviewReturnsItAsADraft() {
		// —— 保密审查 returns it: a draft again, unfrozen, the reason in its log
		review(itemId, CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, false, "总体情况中有未公开的内部数据，请删除后再报。");
		var returned = generate.report(2025, AnnualReports.GOVERNMENT).orElseThrow();
		assertThat(returned.getStatus()).isEqualTo(AnnualReportStatus.DRAFT);
		assertThat(returned.isFrozen()).isFalse();
		assertThat(returned.getCatalogueItemId()).isEqualTo(itemId);
		assertThat(items.findById(itemId).orElseThrow().getStatus()).isEqualTo(ItemStatus.RETURNED);
		assertThat(generate.events(2025, AnnualReports.GOVERNMENT)).extracting(CaseEvent::getType, CaseEvent::getActor,
				CaseEvent::getNote)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMITTED", "editor1", null),
					org.assertj.core.groups.Tuple.tuple("RETURNED", "secrecy1", "总体情况中有未公开的内部数据，请删除后再报。"));
		// the returned item is resubmitted with its report, not on its own from the catalogue workbench
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> submitItem.submitAs(itemId, "editor1")))
			.isInstanceOf(ItemNotInExpectedState.class);
		assertThat(items.findById(itemId).orElseThrow().getStatus()).isEqualTo(ItemStatus.RETURNED);
	}

	/** Edited and resubmitted: the same item, reviewed again up to a leader. */
	@Test
	@Order(9)
	void editedAndResubmittedItGoesUpToALeader() {
		// —— edited and resubmitted: the same catalogue item, its content rewritten, reviewed again
		var edited = draft();
		edited = new AnnualReportDraft(edited.licensing(), edited.punishment(), edited.coercion(),
				edited.administrativeFees(), "本年度，全市认真贯彻落实《条例》。", edited.problems(), edited.otherMatters());
		saveDraft.save(2025, AnnualReports.GOVERNMENT, edited, "editor1");
		clock.at("2026-01-22");
		assertThat(submit.submit(2025, AnnualReports.GOVERNMENT, "editor1", this::render).getCatalogueItemId())
			.isEqualTo(itemId);
		assertThat(items.findById(itemId).orElseThrow().getBody()).isEqualTo("本年度，全市认真贯彻落实《条例》。");
		review(itemId, CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, true, null);
		review(itemId, CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL, OFFICE_HEAD, true, null);
		assertThat(openReviewTasks(itemId)).as("the government's report ends with a leader")
			.containsExactly(CataloguePublicationProcess.TASK_EXTRA_APPROVAL);
		assertThat(generate.report(2025, AnnualReports.GOVERNMENT).orElseThrow().getStatus())
			.isEqualTo(AnnualReportStatus.UNDER_REVIEW);
		assertThatThrownBy(() -> review(itemId, CataloguePublicationProcess.TASK_EXTRA_APPROVAL, OFFICE_HEAD, true, null))
			.as("not the leader").isInstanceOf(org.gongkai.workflow.task.TaskNotYours.class);
		review(itemId, CataloguePublicationProcess.TASK_EXTRA_APPROVAL, LEADER, true, null);
	}

	/** Approved: published, public and queued for the index. */
	@Test
	@Order(10)
	void approvedReportIsPublicAndQueuedForTheIndex() {
		// —— approved: published, the item public and queued for the index
		var published = generate.report(2025, AnnualReports.GOVERNMENT).orElseThrow();
		assertThat(published.isPublished()).isTrue();
		assertThat(published.getPublishedBy()).isEqualTo("leader1");
		var item = items.findById(itemId).orElseThrow();
		assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.isPublic()).isTrue();
		assertThat(item.getIndexNo()).startsWith("000014348/2026-");
		assertThat(outbox.findAll()).anyMatch(entry -> entry.getItemId().equals(itemId));
		assertThat(generate.events(2025, AnnualReports.GOVERNMENT)).extracting(CaseEvent::getType)
			.containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "PUBLISHED");
		assertThat(generate.tables(2025, AnnualReports.GOVERNMENT).fees()).isEqualTo(t2025.fees());
		assertThatThrownBy(() -> saveDraft.save(2025, AnnualReports.GOVERNMENT, AnnualReportDraft.empty(), "editor1"))
			.isInstanceOf(AnnualReportAlreadyPublished.class);
		assertThatThrownBy(() -> submit.submit(2025, AnnualReports.GOVERNMENT, "editor1", this::render))
			.isInstanceOf(AnnualReportAlreadyPublished.class);
		saveDraft.save(2025, "fgw", draft(), "editor1");
		var fgwItem = submit.submit(2025, "fgw", "editor1", this::render).getCatalogueItemId();
		review(fgwItem, CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, true, null);
		review(fgwItem, CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL, FGW_HEAD, true, null);
		assertThat(generate.report(2025, "fgw").orElseThrow().isPublished()).as("a department's report: no leader level")
			.isTrue();
	}

	/** The office's statistics of 2025 from the same cases. */
	@Test
	@Order(11)
	void officeStatisticsOf2025ComeFromTheSameCases() {
		// —— the office's statistics of 2025, from the same cases
		var stats = statistics.all(2025);
		var byMonth = series(stats, "requests-by-month");
		for (int month = 1; month <= 12; month++) {
			assertThat(byMonth.rows().get(month - 1)).containsExactly(month + "月", receivedByMonth[month - 1]);
		}
		var byApplicant = series(stats, "requests-by-applicant");
		for (var type : types) {
			assertThat(byApplicant.rows().get(type.ordinal()))
				.containsExactly(type.label(), expected.get(Table3Row.NEW_RECEIVED)[type.ordinal()]);
		}
		assertThat(series(stats, "requests-by-department").rows()).contains(List.of("市教育局", 1L),
				List.of("未分办", 1L), List.of("市发展和改革委员会", (long) cases.size() + 6));
		assertThat(series(stats, "requests-by-outcome").rows()).contains(List.of("其他处理（逾期不补正）", 1L),
				List.of("不予公开", 7L));
		assertThat(series(stats, "reply-timeliness").rows()).containsExactly(List.of("答复件数", 22L),
				List.of("按期答复件数", 22L), List.of("按期答复率（%）", 100.0), List.of("答复用时中位数（工作日）", 1.0));
		assertThat(series(stats, "items-by-column").rows()).containsExactlyInAnyOrder(List.of("规章", 2L),
				List.of("行政规范性文件", 3L), List.of("其他文件", 2L));
		assertThat(series(stats, "items-by-month").rows().get(11)).containsExactly("12月", 7L);
		assertThat(series(stats, "item-timeliness").rows()).containsExactly(List.of("市发展和改革委员会", 7L, 1L, 14.3));
		// the column × department × month cross-tab: all published in December, one on time (其他文件 of 12-22)
		var crossTab = series(stats, "item-crosstab").rows();
		assertThat(crossTab.subList(0, 3)).containsExactlyInAnyOrder(crossTabRow("规章", 2, 0L, 0.0),
				crossTabRow("行政规范性文件", 3, 0L, 0.0), crossTabRow("其他文件", 2, 1L, 50.0));
		assertThat(crossTab.get(3)).isEqualTo(crossTabRow("合计", 7, 1L, 14.3));
		var onTime = series(stats, "item-crosstab-on-time").rows();
		assertThat(onTime.subList(0, 3)).containsExactlyInAnyOrder(crossTabRow("规章", 0, null, null),
				crossTabRow("行政规范性文件", 0, null, null), crossTabRow("其他文件", 1, null, null));
		assertThat(onTime.get(3)).isEqualTo(crossTabRow("合计", 1, null, null));
		assertThat(series(stats, "item-crosstab").headers()).startsWith("栏目", "部门", "1月").endsWith("12月", "合计",
				"按时发布", "按时率（%）");
		assertThat(statistics.itemCrossTab(2024).published().rows()).isEmpty();

		// the key figures at the top of the page: the same counts, remedies by filing date as 表四, complaints not
		var figures = statistics.keyFigures(2025);
		assertThat(figures.current().received()).isEqualTo(java.util.Arrays.stream(receivedByMonth).mapToLong(Long::longValue).sum());
		assertThat(figures.current().answered()).isEqualTo(22L);
		assertThat(figures.current().answeredOnTime()).isEqualTo(22L);
		assertThat(figures.current().onTimeShare()).isEqualTo(100.0);
		assertThat(figures.current().reviews()).isEqualTo(3L);
		assertThat(figures.current().lawsuits()).as("directly, after review, and the one filed in December").isEqualTo(3L);
		assertThat(figures.previous().year()).isEqualTo(2024);
		assertThat(figures.previous().reviews()).as("filed 2024-12-30").isEqualTo(1L);
		assertThat(figures.previous().lawsuits()).isZero();
	}

	/** 2026: 上年结转 is 2025's 结转. */
	@Test
	@Order(12)
	void carryOverOf2026IsThe2025CarryOut() {
		// —— 2026: 上年结转 is 2025's 结转; the carried cases are finished or moved
		complete(open1, TASK_RECORD_PAYMENT, OFFICE, Map.of());
		assertThat(generate.tables(2026, AnnualReports.GOVERNMENT).fees())
			.isEqualTo(new FeeFigures(0, new BigDecimal("0.00"), new BigDecimal("50.00"), FeeFigures.FROM_NOTICES));
		replied(open1, "fgw", "DISCLOSE", null);
		replied(open2, "fgw", "NOT_HELD", null);
		var t2026 = generate.tables(2026, AnnualReports.GOVERNMENT);
		for (var column : Table3Column.values()) {
			assertThat(t2026.requests().get(Table3Row.CARRIED_IN, column)).as("carried in " + column)
				.isEqualTo(t2025.requests().get(Table3Row.CARRIED_OUT, column));
		}
		assertThat(t2026.requests().get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(2);
		assertThat(t2026.requests().get(Table3Row.CARRIED_OUT, Table3Column.LEGAL_SERVICE_ORGANISATION)).isEqualTo(1);
		assertThat(generate.check(2026, AnnualReports.GOVERNMENT)).extracting(CheckFailure::cell)
			.noneMatch(cell -> cell.startsWith("table3") || cell.startsWith("table4"));
		assertThat(generate.check(2026, "fgw")).extracting(CheckFailure::cell).noneMatch(cell -> cell.startsWith("table3") || cell.startsWith("table4"));
	}

	/** A carried case moved to another department fails fgw's carry-over check. */
	@Test
	@Order(13)
	void aCaseMovedAfterPublicationFailsTheCarryOverCheck() {
		// the third carried case goes to another department: fgw's 上年结转 no longer matches its published 结转
		handle(open3, "fgw", Map.of(DECISION, "REASSIGN", COMMENT, "不属于本部门职责"));
		complete(open3, TASK_REASSIGN, OFFICE, Map.of(DEPARTMENT_CODE, "jyj"));
		replied(open3, "jyj", "DISCLOSE", null);
		assertThat(generate.check(2026, "fgw")).filteredOn(failure -> failure.cell().startsWith("table3"))
			.extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("table3.carriedIn.legalServiceOrganisation", "table3.carriedIn.total");
		assertThat(generate.check(2026, "fgw")).filteredOn(f -> f.cell().equals("table3.carriedIn.total"))
			.extracting(CheckFailure::label, CheckFailure::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("表三 二、上年结转政府信息公开申请数量 × 总计",
					"上年结转（2）应等于上一年度报告的结转下年度继续办理（3）"));
		// jyj's 2025 is not published: its 上年结转 is computed, and it takes the moved case in
		assertThat(generate.check(2026, "jyj")).extracting(CheckFailure::cell).noneMatch(cell -> cell.startsWith("table3") || cell.startsWith("table4"));
		assertThat(generate.tables(2026, "jyj").requests().get(Table3Row.CARRIED_IN, Table3Column.TOTAL)).isEqualTo(1);
		assertThat(generate.tables(2026, "jyj").requests().get(Table3Row.DISCLOSED, Table3Column.TOTAL)).isEqualTo(1);
	}

	/** The published 2025 tables stay as they were. */
	@Test
	@Order(14)
	void publishedTablesStayAsTheyWere() {
		// the published 2025 tables stay as they were
		assertEveryCell(generate.tables(2025, AnnualReports.GOVERNMENT).requests());
		assertThat(generate.check(2026, AnnualReports.GOVERNMENT)).extracting(CheckFailure::cell)
			.noneMatch(cell -> cell.startsWith("table3") || cell.startsWith("table4"));
	}

	/** Reminders of the 2025 reports still due, then overdue. */
	@Test
	@Order(15)
	void remindersNameTheReportsStillDue() {
		// deadlines: the 2025 reports of jyj and bgs are still due by 31 January, late from February
		assertThat(generate.reminders()).extracting(GenerateAnnualReport.Reminder::agency)
			.containsExactlyInAnyOrder("jyj", "bgs");
		assertThat(generate.reminders()).extracting(GenerateAnnualReport.Reminder::due)
			.containsOnly(LocalDate.of(2026, 1, 31));
		assertThat(generate.reminders()).noneMatch(GenerateAnnualReport.Reminder::overdue);
		clock.at("2026-02-02");
		assertThat(generate.reminders()).allMatch(GenerateAnnualReport.Reminder::overdue);
	}

	/** A request past its due date is on the office's overdue list. */
	@Test
	@Order(16)
	void overdueRequestIsOnTheOfficesList() {
		// a request past its due date is on the office's overdue list
		clock.at("2026-01-05");
		long overdueRequest = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "fgw");
		var lateDue = requests.findById(overdueRequest).orElseThrow().getReplyDueOn();
		clock.at("2026-03-02");
		assertThat(statistics.overdue().rows()).singleElement()
			.satisfies(row -> assertThat(row.subList(2, 4)).containsExactly("市发展和改革委员会", lateDue.toString()));
		assertThat(statistics.keyFigures(2026).overdueNow()).isEqualTo(1L);
	}

	/**
	 * A district (东城区人民政府) and its departments: its report and its statistics cover the district
	 * government and its departments, the government's stay its own (本级), and the district's report is
	 * published through the real process (its own head approves, its deadline is a government's).
	 */
	@Test
	@Order(17)
	void aDistrictsReportCoversItsDepartmentsAndGoesThroughTheRealProcess() {
		departments.save(new Department("dcq", "东城区人民政府", "000014360", false, Department.GOVERNMENT,
				org.gongkai.workflow.organisation.AgencyKind.DISTRICT, 10));
		departments.saveAll(List.of(
				new Department("dcq-jyj", "东城区教育局", "000014361", false, "dcq",
						org.gongkai.workflow.organisation.AgencyKind.DEPARTMENT, 1),
				new Department("dcq-zjj", "东城区住房和城乡建设局", "000014362", false, "dcq",
						org.gongkai.workflow.organisation.AgencyKind.DEPARTMENT, 2)));
		var fgwBefore = generate.tables(2025, "fgw").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL);
		var governmentBefore = statistics.byGovernment(2025).rows().get(0);

		clock.at("2025-06-02");
		long school = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "dcq-jyj");
		replied(school, "dcq-jyj", "DISCLOSE", null);
		long housing = receivedAndAssigned(ApplicantType.COMMERCIAL_ENTERPRISE, "dcq-zjj");
		replied(housing, "dcq-zjj", "NOT_HELD", null);
		long own = receivedAndAssigned(ApplicantType.NATURAL_PERSON, "dcq");
		replied(own, "dcq", "DISCLOSE", null);
		var item = draftItem.draft(new ItemContent("东城区老旧小区改造计划", null, "正文", "东城区住房和城乡建设局",
				LocalDate.of(2025, 6, 1), null, "other-doc", null, "通知"), "dcq-zjj", "clerk9");
		submitItem.submit(item.getId(), new Staff("clerk9", Set.of("clerk"), "dcq-zjj"));
		review(item.getId(), CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, true, null);
		review(item.getId(), CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL,
				new Staff("head9", Set.of("dept-head"), "dcq-zjj"), true, null);

		var district = generate.tables(2025, "dcq").requests();
		assertThat(district.get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL)).as("the district and its two departments")
			.isEqualTo(3);
		assertThat(district.get(Table3Row.DISCLOSED, Table3Column.NATURAL_PERSON)).isEqualTo(2);
		assertThat(district.get(Table3Row.NOT_AVAILABLE_1, Table3Column.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
		assertThat(generate.tables(2025, "dcq-jyj").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.isEqualTo(1);
		assertThat(generate.tables(2025, "fgw").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.isEqualTo(fgwBefore);
		assertThat(statistics.byGovernment(2025).rows()).as("本级 unchanged, the district's subtree counted")
			.containsExactly(governmentBefore, List.of("东城区人民政府", 3L, 1L));

		// the district's 2025 report: due like a government's, published through the catalogue's review
		clock.at("2026-03-10");
		assertThat(generate.reminders()).filteredOn(r -> r.agency().startsWith("dcq"))
			.extracting(GenerateAnnualReport.Reminder::agency, GenerateAnnualReport.Reminder::due)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("dcq", LocalDate.of(2026, 3, 31)),
					org.assertj.core.groups.Tuple.tuple("dcq-jyj", LocalDate.of(2026, 1, 31)),
					org.assertj.core.groups.Tuple.tuple("dcq-zjj", LocalDate.of(2026, 1, 31)));
		saveDraft.save(2025, "dcq", draft(), "editor1");
		assertThat(generate.check(2025, "dcq")).isEmpty();
		var submitted = submit.submit(2025, "dcq", "editor1", this::render);
		var reportItem = submitted.getCatalogueItemId();
		assertThat(items.findById(reportItem).orElseThrow().getDepartmentCode()).isEqualTo("dcq");
		review(reportItem, CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, true, null);
		review(reportItem, CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL,
				new Staff("head8", Set.of("dept-head"), "dcq"), true, null);
		while (openReviewTasks(reportItem).contains(CataloguePublicationProcess.TASK_EXTRA_APPROVAL)) {
			review(reportItem, CataloguePublicationProcess.TASK_EXTRA_APPROVAL, LEADER, true, null);
		}
		var published = generate.report(2025, "dcq").orElseThrow();
		assertThat(published.isPublished()).isTrue();
		assertThat(items.findById(reportItem).orElseThrow().getIndexNo()).startsWith("000014360/2026-");
		assertThat(generate.tables(2025, "dcq").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.isEqualTo(3);
		assertThat(generate.published()).extracting(AnnualReport::getAgency).contains("dcq", AnnualReports.GOVERNMENT);
		assertThat(generate.publishedByItem(reportItem)).map(AnnualReport::getId).contains(published.getId());
	}

	private void assertEveryCell(RequestTable table) {
		for (var row : Table3Row.values()) {
			for (var column : Table3Column.values()) {
				long want = column == Table3Column.TOTAL ? java.util.Arrays.stream(expected.get(row)).sum()
						: expected.get(row)[column.ordinal()];
				if (row == Table3Row.RESULT_TOTAL) {
					want = Table3Row.results()
						.stream()
						.mapToLong(r -> column == Table3Column.TOTAL ? java.util.Arrays.stream(expected.get(r)).sum()
								: expected.get(r)[column.ordinal()])
						.sum();
				}
				assertThat(table.get(row, column)).as(row.label() + " × " + column.label()).isEqualTo(want);
			}
		}
	}

	/** A cross-tab row of fgw's items, all in December. */
	private static List<Object> crossTabRow(String column, long december, Long onTime, Double rate) {
		var row = new ArrayList<Object>(List.of(column, column.equals("合计") ? "" : "市发展和改革委员会"));
		for (int month = 1; month < 12; month++) {
			row.add(0L);
		}
		row.add(december);
		row.add(december);
		if (onTime != null) {
			row.add(onTime);
			row.add(rate);
		}
		return row;
	}

	private static Series series(List<Series> all, String key) {
		return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
	}

	private void expect(Table3Row row, ApplicantType type) {
		expected.get(row)[type.ordinal()]++;
	}

	private static long[] row(RemedyTable table, int block) {
		var values = new long[RemedyTable.TOTAL + 1];
		for (int column = 0; column <= RemedyTable.TOTAL; column++) {
			values[column] = table.get(block, column);
		}
		return values;
	}

	private AnnualReportDraft draft() {
		return new AnnualReportDraft(120L, 35L, 4L, new BigDecimal("12.5000"),
				"本年度，市发展和改革委员会认真贯彻落实《条例》。", "个别答复说理不够充分，已加强培训。", "本年度发出收费通知1件，申请人未缴费。");
	}

	private ItemContent render(AnnualReportTables tables, AnnualReportDraft draft) {
		return new ItemContent(tables.agency() + tables.year() + "年政府信息公开工作年度报告", null,
				draft.overview(), "市发展和改革委员会", LocalDate.now(clock), null, SubmitAnnualReport.COLUMN, null, "报告");
	}

	/** A review step of a catalogue item: approved, or returned with the reason. */
	private void review(long itemId, String taskKey, Staff reviewer, boolean approved, String comment) {
		var task = inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task " + taskKey + " for item " + itemId));
		var variables = new HashMap<String, Object>(Map.of(CataloguePublicationProcess.APPROVED, approved));
		if (comment != null) {
			variables.put(CataloguePublicationProcess.COMMENT, comment);
		}
		inbox.complete(task.id(), reviewer, variables);
	}

	private List<String> openReviewTasks(long itemId) {
		return inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))
			.stream()
			.map(t -> t.taskKey())
			.toList();
	}

	/** A document of fgw through the ordinary publication flow: drafted, submitted, 保密审查, department head. */
	private void document(String column, LocalDate written, LocalDate repealedOn) {
		var item = draftItem.draft(new ItemContent("文件" + written, null, "正文", "市发展和改革委员会", written, null, column,
				null, "通知"), "fgw", "clerk1");
		submitItem.submit(item.getId(), new Staff("clerk1", Set.of("clerk"), "fgw"));
		review(item.getId(), CataloguePublicationProcess.TASK_SECRECY_REVIEW, SECRECY, true, null);
		review(item.getId(), CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL, FGW_HEAD, true, null);
		if (repealedOn != null) {
			repeal.repeal(item.getId(), repealedOn, "clerk1");
		}
	}

	private ApplicationForm form(ApplicantType type) {
		return type.isOrganisation()
				? new ApplicationForm(type, "某某单位", "91110000100000001W", "张三", "李四", "13812345678", null, null, null,
						"某项目批复文件", null, "申请公开某项目的批复文件。", DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null, null)
				: new ApplicationForm(type, "王五", "11010519491231002X", null, null, "13812345678", null, null, null,
						"某项目批复文件", null, "申请公开某项目的批复文件。", DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null, null);
	}

	private long received(ApplicantType type) {
		long id = file.file(form(type), List.of(), "applicant1").getId();
		complete(id, TASK_CONFIRM_RECEIPT, OFFICE, Map.of());
		var receivedOn = requests.findById(id).orElseThrow().getReceivedOn();
		assertThat(receivedOn).isEqualTo(LocalDate.now(clock));
		if (receivedOn.getYear() == 2025) {
			receivedByMonth[receivedOn.getMonthValue() - 1]++;
		}
		return id;
	}

	private long receivedAndAssigned(ApplicantType type, String department) {
		long id = received(type);
		register(id, Map.of(DECISION, "ASSIGN", DEPARTMENT_CODE, department));
		return id;
	}

	private void register(long id, Map<String, Object> variables) {
		complete(id, TASK_REGISTER, OFFICE, variables);
	}

	private void handle(long id, String department, Map<String, Object> variables) {
		complete(id, TASK_HANDLE, new Staff("clerk", Set.of("clerk"), department), variables);
	}

	/** Proposed by the department, reviewed, secrecy-checked, signed off and issued (the async job run). */
	private void replied(long id, String department, String replyType, String reasons) {
		clock.now = clock.now.plusSeconds(86_400);
		var variables = new HashMap<String, Object>(Map.of(DECISION, "PROPOSE", REPLY_TYPE, replyType, REPLY_NOTE, "答复"));
		if (reasons != null) {
			variables.put(REPLY_REASONS, reasons);
		}
		handle(id, department, variables);
		complete(id, TASK_DEPARTMENT_REVIEW, new Staff("head", Set.of("dept-head"), department), Map.of(APPROVED, true));
		complete(id, TASK_SECRECY_REVIEW, SECRECY, Map.of(APPROVED, true));
		complete(id, TASK_SIGN_OFF, LEADER, Map.of(APPROVED, true));
		var job = management.createJobQuery().processInstanceId(processOf(id)).activityId("Task_IssueReply").singleResult();
		management.executeJob(job.getId());
		assertThat(requests.findById(id).orElseThrow().getReplyType().name()).isEqualTo(replyType);
	}

	private void executeTimer(long id, String activity) {
		var job = management.createJobQuery().processInstanceId(processOf(id)).activityId(activity).singleResult();
		assertThat(job).as(activity).isNotNull();
		management.executeJob(job.getId());
	}

	private void complete(long id, String taskKey, Staff staff, Map<String, Object> variables) {
		var task = inbox.openTasksOf(KEY, String.valueOf(id))
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task " + taskKey + " for request " + id + ": "
					+ inbox.openTasksOf(KEY, String.valueOf(id))));
		inbox.complete(task.id(), staff, variables);
	}

	private String processOf(long id) {
		return requests.findById(id).orElseThrow().getProcessInstanceId();
	}
}
