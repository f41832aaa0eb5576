package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.RequestCases.HEAD;
import static org.gongkai.workflow.request.RequestCases.LEADER;
import static org.gongkai.workflow.request.RequestCases.OFFICE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Art. 41: a request to correct a record about oneself, through the real delegates. It is received,
 * registered and handled like a disclosure request, but answered with a correction outcome, without
 * fees, the art. 35 procedure, third-party consultation or a secrecy review, and it is not counted in
 * the annual report's 表三.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:correction;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class CorrectionRequestTests {

	@Autowired
	RequestCases cases;

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	CaseEvents events;

	@Autowired
	GenerateAnnualReport annual;

	@Autowired
	OfficeStatistics statistics;

	@Autowired
	Validator validator;

	@Autowired
	Clock clock;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void correctionRequestSaysWhatTheRecordShouldRead() {
		assertThat(validator.validate(form(RequestKind.CORRECTION, " ")))
			.extracting(violation -> violation.getPropertyPath().toString())
			.containsExactly("correctionSoughtGiven");
		assertThat(validator.validate(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"))).isEmpty();
		assertThat(validator.validate(form(null, null))).as("no kind is a disclosure request").isEmpty();
		assertThat(form(null, null).requestKind()).isEqualTo(RequestKind.DISCLOSURE);
	}

	@Test
	void correctedRecordSkipsTheSecrecyReviewAndIsRepliedWithTheCorrectionOutcome() {
		var id = cases.fileAndAssign(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"));
		var request = requests.findById(id).orElseThrow();
		assertThat(request.getKind()).isEqualTo(RequestKind.CORRECTION);
		assertThat(request.getCorrectionSought()).isEqualTo("出生日期应为1949年12月31日");

		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "PROPOSE", "replyType", "DISCLOSE")))
			.as("a correction is answered with a correction outcome, not a reply type")
			.hasMessage("correctionOutcome: 请选择更正处理结果");
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "PROPOSE", "correctionOutcome", "CORRECTED")))
			.hasMessage("replyNote: 请写明更正的内容");
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "PROPOSE", "correctionOutcome", "AMENDED")))
			.hasMessageStartingWith("correctionOutcome: 应为 CORRECTED");
		assertThat(requests.findById(id).orElseThrow().getStatus()).as("refused, nothing recorded")
			.isEqualTo(RequestStatus.HANDLING);

		cases.handle(id, Map.of("decision", "PROPOSE", "correctionOutcome", "CORRECTED", "replyNote",
				"已将登记的出生日期更正为1949年12月31日"));
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW), HEAD, Map.of("approved", true));
		assertThat(cases.openTaskKeys(id)).as("no secrecy review for a correction")
			.containsExactly(DisclosureRequestProcess.TASK_SIGN_OFF);
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_SIGN_OFF), LEADER, Map.of("approved", true));
		cases.issueReply(id);

		var replied = requests.findById(id).orElseThrow();
		assertThat(replied.getStatus()).isEqualTo(RequestStatus.REPLIED);
		assertThat(replied.getCorrectionOutcome()).isEqualTo(CorrectionOutcome.CORRECTED);
		assertThat(replied.getReplyType()).isNull();
		assertThat(replied.getOutcomeLabel()).isEqualTo("予以更正");
		assertThat(replied.getReplyNote()).isEqualTo("已将登记的出生日期更正为1949年12月31日");
		assertThat(replied.getReplyLetterNo()).isNotNull();
		assertThat(events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id))
			.extracting(CaseEvent::getType)
			.containsSubsequence("CORRECTION_PROPOSED", "REVIEW_APPROVED", "REVIEW_APPROVED", "REPLIED")
			.doesNotContain("REPLY_PROPOSED");
	}

	@Test
	void anotherAgencysRecordIsForwardedOrReferredByName() {
		var forwarded = cases.fileAndAssign(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"));
		assertThatThrownBy(() -> cases.handle(forwarded, Map.of("decision", "PROPOSE", "correctionOutcome", "FORWARDED")))
			.hasMessage("competentAgency: 请写明有权更正的行政机关");
		cases.handle(forwarded,
				Map.of("decision", "PROPOSE", "correctionOutcome", "FORWARDED", "competentAgency", " 市公安局 "));
		var request = requests.findById(forwarded).orElseThrow();
		assertThat(request.getCorrectionOutcome()).isEqualTo(CorrectionOutcome.FORWARDED);
		assertThat(request.getCompetentAgency()).isEqualTo("市公安局");
		assertThat(events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, forwarded))
			.extracting(CaseEvent::getNote)
			.contains("转送有权更正的行政机关处理（市公安局）");

		var refused = cases.fileAndAssign(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"));
		assertThatThrownBy(() -> cases.handle(refused, Map.of("decision", "PROPOSE", "correctionOutcome", "REFUSED")))
			.hasMessage("replyNote: 请写明不予更正的理由");
		cases.handle(refused, Map.of("decision", "PROPOSE", "correctionOutcome", "REFUSED", "replyNote",
				"经核对原始档案，登记的出生日期与档案一致", "competentAgency", "市公安局"));
		assertThat(requests.findById(refused).orElseThrow().getCompetentAgency())
			.as("only forwarding and referring name an agency")
			.isNull();
	}

	@Test
	void feesTheReasonsProcedureAndThirdPartyConsultationDoNotApply() {
		var id = cases.fileAndAssign(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"));
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 120)))
			.hasMessage("decision: 更正申请不适用收费");
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "ASK_REASONS", "reasonsNote", "一个月内提出三十件申请")))
			.hasMessage("decision: 更正申请不适用说明理由程序（第三十五条）");
		assertThatThrownBy(() -> cases.handle(id, Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY",
				"consultedParty", "某公司", "consultedInformation", "该公司的登记信息")))
			.hasMessageStartingWith("consultationKind: 更正申请不适用第三方意见征询");
		assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.HANDLING);

		cases.handle(id, Map.of("decision", "CONSULT", "consultationKind", "AGENCY", "consultedParty", "市公安局"));
		assertThat(requests.findById(id).orElseThrow().getStatus()).as("another agency may be consulted")
			.isEqualTo(RequestStatus.CONSULTING);
	}

	@Test
	void correctionRequestsAreNotCountedInTable3ButShownApartInStatistics() {
		int year = LocalDate.now(clock).getYear();
		long before = annual.tables(year, "fgw").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL);
		long finishedBefore = annual.tables(year, "fgw").requests().get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL);

		var correction = cases.fileAndAssign(form(RequestKind.CORRECTION, "出生日期应为1949年12月31日"));
		cases.handle(correction, Map.of("decision", "PROPOSE", "correctionOutcome", "NOT_COMPETENT", "competentAgency",
				"市公安局"));
		inbox.complete(cases.task(correction, DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW), HEAD,
				Map.of("approved", true));
		inbox.complete(cases.task(correction, DisclosureRequestProcess.TASK_SIGN_OFF), LEADER, Map.of("approved", true));
		cases.issueReply(correction);
		assertThat(annual.tables(year, "fgw").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.isEqualTo(before);
		assertThat(annual.tables(year, "fgw").requests().get(Table3Row.RESULT_TOTAL, Table3Column.TOTAL))
			.isEqualTo(finishedBefore);

		var disclosure = file.file(form(null, null), List.of(), "applicant1").getId();
		inbox.complete(cases.task(disclosure, DisclosureRequestProcess.TASK_CONFIRM_RECEIPT), OFFICE, Map.of());
		inbox.complete(cases.task(disclosure, DisclosureRequestProcess.TASK_REGISTER), OFFICE,
				Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		assertThat(annual.tables(year, "fgw").requests().get(Table3Row.NEW_RECEIVED, Table3Column.TOTAL))
			.as("a disclosure request is counted")
			.isEqualTo(before + 1);

		assertThat(statistics.requestsByOutcome(year).rows()).anySatisfy(
				row -> assertThat(row).containsExactly("更正申请：告知向有权更正的行政机关提出", 1L));
	}

	private static ApplicationForm form(RequestKind kind, String correctionSought) {
		return new ApplicationForm(ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X", null, null, "13812345678",
				null, null, null, "本人的企业职工基本养老保险参保登记信息", null,
				"登记的出生日期为1950年1月31日，与本人居民身份证不一致，附身份证和户口簿复印件为证。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, kind, correctionSought);
	}
}
