package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.calendar.HolidayArrangement;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A request received in late December 2026 has a provisional due date in January 2027 (no 2027
 * arrangement yet); when the 2027 arrangement arrives, the open request's due date and its process's
 * timer instants are computed again.
 */
@SpringBootTest(classes = { WorkflowTestApplication.class, DeadlineRecomputationTests.FixedClock.class }, properties = {
		"spring.datasource.url=jdbc:h2:mem:recompute;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class DeadlineRecomputationTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		@org.springframework.context.annotation.Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}
	}

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	RuntimeService runtime;

	@Test
	void provisionalDeadlineIsRecomputedWhenTheYearsHolidaysArePublished() {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X", null, null,
				"13812345678", null, null, null, "某项目批复文件", null, "申请公开某项目的批复文件。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, null, null);
		var request = file.file(form, List.of(), "applicant1");
		var office = new Staff("editor1", Set.of("office-editor"), "bgs");
		var confirm = inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(request.getId())).get(0);
		inbox.complete(confirm.id(), office, java.util.Map.of());

		// received Sunday 2026-12-20; 9 working days to 31 Dec; fallback: 1 Jan 2027 off; then 4–8, 11–15, 18 Jan
		var received = requests.findById(request.getId()).orElseThrow();
		assertThat(received.getReceivedOn()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(received.getReplyDueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
		assertThat(received.isReplyDueProvisional()).isTrue();

		// the (test) 2027 arrangement also gives Monday 4 January off: one working day later
		calendar.addYear(new HolidayArrangement(2027, "test arrangement", List.of(new HolidayArrangement.Holiday("元旦",
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), List.of()))));

		var recomputed = requests.findById(request.getId()).orElseThrow();
		assertThat(recomputed.getReplyDueOn()).isEqualTo(LocalDate.of(2027, 1, 19));
		assertThat(recomputed.isReplyDueProvisional()).isFalse();
		var overdueAt = (Date) runtime.getVariable(received.getProcessInstanceId(), DisclosureRequestProcess.REPLY_OVERDUE_AT);
		assertThat(overdueAt.toInstant()).isEqualTo(LocalDate.of(2027, 1, 20).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
	}
}
