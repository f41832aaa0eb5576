package org.gongkai.workflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.workflow.information.Level.CITY;
import static org.gongkai.workflow.information.Level.PROVINCE;
import static org.gongkai.workflow.information.Level.STATE;
import static org.gongkai.workflow.scoring.FactKind.ADOPTED;
import static org.gongkai.workflow.scoring.FactKind.DEDUCTED;
import static org.gongkai.workflow.scoring.FactKind.FORWARDED;
import static org.gongkai.workflow.scoring.FactKind.INSTRUCTED;
import static org.gongkai.workflow.scoring.FactKind.UPPER_ADOPTED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.scoring.ScoringEngine.Fact;
import org.junit.jupiter.api.Test;

/**
 * The scoring engine on a worked year of 24 facts for four units; every total below was added up by
 * hand from the rule table (SPEC §5 example, plus a 专报 rule from July, a new 市级 price from October
 * and a ×1.5 multiplier for forwarded items).
 */
class ScoringEngineTests {

	private static final String A = "fgw", B = "jyj", C = "wsj", D = "gaj";

	private final List<ScoringRule> rules = List.of(
			rule(1, ADOPTED, CITY, "*", "3", null, "2026-01-01"),
			rule(2, ADOPTED, CITY, "SPECIAL", "5", null, "2026-07-01"),
			rule(3, ADOPTED, CITY, "*", "4", null, "2026-10-01"),
			rule(4, FORWARDED, PROVINCE, "*", "0", "1.5", "2026-01-01"),
			rule(5, UPPER_ADOPTED, PROVINCE, "SELECTED", "2", null, "2026-01-01"),
			rule(6, UPPER_ADOPTED, PROVINCE, "BRIEFING", "10", null, "2026-01-01"),
			rule(7, UPPER_ADOPTED, PROVINCE, "SPECIAL", "20", null, "2026-01-01"),
			rule(8, UPPER_ADOPTED, STATE, "*", "50", null, "2026-01-01"),
			rule(9, INSTRUCTED, CITY, "*", "5", null, "2026-01-01"),
			rule(10, INSTRUCTED, PROVINCE, "*", "50", null, "2026-01-01"),
			rule(11, INSTRUCTED, STATE, "*", "100", null, "2026-01-01"),
			rule(12, DEDUCTED, CITY, "MISSED_COMMISSION", "-10", null, "2026-01-01"),
			rule(13, DEDUCTED, CITY, "LATE_FEEDBACK", "-10", null, "2026-01-01"));

	private final List<Fact> facts = new ArrayList<>();

