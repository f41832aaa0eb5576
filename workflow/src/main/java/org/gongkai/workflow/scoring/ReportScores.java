package org.gongkai.workflow.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.information.InformationReport;
import org.gongkai.workflow.information.InformationReports;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.ReportProperties;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores and rankings from the recorded facts and the rules in the database: every line keeps its
 * evidence; totals are always recomputed, never stored, so a corrected rule applies everywhere.
 */
@Service
public class ReportScores {

	private final ScoringRules rules;

	private final ScoreFacts facts;

	private final InformationReports reports;

	private final Departments departments;

	private final JdbcTemplate jdbc;

	private final ReportProperties properties;

	ReportScores(ScoringRules rules, ScoreFacts facts, InformationReports reports, Departments departments,
			JdbcTemplate jdbc, ReportProperties properties) {
		this.rules = rules;
		this.facts = facts;
		this.reports = reports;
		this.departments = departments;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public List<ScoringRule> rules() {
		return rules.findAllByOrderByKindAscLevelAscChannelAscEffectiveFromAsc();
	}

	/**
	 * Adds a version of a rule from its effective date (rules are never edited in place, so past
	 * scores stay explainable).
	 * @throws IllegalArgumentException if a version of the same rule starts on the same day
	 */
	@Transactional
	public ScoringRule addRule(FactKind kind, Level level, String channel, BigDecimal points, BigDecimal multiplier,
			LocalDate effectiveFrom, String description, String actor) {
		if (kind == null || level == null || points == null || effectiveFrom == null || description == null
				|| description.isBlank()) {
			throw new InvalidValue("kind", "scoring.rule.incomplete");
		}
		var key = channel == null || channel.isBlank() ? ScoringRule.ANY : channel.strip().toUpperCase();
		boolean exists = rules().stream()
			.anyMatch(r -> r.getKind() == kind && r.getLevel() == level && r.getChannel().equals(key)
					&& r.getEffectiveFrom().equals(effectiveFrom));
		if (exists) {
			throw new InvalidValue("effectiveFrom", "scoring.rule.duplicate");
		}
		try {
			return rules.saveAndFlush(new ScoringRule(kind, level, key, points, multiplier, effectiveFrom,
					description.strip(), actor));
		}
		catch (DataIntegrityViolationException raced) {
			throw new InvalidValue("effectiveFrom", "scoring.rule.duplicate");
		}
	}

	/** Every score line of the facts dated in [from, to]. */
	@Transactional(readOnly = true)
	public List<ScoringEngine.ScoreLine> lines(LocalDate from, LocalDate to) {
		var found = facts.findByOccurredOnBetweenOrderByOccurredOnAscIdAsc(from, to);
		var reportIds = found.stream().map(ScoreFact::getReportId).filter(id -> id != null).distinct().toList();
		Map<Long, InformationReport> byId = reportIds.isEmpty() ? Map.of()
				: reports.findByIdIn(reportIds).stream().collect(Collectors.toMap(InformationReport::getId, r -> r));
		var engineFacts = found.stream()
			.map(fact -> new ScoringEngine.Fact(fact.getId(), fact.getKind(), fact.getLevel(), fact.getChannel(),
					fact.getOccurredOn(), fact.getReportId(),
					fact.getUnitCode() != null ? List.of(fact.getUnitCode())
							: byId.get(fact.getReportId()).getUnits().stream().sorted().toList(),
					fact.getEvidence(), fact.getEmergencyEventId()))
			.toList();
		return new ScoringEngine(rules.findAll()).score(engineFacts);
	}

	/** The units ranked for a month, quarter or year. */
	@Transactional(readOnly = true)
	public Ranking ranking(ReportPeriod period) {
		var points = ScoringEngine.totals(lines(period.from(), period.to()));
		var running = ScoringEngine.totals(lines(period.yearStart(), period.to()));
		var submitted = new HashMap<String, Long>();
		reports.countSubmitted(period.from().atStartOfDay(properties.zone()).toInstant(),
				period.to().plusDays(1).atStartOfDay(properties.zone()).toInstant())
			.forEach(row -> submitted.put((String) row[0], ((Number) row[1]).longValue()));
		var adopted = counts("""
				select u.unit_code, count(distinct f.report_id) from report_score_fact f
				join information_report_unit u on u.report_id = f.report_id
				where f.kind = 'ADOPTED' and f.occurred_on between ? and ? group by u.unit_code""", period.from(),
				period.to());
		var classes = new HashMap<String, Integer>();
		jdbc.query("select unit_code, unit_class from report_unit_class",
				rs -> {
					classes.put(rs.getString(1), rs.getInt(2));
				});
		var quotas = quotas(period.to());
		var units = departments.findAll()
			.stream()
			.filter(d -> !d.isGeneralOffice() && !d.getCode().equals(properties.officeUnit()))
			.collect(Collectors.toMap(Department::getCode, Function.identity()));
		var sorted = units.values()
			.stream()
			.sorted(Comparator.<Department, BigDecimal>comparing(d -> points.getOrDefault(d.getCode(), BigDecimal.ZERO))
				.reversed()
				.thenComparing(Department::getCode))
			.toList();
		var rows = new java.util.ArrayList<Ranking.Row>();
		int rank = 0;
		BigDecimal previous = null;
		for (int i = 0; i < sorted.size(); i++) {
			var unit = sorted.get(i);
			var own = points.getOrDefault(unit.getCode(), BigDecimal.ZERO).setScale(2);
			if (previous == null || own.compareTo(previous) != 0) {
				rank = i + 1;
			}
			previous = own;
			int unitClass = classes.getOrDefault(unit.getCode(), properties.defaultUnitClass());
			int quota = quotas.getOrDefault(unitClass, 0) * period.months();
			long adoptedItems = adopted.getOrDefault(unit.getCode(), 0L);
			rows.add(new Ranking.Row(rank, unit.getCode(), unit.getName(), unitClass,
					submitted.getOrDefault(unit.getCode(), 0L), adoptedItems, own,
					running.getOrDefault(unit.getCode(), BigDecimal.ZERO).setScale(2), quota, adoptedItems >= quota));
		}
		return new Ranking(period, rows);
	}

	/** The quota of each class in force on the day. */
	Map<Integer, Integer> quotas(LocalDate on) {
		var quotas = new HashMap<Integer, Integer>();
		jdbc.query("""
				select q.unit_class, q.monthly_items from report_quota q
				where q.effective_from = (select max(p.effective_from) from report_quota p
					where p.unit_class = q.unit_class and p.effective_from <= ?)""",
				rs -> {
					quotas.put(rs.getInt(1), rs.getInt(2));
				}, on);
		return quotas;
	}

	/** Sets a unit's quota class. */
	@Transactional
	public void classify(String unitCode, int unitClass) {
		if (unitClass < 1 || unitClass > 4 || !departments.existsById(unitCode)) {
			throw new InvalidValue("unitClass", "scoring.unitClass.unknown");
		}
		if (jdbc.update("update report_unit_class set unit_class = ? where unit_code = ?", unitClass, unitCode) == 0) {
			jdbc.update("insert into report_unit_class (unit_code, unit_class) values (?, ?)", unitCode, unitClass);
		}
	}

	private Map<String, Long> counts(String sql, Object... args) {
		var counts = new HashMap<String, Long>();
		jdbc.query(sql, rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		}, args);
		return counts;
	}
}
