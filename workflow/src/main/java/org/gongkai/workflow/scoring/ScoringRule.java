package org.gongkai.workflow.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.workflow.information.Level;

/**
 * One version of a scoring rule: {@code (kind, level, channel) → points} (or a multiplier for
 * {@link FactKind#FORWARDED}), in force from its effective date until a later version of the same key.
 * Channel {@value #ANY} matches any channel; a rule naming the channel wins over it.
 */
@Entity
@Table(name = "report_scoring_rule")
public class ScoringRule {

	public static final String ANY = "*";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private FactKind kind;

	@Enumerated(EnumType.STRING)
	private Level level;

	private String channel;

	private BigDecimal points;

	private BigDecimal multiplier;

	private LocalDate effectiveFrom;

	private String description;

	private String createdBy;

	protected ScoringRule() {
	}

	public ScoringRule(FactKind kind, Level level, String channel, BigDecimal points, BigDecimal multiplier,
			LocalDate effectiveFrom, String description, String createdBy) {
		this.kind = kind;
		this.level = level;
		this.channel = channel;
		this.points = points;
		this.multiplier = multiplier;
		this.effectiveFrom = effectiveFrom;
		this.description = description;
		this.createdBy = createdBy;
	}

	/** For tests and rule books built in memory. */
	ScoringRule withId(Long id) {
		this.id = id;
		return this;
	}

	public Long getId() {
		return id;
	}

	public FactKind getKind() {
		return kind;
	}

	public Level getLevel() {
		return level;
	}

	public String getChannel() {
		return channel;
	}

	public BigDecimal getPoints() {
		return points;
	}

	public BigDecimal getMultiplier() {
		return multiplier;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public String getDescription() {
		return description;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
