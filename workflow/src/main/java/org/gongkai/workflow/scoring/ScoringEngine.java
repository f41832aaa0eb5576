package org.gongkai.workflow.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.workflow.information.Level;

/**
 * Turns scoring facts into score lines with a rule book: each fact takes the most specific rule of its
 * kind and level in force on its date (a named channel before {@code *}, then the latest effective
 * date); an item's points are split equally among its units (合报), rounded to 0.01; an item forwarded
 * upward has its own adoption points multiplied by the {@link FactKind#FORWARDED} rule's multiplier;
 * points for several publications add up. A fact without a rule scores nothing.
 */
public final class ScoringEngine {

	private static final BigDecimal ONE = BigDecimal.ONE;

	private final List<ScoringRule> rules;

	public ScoringEngine(List<ScoringRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * A fact as the engine sees it.
	 *
	 * @param units the units it counts for: the item's units, or the one deducted unit
	 * @param emergencyEventId the emergency event a 紧急信息 deduction is about, else null
	 */
	public record Fact(Long id, FactKind kind, Level level, String channel, LocalDate on, Long reportId,
			List<String> units, String evidence, Long emergencyEventId) {
	}

	/** One unit's share of one fact, with the rule that priced it and the fact's evidence (item or emergency event). */
	public record ScoreLine(String unit, BigDecimal points, Long factId, Long ruleId, FactKind kind, Level level,
			String channel, LocalDate on, Long reportId, String evidence, Long emergencyEventId) {
	}

	public List<ScoreLine> score(List<Fact> facts) {
		var multipliers = new HashMap<Long, BigDecimal>();
		for (var fact : facts) {
			if (fact.kind() == FactKind.FORWARDED && fact.reportId() != null) {
				rule(fact).map(ScoringRule::getMultiplier)
					.ifPresent(m -> multipliers.merge(fact.reportId(), m, BigDecimal::max));
			}
		}
		var lines = new ArrayList<ScoreLine>();
		for (var fact : facts) {
			var rule = rule(fact);
			if (rule.isEmpty() || fact.units().isEmpty()) {
				continue;
			}
			var points = rule.get().getPoints();
			if (fact.kind() == FactKind.ADOPTED && fact.reportId() != null) {
				points = points.multiply(multipliers.getOrDefault(fact.reportId(), ONE));
			}
			if (points.signum() == 0) {
				continue;
			}
			var share = points.divide(BigDecimal.valueOf(fact.units().size()), 2, RoundingMode.HALF_UP);
			for (var unit : fact.units()) {
				lines.add(new ScoreLine(unit, share, fact.id(), rule.get().getId(), fact.kind(), fact.level(),
						fact.channel(), fact.on(), fact.reportId(), fact.evidence(), fact.emergencyEventId()));
			}
		}
		return lines;
	}

	/** Each unit's total of the lines. */
	public static Map<String, BigDecimal> totals(List<ScoreLine> lines) {
		var totals = new HashMap<String, BigDecimal>();
		lines.forEach(line -> totals.merge(line.unit(), line.points(), BigDecimal::add));
		return totals;
	}

	Optional<ScoringRule> rule(Fact fact) {
		return rules.stream()
			.filter(r -> r.getKind() == fact.kind() && r.getLevel() == fact.level())
			.filter(r -> r.getChannel().equals(fact.channel()) || ScoringRule.ANY.equals(r.getChannel()))
			.filter(r -> !r.getEffectiveFrom().isAfter(fact.on()))
			.max(Comparator.<ScoringRule, Boolean>comparing(r -> !ScoringRule.ANY.equals(r.getChannel()))
				.thenComparing(ScoringRule::getEffectiveFrom));
	}
}
