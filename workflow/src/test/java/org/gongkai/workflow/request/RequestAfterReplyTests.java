package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.workflow.request.RequestCases.CLERK;
import static org.gongkai.workflow.request.RequestCases.HEAD;
import static org.gongkai.workflow.request.RequestCases.LEADER;
import static org.gongkai.workflow.request.RequestCases.OFFICE_HEAD;
import static org.gongkai.workflow.request.RequestCases.SECRECY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.publication.CatalogueChangeProcess;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.ChangeKind;
import org.gongkai.workflow.publication.DisclosureClass;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.PromoteReply;
import org.gongkai.workflow.publication.RequestItemChange;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A request through the real delegates after its reply: delivery recorded and archived (art. 45),
 * remedies on an archived case, the art. 32 and art. 34 letters, and the visibility of a request whose
 * information was moved into proactive disclosure (art. 44) and later withdrawn from the catalogue.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:afterreply;MODE=MySQL;DB_CLOSE_DELAY=-1", "camunda.bpm.database.type=h2",
		"camunda.bpm.job-execution.enabled=false" })
class RequestAfterReplyTests {

	static final ApplicationForm APPLICATION = RequestCases.application("某项目招标文件", "申请公开某项目的招标投标文件。");

	@Autowired
	RequestCases cases;

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	RequestNotices notices;

	@Autowired
	CaseEvents events;

	@Autowired
	RecordRemedy remedies;

	@Autowired
	RuntimeService runtime;

	@Autowired
	PromoteReply promote;

	@Autowired
	SubmitDraft submit;

	@Autowired
	RequestItemChange changes;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	CatalogueItems catalogue;

	@BeforeEach
	void departments() {
		cases.departments();
	}

	@Test
	void repliedRequestIsDeliveredThenArchivedAndRemediesCanStillBeRecorded() {
		var id = replied(cases.fileAndAssign(APPLICATION), ReplyType.DISCLOSE, null);
		assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.REPLIED);

		var delivery = cases.task(id, DisclosureRequestProcess.TASK_RECORD_DELIVERY);
		assertThat(inbox.inbox(CLERK)).extracting(t -> t.id()).contains(delivery);
		assertThatThrownBy(() -> inbox.complete(delivery, CLERK, Map.of("replyDelivery", "POST", "deliveredOn", today())))
			.hasMessage("trackingNo: 邮寄送达须填写邮件单号");
		assertThatThrownBy(() -> inbox.complete(delivery, CLERK,
				Map.of("replyDelivery", "ONLINE", "deliveredOn", LocalDate.parse(today()).plusDays(1).toString())))
			.hasMessage("deliveredOn: 送达日期应在答复日期（" + today() + "）与今天之间");
		assertThat(requests.findById(id).orElseThrow().getReplyDeliveredOn()).as("refused, nothing recorded").isNull();

		inbox.complete(delivery, CLERK, Map.of("replyDelivery", "POST", "trackingNo", " 1123456789012 ", "deliveredOn", today()));

