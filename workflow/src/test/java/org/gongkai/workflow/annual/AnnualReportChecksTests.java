package org.gongkai.workflow.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;
import org.junit.jupiter.api.Test;

/**
 * Each check of SPEC §3 on tables that break it (as a frozen or hand-corrupted report could): the
 * failure names the cell, and consistent tables pass.
 */
class AnnualReportChecksTests {

	static final AnnualReportDraft DRAFT = new AnnualReportDraft(1L, 2L, 3L, new BigDecimal("4.5"), "总体情况",
			"问题", "其他");

	/** A consistent 表三: 3 new and 1 carried-in natural persons; 2 disclosed, 1 withheld (1), 1 carried out. */
	static Map<String, Map<String, Long>> table3() {
		var table = new LinkedHashMap<String, Map<String, Long>>();
		for (var row : Table3Row.values()) {
			var cells = new LinkedHashMap<String, Long>();
			for (var column : Table3Column.values()) {
				cells.put(column.key(), 0L);
			}
			table.put(row.key(), cells);
		}
		set(table, Table3Row.NEW_RECEIVED, 3);
		set(table, Table3Row.CARRIED_IN, 1);
		set(table, Table3Row.DISCLOSED, 2);
		set(table, Table3Row.WITHHELD_1, 1);
		set(table, Table3Row.RESULT_TOTAL, 3);
		set(table, Table3Row.CARRIED_OUT, 1);
		return table;
	}

	static void set(Map<String, Map<String, Long>> table, Table3Row row, long naturalPersons) {
		table.get(row.key()).put("naturalPerson", naturalPersons);
		table.get(row.key()).put("total", naturalPersons);
	}

	static AnnualReportTables tables(Map<String, Map<String, Long>> table3, long reviewTotal) throws Exception {
		var root = new LinkedHashMap<String, Object>();
		root.put("year", 2025);
		root.put("agency", "government");
		var table2 = new LinkedHashMap<String, Object>();
		table2.put("regulations", Map.of("made", 0, "repealed", 0, "valid", 0));
		table2.put("normativeDocuments", Map.of("made", 0, "repealed", 0, "valid", 0));
		table2.put("licensing", Map.of("decisions", 1));
		table2.put("punishment", Map.of("decisions", 2));
		table2.put("coercion", Map.of("decisions", 3));
		table2.put("administrativeFees", Map.of("amountTenThousandYuan", 4.5));
		root.put("table2", table2);
		root.put("table3", table3);
		var block = Map.of("maintained", 1, "corrected", 1, "other", 0, "pending", 0, "total", reviewTotal);
		var zero = Map.of("maintained", 0, "corrected", 0, "other", 0, "pending", 0, "total", 0);
		root.put("table4", Map.of("administrativeReview", block, "litigationWithoutReview", zero,
				"litigationAfterReview", zero));
		return AnnualReportJson.read(new ObjectMapper().writeValueAsString(root));
	}

	static final long[] CARRIED_OUT_LAST_YEAR = { 1, 0, 0, 0, 0, 0, 1 };

	@Test
	void consistentTablesPass() throws Exception {
		assertThat(AnnualReportChecks.check(tables(table3(), 2), DRAFT, CARRIED_OUT_LAST_YEAR)).isEmpty();
	}

	@Test
	void resultTotalMustBeTheSumOfTheSixResults() throws Exception {
		var table = table3();
		set(table, Table3Row.DISCLOSED, 1);
		var failures = AnnualReportChecks.check(tables(table, 2), DRAFT, CARRIED_OUT_LAST_YEAR);
		assertThat(failures).extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("table3.result.total.naturalPerson", "table3.result.total.total");
		assertThat(failures.get(0).label()).isEqualTo("表三 （七）总计 × 自然人");
		assertThat(failures.get(0).message()).isEqualTo("（七）总计（3）应等于（一）至（六）之和（2）");
	}

	@Test
	void receivedAndCarriedInMustEqualFinishedAndCarriedOut() throws Exception {
		var table = table3();
		set(table, Table3Row.NEW_RECEIVED, 4);
		assertThat(AnnualReportChecks.check(tables(table, 2), DRAFT, CARRIED_OUT_LAST_YEAR)).extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("table3.carriedOut.naturalPerson", "table3.carriedOut.total");
	}

	@Test
	void totalColumnMustBeTheSumOfTheApplicantColumns() throws Exception {
		var table = table3();
		table.get(Table3Row.PARTIAL.key()).put("total", 1L);
		assertThat(AnnualReportChecks.check(tables(table, 2), DRAFT, CARRIED_OUT_LAST_YEAR)).extracting(CheckFailure::cell)
			.contains("table3.result.partial.total");
	}

	@Test
	void cellsMustNotBeNegative() throws Exception {
		var table = table3();
		table.get(Table3Row.NOT_PROCESSED_2.key()).put("researchInstitution", -1L);
		table.get(Table3Row.NOT_PROCESSED_2.key()).put("otherOrganisation", 1L);
		assertThat(AnnualReportChecks.check(tables(table, 2), DRAFT, CARRIED_OUT_LAST_YEAR)).extracting(CheckFailure::cell)
			.contains("table3.result.notProcessed.2.researchInstitution");
	}