	@Test
	void aWorkedYearAddsUpToTheHandComputedTotals() {
		// item 1 (A): 《政务信息》 3, 专报 before the 专报 rule → the general 3, city instruction 5
		fact(1, ADOPTED, CITY, "DAILY", "2026-02-03", 1L, A);
		fact(2, ADOPTED, CITY, "SPECIAL", "2026-02-05", 1L, A);
		fact(3, INSTRUCTED, CITY, "*", "2026-02-10", 1L, A);
		// item 2 (B): forwarded, so its 3 becomes 4.5; province briefing 10; province leader 50
		fact(4, ADOPTED, CITY, "DAILY", "2026-03-02", 2L, B);
		fact(5, FORWARDED, PROVINCE, "*", "2026-03-03", 2L, B);
		fact(6, UPPER_ADOPTED, PROVINCE, "BRIEFING", "2026-03-20", 2L, B);
		fact(7, INSTRUCTED, PROVINCE, "*", "2026-03-25", 2L, B);
		// item 3, joint of A and B: 3/2, 国办 50/2, State Council leader 100/2
		fact(8, ADOPTED, CITY, "DAILY", "2026-04-01", 3L, A, B);
		fact(9, UPPER_ADOPTED, STATE, "ADOPTED", "2026-04-20", 3L, A, B);
		fact(10, INSTRUCTED, STATE, "*", "2026-04-28", 3L, A, B);
		// item 4 (C): 专报 now 5, 快报 3, selected by the province 2
		fact(11, ADOPTED, CITY, "SPECIAL", "2026-07-15", 4L, C);
		fact(12, ADOPTED, CITY, "EXPRESS", "2026-07-15", 4L, C);
		fact(13, UPPER_ADOPTED, PROVINCE, "SELECTED", "2026-07-20", 4L, C);
		// item 5, joint of A, C, D: 3/3 = 1, province special report 20/3 = 6.67 each
		fact(14, ADOPTED, CITY, "DAILY", "2026-08-03", 5L, A, C, D);
		fact(15, UPPER_ADOPTED, PROVINCE, "SPECIAL", "2026-08-10", 5L, A, C, D);
		// item 6 (D): new general price 4, 专报 keeps its own rule 5; forwarded → 6 and 7.5; unknown channel scores nothing
		fact(16, ADOPTED, CITY, "DAILY", "2026-10-09", 6L, D);
		fact(17, ADOPTED, CITY, "SPECIAL", "2026-10-09", 6L, D);
		fact(18, FORWARDED, PROVINCE, "*", "2026-10-10", 6L, D);
		fact(19, UPPER_ADOPTED, PROVINCE, "NEWSLETTER", "2026-10-20", 6L, D);
		// deductions; the one and the adoption dated before the table came into force score nothing
		fact(20, DEDUCTED, CITY, "MISSED_COMMISSION", "2025-12-20", null, B);
		fact(21, DEDUCTED, CITY, "MISSED_COMMISSION", "2026-05-06", null, C);
		fact(22, DEDUCTED, CITY, "LATE_FEEDBACK", "2026-06-01", null, A);
		fact(23, DEDUCTED, CITY, "LATE_FEEDBACK", "2026-11-02", null, D);
		fact(24, ADOPTED, CITY, "DAILY", "2025-12-30", 7L, B);

		var lines = new ScoringEngine(rules).score(facts);

		// A: 3 + 3 + 5 + 1.5 + 25 + 50 + 1 + 6.67 − 10 = 85.17
		// B: 4.5 + 10 + 50 + 1.5 + 25 + 50 = 141.00
		// C: 5 + 3 + 2 + 1 + 6.67 − 10 = 7.67
		// D: 1 + 6.67 + 6 + 7.5 − 10 = 11.17
		assertThat(ScoringEngine.totals(lines)).containsExactlyInAnyOrderEntriesOf(Map.of(A, new BigDecimal("85.17"),
				B, new BigDecimal("141.00"), C, new BigDecimal("7.67"), D, new BigDecimal("11.17")));
		assertThat(lines).hasSize(9 + 6 + 6 + 5);
		assertThat(lines).extracting(ScoringEngine.ScoreLine::factId).doesNotContain(5L, 18L, 19L, 20L, 24L);
	}

	@Test
	void everyLinePointsToItsFactRuleAndEvidence() {
		fact(16, ADOPTED, CITY, "SPECIAL", "2026-10-09", 6L, D);
		fact(18, FORWARDED, PROVINCE, "*", "2026-10-10", 6L, D);
		var line = new ScoringEngine(rules).score(facts).get(0);
		assertThat(line.points()).isEqualByComparingTo("7.5");
		assertThat(line.factId()).isEqualTo(16L);
		assertThat(line.ruleId()).isEqualTo(2L);
		assertThat(line.reportId()).isEqualTo(6L);
		assertThat(line.evidence()).isEqualTo("evidence of fact 16");
	}

	@Test
	void aLaterVersionOfARuleAppliesFromItsEffectiveDateOnly() {
		fact(1, ADOPTED, CITY, "DAILY", "2026-09-30", 1L, A);
		fact(2, ADOPTED, CITY, "DAILY", "2026-10-01", 2L, A);
		assertThat(new ScoringEngine(rules).score(facts)).extracting(ScoringEngine.ScoreLine::points)
			.containsExactly(new BigDecimal("3.00"), new BigDecimal("4.00"));
	}

	private void fact(long id, FactKind kind, Level level, String channel, String on, Long reportId, String... units) {
		facts.add(new Fact(id, kind, level, channel, LocalDate.parse(on), reportId, List.of(units),
				"evidence of fact " + id, null));
	}

	private static ScoringRule rule(long id, FactKind kind, Level level, String channel, String points,
			String multiplier, String from) {
		return new ScoringRule(kind, level, channel, new BigDecimal(points),
				multiplier == null ? null : new BigDecimal(multiplier), LocalDate.parse(from), "rule " + id, "test")
			.withId(id);
	}
}