		var archived = requests.findById(id).orElseThrow();
		assertThat(archived.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
		assertThat(archived.isReplied()).isTrue();
		assertThat(archived.getReplyDelivery()).isEqualTo(ReplyDelivery.POST);
		assertThat(archived.getReplyTrackingNo()).isEqualTo("1123456789012");
		assertThat(archived.getReplyDeliveredOn()).isEqualTo(LocalDate.parse(today()));
		assertThat(archived.getArchivedAt()).isNotNull();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(archived.getProcessInstanceId()).count()).isZero();
		assertThat(cases.eventTypes(id)).containsSubsequence("REPLY_PROPOSED", "REVIEW_APPROVED", "REVIEW_APPROVED",
				"REVIEW_APPROVED", "REPLIED", "DELIVERED", "ARCHIVED");
		assertThat(events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id))
			.filteredOn(event -> event.getType().equals("REVIEW_APPROVED"))
			.extracting(event -> event.getActor() + " " + event.getNote())
			.as("who approved which review")
			.containsExactly("head1 部门负责人审核", "secrecy1 保密审查", "leader1 签发");

		var remedy = remedies.file(id, RemedyKind.ADMINISTRATIVE_REVIEW, LocalDate.parse(today()), "市人民政府", null, "editor1");
		remedies.decide(id, remedy.getId(), RemedyOutcome.MAINTAINED, LocalDate.parse(today()), null, "editor1");
		assertThat(cases.eventTypes(id)).endsWith("ARCHIVED", "REMEDY_FILED", "REMEDY_DECIDED");
		assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.ARCHIVED);
	}

	@Test
	void disclosingOverAThirdPartysObjectionTellsTheThirdPartyInWriting() {
		var id = cases.fileAndAssign(APPLICATION);
		cases.handle(id, Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY", "consultedParty", "某建设有限公司",
				"consultedInformation", "该公司的投标报价明细"));
		var consultation = cases.task(id, DisclosureRequestProcess.TASK_RECORD_CONSULTATION);
		assertThatThrownBy(() -> inbox.complete(consultation, CLERK, Map.of("consultationOpinion", "OBJECTED")))
			.hasMessage("objectionReasons: 请登记第三方不同意公开的理由");
		inbox.complete(consultation, CLERK,
				Map.of("consultationOpinion", "OBJECTED", "objectionReasons", "报价明细属于商业秘密", "comment", "第三方书面回复不同意"));
		assertThat(requests.findById(id).orElseThrow().getThirdPartyObjection()).isEqualTo("报价明细属于商业秘密");

		var handling = cases.task(id, DisclosureRequestProcess.TASK_HANDLE);
		assertThatThrownBy(() -> inbox.complete(handling, CLERK,
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "全文公开")))
			.hasMessage("publicInterestReason: 第三方不同意公开，决定予以公开的须说明不公开可能对公共利益造成重大影响的理由");

		replied(id, ReplyType.DISCLOSE, "涉及财政资金使用，不公开将对公共利益造成重大影响");

		var issued = notices.findByRequestIdOrderByIdAsc(id);
		assertThat(issued).extracting(RequestNotice::getKind)
			.containsExactly(NoticeKind.CONSULTATION, NoticeKind.THIRD_PARTY_DECISION);
		var decision = issued.get(1);
		assertThat(decision.getNoticeNo()).matches("告〔\\d{4}〕第\\d{4}号");
		assertThat(decision.getAddressee()).isEqualTo("某建设有限公司");
		assertThat(decision.getContent()).isEqualTo("该公司的投标报价明细");
		assertThat(decision.getReason()).isEqualTo("涉及财政资金使用，不公开将对公共利益造成重大影响");
		assertThat(NoticeKind.THIRD_PARTY_DECISION.forApplicant()).isFalse();
		assertThat(cases.eventTypes(id)).containsSubsequence("THIRD_PARTY_OBJECTED", "REPLY_PROPOSED", "REPLIED",
				"THIRD_PARTY_NOTIFIED");
	}

	@Test
	void respectingTheObjectionSendsNoDecisionNoticeAndAnAgencyGetsANumberedLetter() {
		var id = cases.fileAndAssign(APPLICATION);
		cases.handle(id, Map.of("decision", "CONSULT", "consultationKind", "AGENCY", "consultedParty", "市财政局",
				"consultedInformation", "两机关联合印发的专项资金管理办法"));
		var letter = notices.findByRequestIdOrderByIdAsc(id).get(0);
		assertThat(letter.getKind()).isEqualTo(NoticeKind.AGENCY_CONSULTATION);
		assertThat(letter.getNoticeNo()).matches("询〔\\d{4}〕第\\d{4}号");
		assertThat(letter.getAddressee()).isEqualTo("市财政局");
		assertThat(letter.getContent()).isEqualTo("两机关联合印发的专项资金管理办法");
		assertThat(letter.getDueOn()).isAfter(LocalDate.parse(today()));
		assertThatThrownBy(() -> inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_RECORD_CONSULTATION), CLERK,
				Map.of("consultationOpinion", "OBJECTED", "objectionReasons", "不同意")))
			.as("an agency is not a third party: silence or answer, no art. 32 objection")
			.hasMessage("consultationOpinion: 未向第三方发出意见征询函，不能登记第三方不同意公开");
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_RECORD_CONSULTATION), CLERK,
				Map.of("consultationOpinion", "AGREED", "comment", "市财政局同意公开"));

		cases.handle(id, Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY", "consultedParty", "某建设有限公司",
				"consultedInformation", "该公司的投标报价明细"));
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_RECORD_CONSULTATION), CLERK,
				Map.of("consultationOpinion", "OBJECTED", "objectionReasons", "商业秘密"));
		replied(id, ReplyType.PARTIAL, null);
		assertThat(notices.findByRequestIdOrderByIdAsc(id)).extracting(RequestNotice::getKind)
			.containsExactly(NoticeKind.AGENCY_CONSULTATION, NoticeKind.CONSULTATION);
	}

	@Test
	void aReplyManyAskedForIsMarkedForProactiveDisclosure() {
		var form = RequestCases.application("全市公共停车场收费标准", "申请公开全市公共停车场收费标准及其依据。");
		var first = replied(cases.fileAndAssign(form, "applicant1"), ReplyType.DISCLOSE, null);
		cases.fileAndAssign(form, "applicant2");
		var single = replied(cases.fileAndAssign(
				RequestCases.application("某路段交通组织方案", "申请公开某路段交通组织方案。"), "applicant1"), ReplyType.DISCLOSE, null);

		var promotable = promote.promotable("fgw", 100);
		assertThat(promotable).extracting(DisclosureRequest::getId).contains(first, single);
		var asking = promote.applicantsAsking(promotable);
		assertThat(asking.get(first)).as("two applicants asked for it (art. 44)").isEqualTo(2L);
		assertThat(asking.get(single)).isEqualTo(1L);
	}

	@Test
	void requestBecomesPublicOnceItsPromotedItemIsPublished() {
		var id = replied(cases.fileAndAssign(APPLICATION), ReplyType.DISCLOSE, null);
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_RECORD_DELIVERY), CLERK,
				Map.of("replyDelivery", "ONLINE", "deliveredOn", today()));
		assertThat(requests.findById(id).orElseThrow().getVisibility()).isEqualTo(Visibility.APPLICANT_AND_STAFF);

		var item = promote.promote(id, "fgw", "clerk1");
		submit.submit(item.getId(), CLERK);
		assertThat(requests.findById(id).orElseThrow().getVisibility()).as("a draft is not public yet")
			.isEqualTo(Visibility.APPLICANT_AND_STAFF);
		for (int step = 0; step < 5; step++) {
			for (var task : inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(item.getId()))) {
				var reviewer = task.taskKey().equals(CataloguePublicationProcess.TASK_SECRECY_REVIEW) ? SECRECY : HEAD;
				inbox.complete(task.id(), reviewer, Map.of(CataloguePublicationProcess.APPROVED, true));
			}
		}

		var request = requests.findById(id).orElseThrow();
		assertThat(request.getVisibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(request.getPublicItemId()).isEqualTo(item.getId());
		assertThat(request.getStatus()).as("status and outcome stay apart").isEqualTo(RequestStatus.ARCHIVED);
		assertThat(request.getReplyType()).isEqualTo(ReplyType.DISCLOSE);
		assertThat(cases.eventTypes(id)).endsWith("MADE_PUBLIC");

		changes.request(item.getId(), ChangeKind.REPEAL, "已被新文件替代", null, null, "clerk1");
		approveChange(item.getId());
		assertThat(requests.findById(id).orElseThrow().getVisibility())
			.as("a repealed item stays in the catalogue, marked as such: the information is still public")
			.isEqualTo(Visibility.PUBLIC);

		changes.request(item.getId(), ChangeKind.WITHDRAW, "所公开信息有误，需撤回核实", null, null, "clerk1");
		assertThat(requests.findById(id).orElseThrow().getVisibility()).as("not before the withdrawal is approved")
			.isEqualTo(Visibility.PUBLIC);
		approveChange(item.getId());
		var withdrawn = requests.findById(id).orElseThrow();
		assertThat(withdrawn.getVisibility()).isEqualTo(Visibility.APPLICANT_AND_STAFF);
		assertThat(withdrawn.getPublicItemId()).as("no link to an item the public cannot open").isNull();
		assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
		assertThat(withdrawn.getReplyType()).isEqualTo(ReplyType.DISCLOSE);
		assertThat(cases.eventTypes(id)).endsWith("MADE_PUBLIC", "PUBLIC_WITHDRAWN");
	}

	@Test
	void withdrawingAnItemNotPromotedFromARequestLeavesRequestsAlone() {
		var id = replied(cases.fileAndAssign(APPLICATION), ReplyType.DISCLOSE, null);
		inbox.complete(cases.task(id, DisclosureRequestProcess.TASK_RECORD_DELIVERY), CLERK,
				Map.of("replyDelivery", "ONLINE", "deliveredOn", today()));
		var promoted = promote.promote(id, "fgw", "clerk1");
		publish(promoted.getId());
		var other = draft.draft(new ItemContent("某项目招标公告", null, "招标公告正文", "市发展和改革委员会",
				LocalDate.parse(today()), null, "other-doc", null, null, null, DisclosureClass.PROACTIVE, null, null,
				null, null), "fgw", "clerk1");
		publish(other.getId());

		changes.request(other.getId(), ChangeKind.WITHDRAW, "发布有误", null, null, "clerk1");
		approveChange(other.getId());
		assertThat(requests.findById(id).orElseThrow().getVisibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(cases.eventTypes(id)).endsWith("MADE_PUBLIC");
	}

	private void publish(Long itemId) {
		submit.submit(itemId, CLERK);
		for (int step = 0; step < 5; step++) {
			for (var task : inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))) {
				var reviewer = task.taskKey().equals(CataloguePublicationProcess.TASK_SECRECY_REVIEW) ? SECRECY : HEAD;
				inbox.complete(task.id(), reviewer, Map.of(CataloguePublicationProcess.APPROVED, true));
			}
		}
		assertThat(catalogue.findById(itemId).orElseThrow().getStatus()).isEqualTo(ItemStatus.PUBLISHED);
	}

	/** Passes every review of the item's open change; the change is then applied. */
	private void approveChange(Long itemId) {
		for (int step = 0; step < 3; step++) {
			for (var task : inbox.openTasksOf(CatalogueChangeProcess.KEY, String.valueOf(itemId))) {
				var reviewer = task.taskKey().equals(CatalogueChangeProcess.TASK_SECRECY_REVIEW) ? SECRECY : HEAD;
				inbox.complete(task.id(), reviewer, Map.of(CatalogueChangeProcess.APPROVED, true));
			}
		}
		assertThat(inbox.openTasksOf(CatalogueChangeProcess.KEY, String.valueOf(itemId))).isEmpty();
	}

	@Test
	void extensionIsApprovedByTheOfficeHeadNotTheLeader() {
		var id = cases.fileAndAssign(APPLICATION);
		cases.handle(id, Map.of("decision", "EXTEND", "extensionDays", 10, "extensionReason", "需调取档案"));
		var approval = cases.task(id, DisclosureRequestProcess.TASK_APPROVE_EXTENSION);
		assertThat(inbox.inbox(LEADER)).extracting(t -> t.id()).doesNotContain(approval);
		assertThat(inbox.inbox(OFFICE_HEAD)).extracting(t -> t.id()).contains(approval);
		inbox.complete(approval, OFFICE_HEAD, Map.of("approved", true));
		assertThat(requests.findById(id).orElseThrow().getExtensionWorkingDays()).isEqualTo(10);
		assertThat(events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id))
			.filteredOn(event -> event.getType().equals("REVIEW_APPROVED"))
			.extracting(event -> event.getActor() + " " + event.getNote())
			.containsExactly("officehead1 审批延期答复（办公室负责人）");
	}

	/** Proposes the reply, passes every review and runs the asynchronous reply job. */
	private Long replied(Long id, ReplyType type, String publicInterestReason) {
		var proposal = new HashMap<String, Object>(Map.of("decision", "PROPOSE", "replyType", type.name(), "replyNote", "见附件"));
		if (type.needsReason()) {
			proposal.put("replyReasons", "THIRD_PARTY_RIGHTS");
		}
		if (publicInterestReason != null) {
			proposal.put("publicInterestReason", publicInterestReason);
		}
		cases.handle(id, proposal);
		cases.complete(id, DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW, HEAD, Map.of("approved", true));
		cases.complete(id, DisclosureRequestProcess.TASK_SECRECY_REVIEW, SECRECY, Map.of("approved", true));
		cases.complete(id, DisclosureRequestProcess.TASK_SIGN_OFF, LEADER, Map.of("approved", true));
		cases.issueReply(id);
		return id;
	}

	private static String today() {
		return RequestCases.today().toString();
	}
}
