package org.gongkai.workflow.consultation;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ The periods of 意见征集 per kind ({@code gongkai.consultation.periods.<kind>.default-days} and
 * {@code .minimum-days}) and the zone whose midnight opens and closes a consultation. A kind left out keeps
 * its default: 重大行政决策 30/30 (《重大行政决策程序暂行条例》 art. 14), 规章 30/30, 行政规范性文件 30/7, other 15/7.
 */
@ConfigurationProperties("gongkai.consultation")
public record ConsultationProperties(Map<ConsultationKind, Period> periods, ZoneId zone) {

	static final Map<ConsultationKind, Period> DEFAULTS = Map.of(ConsultationKind.MAJOR_DECISION, new Period(30, 30),
			ConsultationKind.RULE, new Period(30, 30), ConsultationKind.NORMATIVE, new Period(30, 7),
			ConsultationKind.OTHER, new Period(15, 7));

	/**
	 * @param defaultDays the period a new consultation of the kind is given, in calendar days including both ends
	 * @param minimumDays a shorter period is refused
	 */
	public record Period(int defaultDays, int minimumDays) {
	}

	public ConsultationProperties {
		var merged = new EnumMap<ConsultationKind, Period>(DEFAULTS);
		if (periods != null) {
			merged.putAll(periods);
		}
		periods = Map.copyOf(merged);
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
	}

	public Period period(ConsultationKind kind) {
		return periods.get(kind);
	}
}
