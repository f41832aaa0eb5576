package org.gongkai.workflow.emergency;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.gongkai.workflow.InvalidValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ The limits of 紧急信息 by severity ({@code gongkai.workflow.emergency.limits.<severity>.*}); a
 * severity or a limit left out keeps its default; a zero follow-up interval means none.
 *
 * @param limits per severity: the 初报's limit by phone and in writing, counted from the moment the
 *        unit learned of the event (知悉时间, the occurrence time unless stated), and the interval within
 *        which each 续报 (or the 终报) must follow the previous report, or none
 */
@ConfigurationProperties("gongkai.workflow.emergency")
public record EmergencyProperties(Map<EmergencySeverity, Limits> limits) {

	/** The defaults: Ⅰ and Ⅱ 20/40 minutes and a 续报 every 2 hours; Ⅲ 30/60 minutes; Ⅳ 60/120 minutes. */
	static final Map<EmergencySeverity, Limits> DEFAULTS = Map.of(
			EmergencySeverity.EXTRAORDINARY, new Limits(Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofHours(2)),
			EmergencySeverity.MAJOR, new Limits(Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofHours(2)),
			EmergencySeverity.LARGE, new Limits(Duration.ofMinutes(30), Duration.ofMinutes(60), null),
			EmergencySeverity.GENERAL, new Limits(Duration.ofMinutes(60), Duration.ofMinutes(120), null));

	/**
	 * The limits of one severity.
	 *
	 * @param phone the 初报 by phone (电话报告) within this time of the clock's start
	 * @param written the 初报 in writing (书面报告) within this time of the clock's start
	 * @param followUpInterval each later report within this time of the previous one; zero for none
	 */
	public record Limits(Duration phone, Duration written, Duration followUpInterval) {
	}

	public EmergencyProperties {
		var merged = new EnumMap<EmergencySeverity, Limits>(EmergencySeverity.class);
		for (var severity : EmergencySeverity.values()) {
			var fallback = DEFAULTS.get(severity);
			var given = limits == null ? null : limits.get(severity);
			var phone = given == null || given.phone() == null ? fallback.phone() : given.phone();
			var written = given == null || given.written() == null ? fallback.written() : given.written();
			var interval = given == null || given.followUpInterval() == null ? fallback.followUpInterval()
					: given.followUpInterval();
			if (phone.isNegative() || phone.isZero() || written.isNegative() || written.isZero() || interval != null && interval.isNegative()) {
				throw new InvalidValue("gongkai.workflow.emergency.limits." + severity.name().toLowerCase(),
						"emergency.limits.positive");
			}
			merged.put(severity, new Limits(phone, written, interval == null || interval.isZero() ? null : interval));
		}
		limits = Map.copyOf(merged);
	}
}