	@Test
	void carriedInMustBeLastYearsCarriedOut() throws Exception {
		var failures = AnnualReportChecks.check(tables(table3(), 2), DRAFT, new long[] { 2, 0, 0, 0, 0, 0, 2 });
		assertThat(failures).extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("table3.carriedIn.naturalPerson", "table3.carriedIn.total");
	}

	@Test
	void eachTable4TotalMustBeTheSumOfItsFourResults() throws Exception {
		var failures = AnnualReportChecks.check(tables(table3(), 3), DRAFT, CARRIED_OUT_LAST_YEAR);
		assertThat(failures).extracting(CheckFailure::cell, CheckFailure::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("table4.administrativeReview.total", "表四 行政复议 × 总计"));
	}

	@Test
	void officeEntriesMustBeGivenAndNotNegative() throws Exception {
		var draft = new AnnualReportDraft(1L, 2L, 3L, new BigDecimal("4.5"), " ", "问题", null);
		assertThat(AnnualReportChecks.check(tables(table3(), 2), draft, CARRIED_OUT_LAST_YEAR)).extracting(CheckFailure::cell)
			.containsExactlyInAnyOrder("section1.overview", "section6.otherMatters");
		assertThat(List.of(AnnualReportDeadlines.due(2025, "fgw"), AnnualReportDeadlines.due(2025, "government")))
			.containsExactly(java.time.LocalDate.of(2026, 1, 31), java.time.LocalDate.of(2026, 3, 31));
	}

	@Test
	void aRefusalWithSeveralReasonsCountsOnceUnderTheWeightiest() {
		assertThat(Table3Row.of(ReplyType.WITHHOLD, List.of(WithholdingReason.THIRD_PARTY_RIGHTS,
				WithholdingReason.STATE_SECRET))).isEqualTo(Table3Row.WITHHELD_1);
		assertThat(Table3Row.of(ReplyType.WITHHOLD, List.of(WithholdingReason.PROCESS_INFORMATION,
				WithholdingReason.INTERNAL_AFFAIRS, WithholdingReason.ENFORCEMENT_FILES))).isEqualTo(Table3Row.WITHHELD_5);
		assertThat(Table3Row.of(ReplyType.WITHHOLD, List.of(WithholdingReason.ENFORCEMENT_FILES)))
			.isEqualTo(Table3Row.WITHHELD_7);
		assertThat(Table3Row.of(ReplyType.WITHHOLD, List.of())).isEqualTo(Table3Row.WITHHELD_2);
		assertThat(Table3Row.of(ReplyType.PARTIAL, List.of(WithholdingReason.STATE_SECRET,
				WithholdingReason.THIRD_PARTY_RIGHTS))).isEqualTo(Table3Row.PARTIAL);
	}

	@Test
	void feeFiguresCountNoticesIssuedInTheYearAndPaymentsReceivedInIt() {
		var notices = List.of(
				new FeeFigures.Notice("费〔2024〕第0009号", 1L, null, LocalDate.of(2024, 12, 20), new BigDecimal("100"),
						LocalDate.of(2025, 1, 6)),
				new FeeFigures.Notice("费〔2025〕第0001号", 2L, null, LocalDate.of(2025, 3, 3), new BigDecimal("1700"),
						LocalDate.of(2025, 3, 10)),
				new FeeFigures.Notice("费〔2025〕第0002号", 3L, null, LocalDate.of(2025, 9, 8), new BigDecimal("200"), null),
				new FeeFigures.Notice("费〔2025〕第0003号", 4L, null, LocalDate.of(2025, 12, 29), new BigDecimal("300"),
						LocalDate.of(2026, 1, 5)));
		assertThat(FeeFigures.of(2025, notices)).isEqualTo(new FeeFigures(3, new BigDecimal("2200.00"),
				new BigDecimal("1800.00"), FeeFigures.FROM_NOTICES));
		assertThat(FeeFigures.of(2025, List.of()))
			.isEqualTo(new FeeFigures(0, new BigDecimal("0.00"), new BigDecimal("0.00"), FeeFigures.FROM_NOTICES));
	}

	@Test
	void frozenTablesKeepTheirFeeFiguresAndOlderOnesHaveNone() throws Exception {
		var older = tables(table3(), 2);
		assertThat(older.fees()).isNull();
		var fees = new FeeFigures(2, new BigDecimal("1900.00"), new BigDecimal("200.00"), FeeFigures.FROM_NOTICES);
		var withFees = new AnnualReportTables(2025, "government", older.proactive(), older.requests(), older.remedies(),
				fees);
		assertThat(AnnualReportJson.toMap(withFees).get("fees")).isEqualTo(Map.of("noticesIssued", 2L, "amountYuan",
				new BigDecimal("1900.00"), "collectedYuan", new BigDecimal("200.00"), "source", "fee-notices"));
		assertThat(AnnualReportJson.read(AnnualReportJson.write(withFees)).fees()).isEqualTo(fees);
	}
}
