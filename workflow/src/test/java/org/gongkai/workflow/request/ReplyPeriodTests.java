package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gongkai.workflow.InvalidValue;
import org.junit.jupiter.api.Test;

/** The reply clock's state: started, extended once, paused and resumed, postponed by art. 35. */
class ReplyPeriodTests {

	static final LocalDate DUE = LocalDate.of(2026, 3, 31);

	static ReplyPeriod running() {
		return new ReplyPeriod().dueOn(DUE, false);
	}

	@Test
	void aNewPeriodHasNoDueDateAndNeitherExtensionNorPause() {
		var period = new ReplyPeriod();
		assertThat(period.getDueOn()).isNull();
		assertThat(period.isExtended()).isFalse();
		assertThat(period.isPaused()).isFalse();
		assertThat(period.getPausedWorkingDays()).isZero();
		assertThat(period.getExtensionWorkingDays()).isZero();
	}

	@Test
	void changesLeaveThePeriodTheyStartFromAsItWas() {
		var period = running();
		period.extended(10, DUE.plusDays(14), false, "需要检索档案");
		period.pausedSince(DUE.minusDays(5));
		assertThat(period.getDueOn()).isEqualTo(DUE);
		assertThat(period.isExtended()).isFalse();
		assertThat(period.isPaused()).isFalse();
	}

	@Test
	void anExtensionKeepsTheOriginalDueDateAndIsProvisionalIfEitherCalendarIs() {
		var extended = new ReplyPeriod().dueOn(DUE, true).extended(10, DUE.plusDays(14), false, "需要检索档案");
		assertThat(extended.getDueOn()).isEqualTo(DUE.plusDays(14));
		assertThat(extended.getOriginalDueOn()).isEqualTo(DUE);
		assertThat(extended.getExtensionWorkingDays()).isEqualTo(10);
		assertThat(extended.getExtensionReason()).isEqualTo("需要检索档案");
		assertThat(extended.isDueProvisional()).as("the first due date was provisional").isTrue();
		assertThat(running().extended(5, DUE.plusDays(7), true, "x").isDueProvisional()).isTrue();
		assertThat(running().extended(5, DUE.plusDays(7), false, "x").isDueProvisional()).isFalse();
	}

	@Test
	void thePeriodIsExtendedOnceOnly() {
		var extended = running().extended(10, DUE.plusDays(14), false, "需要检索档案");
		assertThatThrownBy(() -> extended.extended(5, DUE.plusDays(21), false, "再次延期"))
			.isInstanceOfSatisfying(InvalidValue.class, e -> {
				assertThat(e.field()).isEqualTo("extension");
				assertThat(e.messageKey()).isEqualTo("request.extension.once");
			})
			.hasMessage("extension: 答复期限只能延长一次");
	}

	@Test
	void aPauseCountsItsWorkingDaysWhenTheClockResumes() {
		var paused = running().pausedSince(LocalDate.of(2026, 3, 10));
		assertThat(paused.isPaused()).isTrue();
		assertThat(paused.getPausedSince()).isEqualTo(LocalDate.of(2026, 3, 10));

		var resumed = paused.resumed(4, DUE.plusDays(6));
		assertThat(resumed.isPaused()).isFalse();
		assertThat(resumed.getPausedWorkingDays()).isEqualTo(4);
		assertThat(resumed.getDueOn()).isEqualTo(DUE.plusDays(6));

		var again = resumed.pausedSince(LocalDate.of(2026, 3, 20)).resumed(3, DUE.plusDays(9));
		assertThat(again.getPausedWorkingDays()).as("the pauses add up").isEqualTo(7);
	}

	@Test
	void aPauseThatEndsWithTheCaseLeavesTheDueDate() {
		var ended = running().pausedSince(LocalDate.of(2026, 3, 10)).pauseEnded();
		assertThat(ended.isPaused()).isFalse();
		assertThat(ended.getDueOn()).isEqualTo(DUE);
		assertThat(ended.getPausedWorkingDays()).isZero();
	}

	@Test
	void aRecomputedDueDateKeepsExtensionAndPauses() {
		var period = new ReplyPeriod().dueOn(DUE, true)
			.extended(10, DUE.plusDays(14), true, "需要检索档案")
			.pausedSince(LocalDate.of(2026, 3, 10))
			.resumed(2, DUE.plusDays(16));
		var recomputed = period.dueOn(DUE.plusDays(15), false);
		assertThat(recomputed.getDueOn()).isEqualTo(DUE.plusDays(15));
		assertThat(recomputed.isDueProvisional()).isFalse();
		assertThat(recomputed.getOriginalDueOn()).isEqualTo(DUE);
		assertThat(recomputed.getExtensionWorkingDays()).isEqualTo(10);
		assertThat(recomputed.getPausedWorkingDays()).isEqualTo(2);
	}

	@Test
	void aLaterReplyDateIsAfterTheCurrentDueDateAndNeverProvisional() {
		var postponed = new ReplyPeriod().dueOn(DUE, true).postponedTo(DUE.plusDays(45));
		assertThat(postponed.getDueOn()).isEqualTo(DUE.plusDays(45));
		assertThat(postponed.isDueProvisional()).isFalse();

		for (var later : new LocalDate[] { DUE, DUE.minusDays(1), null }) {
			assertThatThrownBy(() -> running().postponedTo(later))
				.isInstanceOfSatisfying(InvalidValue.class, e -> {
					assertThat(e.field()).isEqualTo("laterDueOn");
					assertThat(e.args()).containsExactly(DUE);
				})
				.hasMessage("laterDueOn: 延迟答复期限应晚于当前答复期限（2026-03-31）");
		}
	}
}
