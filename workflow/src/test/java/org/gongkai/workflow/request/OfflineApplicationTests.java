package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.RequestCases.OFFICE;

import java.util.List;

import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Arts. 29 and 31 through the real process: the office registers an application handed in, posted or
 * made orally; it is received on the day the office records, its receipt number issued and its reply
 * due 20 working days after that day, and it waits for registration like any other.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:offline;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class OfflineApplicationTests {

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	RequestCases cases;

	@Autowired
	OfficeStatistics statistics;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void aLetterSignedForThreeDaysAgoIsReceivedThatDayAndDueTwentyWorkingDaysLater() {
		var signedFor = RequestCases.today().minusDays(3);
		var request = file.fileOffline(RequestCases.application("某项目环评批复", "来信申请公开某项目环境影响评价批复文件。"), List.of(),
				ApplicationChannel.POST, signedFor, null, OFFICE);

		var received = requests.findById(request.getId()).orElseThrow();
		assertThat(received.getStatus()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(received.getChannel()).isEqualTo(ApplicationChannel.POST);
		assertThat(received.getRegisteredBy()).isEqualTo("editor1");
		assertThat(received.getApplicantUser()).isNull();
		assertThat(received.getReceiptNo()).matches("GK\\d{4}-\\d{6}");
		assertThat(received.getReceivedOn()).isEqualTo(signedFor);
		assertThat(received.getReplyDueOn()).isEqualTo(calendar.addWorkingDays(signedFor, 20).due());
		assertThat(cases.openTaskKeys(request.getId())).containsExactly(DisclosureRequestProcess.TASK_REGISTER);
		assertThat(cases.eventTypes(request.getId())).containsExactly("REGISTERED_OFFLINE", "RECEIVED");
	}

	@Test
	void theOfficeNamesTheChannelAndADayNotInTheFuture() {
		long before = requests.count();
		var form = RequestCases.application("某项目环评批复", "来信申请公开某项目环境影响评价批复文件。");
		assertThatThrownBy(() -> file.fileOffline(form, List.of(), ApplicationChannel.ONLINE, RequestCases.today(), null, OFFICE))
			.hasMessageStartingWith("channel:");
		assertThatThrownBy(() -> file.fileOffline(form, List.of(), ApplicationChannel.IN_PERSON,
				RequestCases.today().plusDays(1), null, OFFICE))
			.hasMessageStartingWith("receivedOn:");
		assertThat(requests.count()).isEqualTo(before);

		int year = RequestCases.today().getYear();
		long oralBefore = oralCount(year);
		var oral = file.fileOffline(form, List.of(), ApplicationChannel.ORAL, RequestCases.today(), " applicant2 ", OFFICE);
		assertThat(oralCount(year)).as("the statistics count applications by channel").isEqualTo(oralBefore + 1);
		assertThat(requests.findById(oral.getId()).orElseThrow().getApplicantUser())
			.as("an applicant with an account follows it online")
			.isEqualTo("applicant2");
	}

	private long oralCount(int year) {
		return statistics.requestsByChannel(year)
			.rows()
			.stream()
			.filter(row -> row.get(0).equals(ApplicationChannel.ORAL.label()))
			.mapToLong(row -> (Long) row.get(1))
			.sum();
	}
}
