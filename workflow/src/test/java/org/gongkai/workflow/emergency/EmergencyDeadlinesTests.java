package org.gongkai.workflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The 紧急信息 limit rule: clock start, per-channel 初报 limits by severity, the office's alert, follow-up intervals, lateness. */
class EmergencyDeadlinesTests {

	private static final Instant OCCURRED = Instant.parse("2026-11-23T02:00:00Z");

	private final EmergencyDeadlines defaults = new EmergencyDeadlines(new EmergencyProperties(null));

	@Test
	void clockStartsWhenTheUnitLearnedOfTheEventElseWhenItOccurred() {
		assertThat(EmergencyDeadlines.clockStart(OCCURRED, null)).isEqualTo(OCCURRED);
		var learned = OCCURRED.plusSeconds(3600);
		assertThat(EmergencyDeadlines.clockStart(OCCURRED, learned)).isEqualTo(learned);
	}

	@Test
	void severeEventsAreDueTwentyMinutesByPhoneAndFortyInWriting() {
		for (var severity : new EmergencySeverity[] { EmergencySeverity.EXTRAORDINARY, EmergencySeverity.MAJOR }) {
			assertThat(defaults.firstReportDue(severity, SituationReportChannel.PHONE, OCCURRED))
				.isEqualTo(OCCURRED.plus(Duration.ofMinutes(20)));
			assertThat(defaults.firstReportDue(severity, SituationReportChannel.WRITTEN, OCCURRED))
				.isEqualTo(OCCURRED.plus(Duration.ofMinutes(40)));
			assertThat(defaults.firstReportAlertAt(severity, OCCURRED)).isEqualTo(OCCURRED.plus(Duration.ofMinutes(40)));
		}
		assertThat(defaults.firstReportDue(EmergencySeverity.LARGE, SituationReportChannel.PHONE, OCCURRED))
			.isEqualTo(OCCURRED.plus(Duration.ofMinutes(30)));
		assertThat(defaults.firstReportAlertAt(EmergencySeverity.GENERAL, OCCURRED))
			.isEqualTo(OCCURRED.plus(Duration.ofMinutes(120)));
	}

	@Test
	void onlySevereEventsOweFollowUpsByAnInterval() {
		var last = OCCURRED.plusSeconds(1200);
		assertThat(defaults.nextReportDue(EmergencySeverity.EXTRAORDINARY, last)).isEqualTo(last.plus(Duration.ofHours(2)));
		assertThat(defaults.nextReportDue(EmergencySeverity.MAJOR, last)).isEqualTo(last.plus(Duration.ofHours(2)));
		assertThat(defaults.nextReportDue(EmergencySeverity.LARGE, last)).isNull();
		assertThat(defaults.nextReportDue(EmergencySeverity.GENERAL, last)).isNull();
	}

	@Test
	void aReportAtItsDueTimeIsOnTimeAndASecondLaterIsLate() {
		var due = OCCURRED.plusSeconds(1200);
		assertThat(EmergencyDeadlines.late(due, due)).isFalse();
		assertThat(EmergencyDeadlines.late(due, due.plusSeconds(1))).isTrue();
		assertThat(EmergencyDeadlines.late(null, due.plusSeconds(99999))).as("no limit").isFalse();
	}

	@Test
	void settingsOverrideOneSeverityAndKeepTheOtherDefaults() {
		var rule = new EmergencyDeadlines(new EmergencyProperties(Map.of(EmergencySeverity.GENERAL,
				new EmergencyProperties.Limits(Duration.ofMinutes(10), null, Duration.ofHours(1)))));
		assertThat(rule.firstReportDue(EmergencySeverity.GENERAL, SituationReportChannel.PHONE, OCCURRED))
			.isEqualTo(OCCURRED.plus(Duration.ofMinutes(10)));
		assertThat(rule.firstReportDue(EmergencySeverity.GENERAL, SituationReportChannel.WRITTEN, OCCURRED))
			.isEqualTo(OCCURRED.plus(Duration.ofMinutes(120)));
		assertThat(rule.nextReportDue(EmergencySeverity.GENERAL, OCCURRED)).isEqualTo(OCCURRED.plus(Duration.ofHours(1)));
		assertThat(rule.firstReportDue(EmergencySeverity.MAJOR, SituationReportChannel.PHONE, OCCURRED))
			.isEqualTo(OCCURRED.plus(Duration.ofMinutes(20)));
		var noFollowUps = new EmergencyDeadlines(new EmergencyProperties(Map.of(EmergencySeverity.MAJOR,
				new EmergencyProperties.Limits(Duration.ofMinutes(15), null, Duration.ZERO), EmergencySeverity.EXTRAORDINARY,
				new EmergencyProperties.Limits(Duration.ofMinutes(15), null, null))));
		assertThat(noFollowUps.nextReportDue(EmergencySeverity.MAJOR, OCCURRED)).as("zero: none").isNull();
		assertThat(noFollowUps.nextReportDue(EmergencySeverity.EXTRAORDINARY, OCCURRED)).as("left out: the default")
			.isEqualTo(OCCURRED.plus(Duration.ofHours(2)));
		assertThatThrownBy(() -> new EmergencyProperties(Map.of(EmergencySeverity.MAJOR,
				new EmergencyProperties.Limits(Duration.ZERO, null, null))))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
