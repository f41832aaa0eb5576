package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.identity.IdType;
import org.junit.jupiter.api.Test;

/** The generated year of requests, without a database: valid numbers, consistent states, the workflow's dates. */
class RequestGeneratorTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private static final List<RequestGenerator.Department> DEPARTMENTS = List.of(new RequestGenerator.Department("fgw", "市发展和改革委员会"),
			new RequestGenerator.Department("jyj", "市教育局"), new RequestGenerator.Department("bgs", "市人民政府办公室"));

	private final List<RequestGenerator.Case> cases = new RequestGenerator(7, 2025, NOW, RequestGenerator.calendar())
		.cases(3000, DEPARTMENTS, 100);

	@Test
	void sameSeedGivesTheSameCases() {
		var again = new RequestGenerator(7, 2025, NOW, RequestGenerator.calendar()).cases(3000, DEPARTMENTS, 100);
		for (int i = 0; i < cases.size(); i += 97) {
			var a = cases.get(i);
			var b = again.get(i);
			assertThat(List.of(a.receiptNo, a.title, a.idNumber, a.status, a.receivedOn, a.updatedAt))
				.isEqualTo(List.of(b.receiptNo, b.title, b.idNumber, b.status, b.receivedOn, b.updatedAt));
		}
	}

	@Test
	void identityNumbersAreValidForTheirDocument() {
		var types = EnumSet.noneOf(IdType.class);
		for (var c : cases) {
			assertThat(c.idType.valid(c.idNumber)).as(c.idType + " " + c.idNumber).isTrue();
			assertThat(c.idType.forOrganisation()).isEqualTo(c.applicantType.isOrganisation());
			types.add(c.idType);
		}
		assertThat(types).contains(IdType.RESIDENT_ID, IdType.CREDIT_CODE, IdType.PASSPORT);
		var random = new Random(1);
		for (var type : IdType.values()) {
			for (int i = 0; i < 200; i++) {
				var number = RequestGenerator.idNumber(type, random);
				assertThat(type.valid(number)).as(type + " " + number).isTrue();
			}
		}
	}

	@Test
	void receivedOnWorkingDaysOfTheYearWithTheWorkflowsDueDates() {
		var calendar = RequestGenerator.calendar();
		var receipts = new HashSet<String>();
		LocalDate previous = null;
		for (var c : cases) {
			assertThat(c.receivedOn.getYear()).isEqualTo(2025);
			assertThat(calendar.isWorkingDay(c.receivedOn)).isTrue();
			assertThat(c.receiptNo).matches("GK2025-\\d{6}");
			assertThat(receipts.add(c.receiptNo)).isTrue();
			if (previous != null) {
				assertThat(c.receivedOn).isAfterOrEqualTo(previous);
			}
			previous = c.receivedOn;
			var due = calendar.addWorkingDays(c.receivedOn, RequestGenerator.REPLY_WORKING_DAYS).due();
			assertThat(c.extensionWorkingDays == 0 ? c.dueOn : c.originalDueOn).isEqualTo(due);
			assertThat(c.submittedAt).isBefore(c.finishedAt());
			assertThat(c.finishedAt()).isBefore(NOW);
			assertThat(c.updatedAt).isAfterOrEqualTo(c.finishedAt()).isBeforeOrEqualTo(NOW);
			c.events.forEach(e -> assertThat(e.at()).isAfterOrEqualTo(c.submittedAt).isBeforeOrEqualTo(NOW));
		}
	}

	@Test
	void statusesAndOutcomesAgree() {
		var statuses = EnumSet.noneOf(RequestStatus.class);
		var replies = EnumSet.noneOf(ReplyType.class);
		for (var c : cases) {
			statuses.add(c.status);
			replies.add(c.replyType);
			assertThat(c.status.isOpen()).isFalse();
			assertThat(c.replyType).isNotNull();
			switch (c.status) {
				case WITHDRAWN -> assertThat(c.replyType).isEqualTo(ReplyType.OTHER);
				case CLOSED -> assertThat(c.replyType).isIn(ReplyType.ABANDONED_NO_SUPPLEMENT, ReplyType.ABANDONED_FEE_UNPAID);
				case REPLIED, ARCHIVED -> {
					assertThat(c.repliedAt).isNotNull();
					assertThat(c.replyLetterNo).isNotNull();
					assertThat(c.closedAt).isNull();
				}
				default -> throw new AssertionError(c.status);
			}
			if (c.status == RequestStatus.ARCHIVED) {
				assertThat(c.deliveredOn).isNotNull();
				assertThat(c.archivedAt).isAfter(c.repliedAt);
			}
			assertThat(c.reasons.isEmpty()).isEqualTo(!c.replyType.needsReason());
			if (c.replyType == ReplyType.ABANDONED_NO_SUPPLEMENT) {
				assertThat(c.supplementRequested).isTrue();
			}
			if (c.replyType == ReplyType.ABANDONED_FEE_UNPAID) {
				assertThat(c.feeAmount).isNotNull();
			}
		}
		assertThat(statuses).containsExactlyInAnyOrder(RequestStatus.ARCHIVED, RequestStatus.REPLIED, RequestStatus.WITHDRAWN,
				RequestStatus.CLOSED);
		assertThat(replies).hasSizeGreaterThan(15);
		// last year's replies were delivered and archived, but for a few whose delivery was never recorded
		long archived = cases.stream().filter(c -> c.status == RequestStatus.ARCHIVED).count();
		long replied = cases.stream().filter(c -> c.status == RequestStatus.REPLIED).count();
		assertThat(replied).isPositive().isLessThan(archived / 10);
	}

	@Test
	void theSummaryCountsAsTheAnnualReportDoes() {
		var generator = new RequestGenerator(7, 2025, NOW, RequestGenerator.calendar());
		var summary = generator.summary(cases, 0, 0, 0);
		assertThat(summary.receivedInYear()).isEqualTo(cases.size());
		assertThat(summary.finishedInYear() + summary.openAtEndOfYear()).isEqualTo(cases.size());
		// requests received late in December are finished in January
		assertThat(summary.openAtEndOfYear()).isPositive().isLessThan(cases.size() / 10);
	}

	@Test
	void masksAsThePortal() {
		assertThat(RequestGenerator.mask("110105194912310021")).isEqualTo("1101**********0021");
	}
}
