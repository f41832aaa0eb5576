package org.gongkai.workflow.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.information.ReportProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly quotas of the unit classes (一类 … 四类), versioned by effective date like the scoring
 * rules: a change adds a version from a date, so the months before keep the quota they had; and the
 * class each unit is in.
 */
@Service
public class ReportQuotas {

	/** The classes a unit can be in. */
	public static final int FIRST_CLASS = 1;

	public static final int LAST_CLASS = 4;

	private final JdbcTemplate jdbc;

	private final ReportScores scores;

	private final ReportProperties properties;

	ReportQuotas(JdbcTemplate jdbc, ReportScores scores, ReportProperties properties) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.properties = properties;
	}

	/** One version of a class's monthly quota. */
	public record Quota(int unitClass, LocalDate effectiveFrom, int monthlyItems) {
	}

	/** Every version, by class and date. */
	@Transactional(readOnly = true)
	public List<Quota> versions() {
		return jdbc.query("select unit_class, effective_from, monthly_items from report_quota"
				+ " order by unit_class, effective_from",
				(rs, row) -> new Quota(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3)));
	}

	/** The quota of each class in force on the day. */
	@Transactional(readOnly = true)
	public Map<Integer, Integer> inForce(LocalDate on) {
		return new TreeMap<>(scores.quotas(on));
	}

	/**
	 * Adds a version of a class's quota from its effective date.
	 * @throws IllegalArgumentException ({@code field: message}) if the class is not 1–4, the number is
	 *         negative or the class already has a version from that day
	 */
	@Transactional
	public Quota addVersion(Integer unitClass, LocalDate effectiveFrom, Integer monthlyItems) {
		if (unitClass == null || unitClass < FIRST_CLASS || unitClass > LAST_CLASS) {
			throw new InvalidValue("unitClass", "scoring.unitClass.range");
		}
		if (monthlyItems == null || monthlyItems < 0 || monthlyItems > 1000) {
			throw new InvalidValue("monthlyItems", "scoring.monthlyItems.range");
		}
		if (effectiveFrom == null) {
			throw new InvalidValue("effectiveFrom", "scoring.effectiveFrom.required");
		}
		Integer existing = jdbc.queryForObject(
				"select count(*) from report_quota where unit_class = ? and effective_from = ?", Integer.class, unitClass,
				effectiveFrom);
		if (existing != null && existing > 0) {
			throw new InvalidValue("effectiveFrom", "scoring.quota.duplicate");
		}
		try {
			jdbc.update("insert into report_quota (unit_class, effective_from, monthly_items) values (?, ?, ?)", unitClass,
					effectiveFrom, monthlyItems);
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			throw new InvalidValue("effectiveFrom", "scoring.quota.duplicate");
		}
		return new Quota(unitClass, effectiveFrom, monthlyItems);
	}

	/** The class of every unit that has one of its own; the others are in {@link #defaultClass()}. */
	@Transactional(readOnly = true)
	public Map<String, Integer> unitClasses() {
		var classes = new TreeMap<String, Integer>();
		jdbc.query("select unit_code, unit_class from report_unit_class", rs -> {
			classes.put(rs.getString(1), rs.getInt(2));
		});
		return classes;
	}

	public int defaultClass() {
		return properties.defaultUnitClass();
	}

	/** Puts a unit into a class; see {@link ReportScores#classify}. */
	@Transactional
	public void classify(String unitCode, Integer unitClass) {
		if (unitClass == null) {
			throw new InvalidValue("unitClass", "scoring.unitClass.range");
		}
		scores.classify(unitCode, unitClass);
	}
}
