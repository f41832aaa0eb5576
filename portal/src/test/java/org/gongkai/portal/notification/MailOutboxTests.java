package org.gongkai.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.portal.GongkaiApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.RequestNotices;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * E-mails to applicants through the whole application on H2, the real Camunda process and a real SMTP
 * conversation with an in-process GreenMail server: each step the applicant must know about queues a
 * mail in its own transaction, the relay sends it, and a mail server that is down only delays it.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:mem:mail;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=", "camunda.bpm.database.type=h2",
				"camunda.bpm.job-execution.enabled=false", "gongkai.search.relay-interval=1h",
				"gongkai.demo.enabled=false", "gongkai.agency.public-url=https://gongkai.example.gov.cn/",
				"gongkai.mail.relay-interval=200ms", "gongkai.mail.retry-delay=1s", "gongkai.mail.max-retry-delay=2s" })
@TestPropertySource(locations = "classpath:non-demo-secrets.properties")
class MailOutboxTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
	}

	static final Staff EDITOR = new Staff("editor1", Set.of("office-editor"), "bgs");

	/** Holds every role of the department fgw, so one user can take the request through its reviews. */
	static final Staff REVIEWER = new Staff("reviewer1",
			Set.of("office-editor", "clerk", "dept-head", "secrecy-reviewer", "office-head", "leader"), "fgw");

	static final String APPLICANT_USER = "applicant1";

	static final String EMAIL = "zhangsan@example.com";

	static final String TRACKING = "https://gongkai.example.gov.cn/requests/";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	ApplicantActions actions;

	@Autowired
	TaskInbox inbox;

	@Autowired
	ManagementService management;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	Departments departments;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailOutboxRelay relay;

	@Autowired
	MessageSource messages;

	@Autowired
	RequestProperties requestProperties;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestNotices notices;

	@BeforeEach
	void department() {
		if (!departments.existsById("fgw")) {
			departments.save(new Department("fgw", "市发展和改革委员会", "000014349", false));
		}
	}

	/** Lets every mail of a test go out before its mail server stops, so none spills into the next test. */
	@AfterEach
	void everythingSent() {
		await().atMost(Duration.ofSeconds(20)).until(() -> outbox.countBySentAtIsNull() == 0);
	}

	@Test
	void applicantHearsOfReceiptSupplementAndReply() throws Exception {
		long id = file(EMAIL).getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		var received = requests.findById(id).orElseThrow();
		var receiptNo = received.getReceiptNo();
		var firstDue = received.getReplyDueOn();
		complete(id, "Task_RegisterRequest", EDITOR,
				Map.of("decision", "SUPPLEMENT", "supplementNote", "请写明所需文件的名称或文号"));
		var supplementDue = requests.findById(id).orElseThrow().getSupplementDueOn();
		actions.supplement(id, APPLICANT_USER, "发改〔2026〕12号文件");
		var restartedDue = requests.findById(id).orElseThrow().getReplyDueOn();
		complete(id, "Task_RegisterRequest", EDITOR, Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		complete(id, "Task_HandleRequest", REVIEWER,
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		complete(id, "Task_DepartmentReview", REVIEWER, Map.of("approved", true));
		complete(id, "Task_SecrecyReview", REVIEWER, Map.of("approved", true));
		while (openTask(id, "Task_SignOff") != null) {
			complete(id, "Task_SignOff", REVIEWER, Map.of("approved", true, "comment", "同意"));
		}
		executeDueJobs(received.getProcessInstanceId());
		assertThat(requests.findById(id).orElseThrow().getRepliedAt()).as("the reply was issued").isNotNull();

		var mails = mailsTo(EMAIL, id, 5);
		// before the receipt number the account's tracking page, after it the lookup with the number (never the code)
		assertThat(mails.get(0).text()).contains(TRACKING + id + "\n");
		var queryCode = requests.findById(id).orElseThrow().getQueryCode();
		assertThat(mails.get(1).text()).contains("查询码：" + queryCode)
			.contains(TRACKING + "lookup?no=" + receiptNo + "\n")
			.doesNotContain("code=");
		assertThat(mails.get(1).html()).contains(queryCode).contains("无需登录");
		assertThat(mails.subList(2, 5)).allSatisfy(mail -> assertThat(mail.text()).doesNotContain(queryCode));
		assertThat(mails).extracting(Mail::subject)
			.containsExactly("【市人民政府】您的政府信息公开申请已提交",
					"【市人民政府】政府信息公开申请受理回执（受理编号：" + receiptNo + "）",
					"【市人民政府】政府信息公开申请补正告知（受理编号：" + receiptNo + "）",
					"【市人民政府】已收到您的补正，答复期限重新计算（受理编号：" + receiptNo + "）",
					"【市人民政府】政府信息公开申请已答复（受理编号：" + receiptNo + "）");
		assertThat(mails).allSatisfy(mail -> {
			assertThat(mail.to()).isEqualTo(EMAIL);
			assertThat(mail.from().getAddress()).isEqualTo("noreply@gongkai.example.gov.cn");
			assertThat(mail.from().getPersonal()).isEqualTo("市人民政府");
			assertThat(mail.rawSubject()).as("RFC 2047 encoded").startsWith("=?UTF-8?");
			assertThat(mail.text()).startsWith("尊敬的张三：").containsAnyOf(links(id)).contains("市人民政府")
				.doesNotContain("??");
			assertThat(mail.html()).contains("尊敬的张三：")
				.containsAnyOf(java.util.Arrays.stream(links(id)).map(l -> "href=\"" + l + "\"").toArray(String[]::new))
				.doesNotContain("??").doesNotContainPattern("\\sth:[a-z]+=");
			assertThat(mail.messageId()).startsWith("<gongkai.").endsWith("@gongkai.example.gov.cn>");
		});
		for (var mail : mails) {
			var sample = Path.of("target", "mails", mail.subject().replaceAll("[^\\p{IsHan}]", ""));
			Files.createDirectories(sample.getParent());
			Files.writeString(sample.resolveSibling(sample.getFileName() + ".html"), mail.html());
			Files.writeString(sample.resolveSibling(sample.getFileName() + ".txt"), mail.text());
		}
		assertThat(mails.get(0).text()).contains("2026年市级财政专项资金分配结果", "第三十一条").doesNotContain("受理编号：");
		assertThat(mails.get(1).text()).contains("受理编号：" + receiptNo, "答复期限：" + DATE.format(firstDue),
				"收到申请日期：" + DATE.format(received.getReceivedOn()), "20个工作日");
		assertThat(mails.get(1).html()).contains(receiptNo, DATE.format(firstDue));
		assertThat(mails.get(2).text()).contains("需要补正的事项：请写明所需文件的名称或文号",
				"补正期限：" + DATE.format(supplementDue), "视为放弃申请");
		assertThat(mails.get(3).text()).contains("新的答复期限为" + DATE.format(restartedDue));
		assertThat(mails.get(4).text()).contains("答复结果：予以公开", "下载《政府信息公开申请答复告知书》");

		assertThat(outbox.findByRequestIdOrderByIdAsc(id)).extracting(MailOutboxEntry::getEventType)
			.as("staff-only steps (assigned, proposed, reviews) send nothing")
			.containsExactly("SUBMITTED", "RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "REPLIED");
		assertThat(outbox.findByRequestIdOrderByIdAsc(id)).allSatisfy(entry -> {
			assertThat(entry.getSentAt()).as("kept as the record once sent").isNotNull();
			assertThat(entry.getAttempts()).isEqualTo(1);
			assertThat(entry.getClaimedUntil()).isNull();
			assertThat(entry.getLastError()).isNull();
		});
	}

	@Test
	void applicantHearsOfExtensionConsultationAndFee() throws Exception {
		var filed = file(EMAIL);
		long id = filed.getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		complete(id, "Task_RegisterRequest", EDITOR, Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var firstDue = requests.findById(id).orElseThrow().getReplyDueOn();
		complete(id, "Task_HandleRequest", REVIEWER,
				Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "所申请信息涉及多个年度的档案"));
		complete(id, "Task_ApproveExtension", REVIEWER, Map.of("approved", true));
		executeDueJobs(filed.getProcessInstanceId());
		var extendedDue = requests.findById(id).orElseThrow().getReplyDueOn();
		assertThat(extendedDue).isAfter(firstDue);
		complete(id, "Task_HandleRequest", REVIEWER, Map.of("decision", "CONSULT", "consultationKind", "THIRD_PARTY",
				"consultedParty", "某某建设工程有限公司", "consultedInformation", "工程款支付凭证"));
		executeDueJobs(filed.getProcessInstanceId());
		complete(id, "Task_RecordConsultationReply", REVIEWER, Map.of("comment", "第三方书面同意公开"));
		executeDueJobs(filed.getProcessInstanceId());
		complete(id, "Task_HandleRequest", REVIEWER, Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 150));
		executeDueJobs(filed.getProcessInstanceId());
		var feeDue = requests.findById(id).orElseThrow().getFeeDueOn();
		var expiry = management.createJobQuery()
			.processInstanceId(filed.getProcessInstanceId())
			.activityId("BoundaryEvent_FeeExpired")
			.singleResult();
		management.executeJob(expiry.getId());
		executeDueJobs(filed.getProcessInstanceId());

		var receiptNo = requests.findById(id).orElseThrow().getReceiptNo();
		var mails = mailsTo(EMAIL, id, 7);
		assertThat(mails).extracting(Mail::subject)
			.containsExactly("【市人民政府】您的政府信息公开申请已提交",
					"【市人民政府】政府信息公开申请受理回执（受理编号：" + receiptNo + "）",
					"【市人民政府】政府信息公开申请延期答复告知（受理编号：" + receiptNo + "）",
					"【市人民政府】征求意见期间暂停计算答复期限（受理编号：" + receiptNo + "）",
					"【市人民政府】征求意见结束，答复期限恢复计算（受理编号：" + receiptNo + "）",
					"【市人民政府】政府信息公开信息处理费收费通知（受理编号：" + receiptNo + "）",
					"【市人民政府】政府信息公开申请终止办理告知（逾期未缴费）（受理编号：" + receiptNo + "）");
		assertThat(mails.get(2).text()).contains("因所申请信息涉及多个年度的档案，我机关无法在原答复期限" + DATE.format(firstDue) + "内作出答复。",
				"第三十三条第二款", "答复期限延长至" + DATE.format(extendedDue), "延长后的答复期限：" + DATE.format(extendedDue))
			.containsPattern("告知书编号：延〔\\d{4}〕第\\d{4}号")
			.containsPattern("《政府信息公开申请延期答复告知书》（编号：延〔\\d{4}〕第\\d{4}号）可在办理进度页面下载。");
		assertThat(mails.get(3).text()).contains("第三十三条第三款", "不计算在答复期限内").doesNotContain("某某建设工程有限公司");
		assertThat(mails.get(4).text()).contains("答复期限为" + DATE.format(requests.findById(id).orElseThrow().getReplyDueOn()));
		assertThat(mails.get(5).text()).contains("收取信息处理费人民币1700.00元（按量计收）", "应缴金额（元）：1700.00",
				"请于" + DATE.format(feeDue) + "前（含当日）", "视为放弃申请").containsPattern("费〔\\d{4}〕第\\d{4}号");
		assertThat(mails.get(5).html()).contains("1700.00", DATE.format(feeDue));
		assertThat(mails.get(6).text()).contains("缴费期限至" + DATE.format(feeDue), "视为放弃");
	}

	@Test
	void applicantIsAskedForReasonsAndHearsOfTheLaterReplyDate() throws Exception {
		var filed = file(EMAIL);
		long id = filed.getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		complete(id, "Task_RegisterRequest", EDITOR, Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		complete(id, "Task_HandleRequest", REVIEWER,
				Map.of("decision", "ASK_REASONS", "reasonsNote", "您（单位）本月向本机关提出政府信息公开申请120件"));
		var reasonsDue = requests.findById(id).orElseThrow().getReasonsDueOn();
		actions.explainReasons(id, APPLICANT_USER, "为课题研究收集资料");
		var later = requests.findById(id).orElseThrow().getReplyDueOn().plusDays(30);
		complete(id, "Task_JudgeReasons", REVIEWER, Map.of("reasonsVerdict", "LATER", "laterDueOn", later.toString()));

		var receiptNo = requests.findById(id).orElseThrow().getReceiptNo();
		var mails = mailsTo(EMAIL, id, 4);
		assertThat(mails).extracting(Mail::subject).endsWith(
				"【市人民政府】政府信息公开申请说明理由通知（受理编号：" + receiptNo + "）",
				"【市人民政府】政府信息公开申请延迟答复告知（受理编号：" + receiptNo + "）");
		assertThat(mails.get(2).text()).contains("第三十五条", "请您于" + DATE.format(reasonsDue) + "前（含当日）说明申请理由",
				"说明理由期限：" + DATE.format(reasonsDue), "不予处理")
			.containsPattern("《政府信息公开申请说明理由通知书》（编号：理〔\\d{4}〕第\\d{4}号）可在办理进度页面下载。");
		assertThat(mails.get(3).text()).contains("第三十五条", "延迟答复的期限为" + DATE.format(later),
				"延迟后的答复期限：" + DATE.format(later)).containsPattern("迟〔\\d{4}〕第\\d{4}号");
	}

	@Test
	void applicantHearsWhenTheRequestIsDeemedWithdrawnOrWithdrawn() throws Exception {
		var unclear = file(EMAIL);
		long unclearId = unclear.getId();
		complete(unclearId, "Task_ConfirmReceipt", EDITOR, Map.of());
		complete(unclearId, "Task_RegisterRequest", EDITOR, Map.of("decision", "SUPPLEMENT", "supplementNote", "请补充文号"));
		var supplementDue = requests.findById(unclearId).orElseThrow().getSupplementDueOn();
		var expiry = management.createJobQuery()
			.processInstanceId(unclear.getProcessInstanceId())
			.activityId("BoundaryEvent_SupplementExpired")
			.singleResult();
		management.executeJob(expiry.getId());

		long withdrawnId = file(EMAIL).getId();
		actions.withdraw(withdrawnId, APPLICANT_USER);

		var deemed = mailsTo(EMAIL, unclearId, 4);
		var receiptNo = requests.findById(unclearId).orElseThrow().getReceiptNo();
		assertThat(deemed.get(3).subject()).isEqualTo("【市人民政府】政府信息公开申请视为放弃告知（受理编号：" + receiptNo + "）");
		assertThat(deemed.get(3).text()).contains("补正期限至" + DATE.format(supplementDue), "视为放弃");

		var withdrawn = mailsTo(EMAIL, withdrawnId, 2);
		assertThat(withdrawn.get(1).subject()).as("withdrawn before receipt: no receipt number yet")
			.isEqualTo("【市人民政府】政府信息公开申请已撤回");
		assertThat(withdrawn.get(1).text()).contains("终止办理",
				DATE.format(LocalDate.now(clock.withZone(requestProperties.zone()))));
	}

	@Test
	void applicantHearsWhenTheReplyLetterIsPostedButNotWhenItIsDownloaded() throws Exception {
		var today = LocalDate.now(clock.withZone(requestProperties.zone()));
		long posted = replied(file(EMAIL));
		complete(posted, "Task_RecordDelivery", REVIEWER,
				Map.of("replyDelivery", "POST", "trackingNo", "1123456789012", "deliveredOn", today.toString()));
		long downloaded = replied(file(EMAIL));
		complete(downloaded, "Task_RecordDelivery", REVIEWER,
				Map.of("replyDelivery", "ONLINE", "deliveredOn", today.toString()));

		var request = requests.findById(posted).orElseThrow();
		var mails = mailsTo(EMAIL, posted, 4);
		assertThat(mails.get(3).subject())
			.isEqualTo("【市人民政府】政府信息公开申请答复告知书已邮寄送达（受理编号：" + request.getReceiptNo() + "）");
		assertThat(mails.get(3).text()).contains("已以邮寄方式送达，送达日期为" + DATE.format(today),
				"答复告知书编号：" + request.getReplyLetterNo(), "邮件单号：1123456789012",
				"送达日期：" + DATE.format(today), "行政复议");
		assertThat(mails.get(3).html()).contains("1123456789012", request.getReplyLetterNo());
		assertThat(outbox.findByRequestIdOrderByIdAsc(posted)).extracting(MailOutboxEntry::getEventType)
			.containsExactly("SUBMITTED", "RECEIVED", "REPLIED", "DELIVERED");
		assertThat(outbox.findByRequestIdOrderByIdAsc(downloaded)).extracting(MailOutboxEntry::getEventType)
			.as("a letter the applicant downloaded is already in their hands: no delivery mail, nor one on archiving")
			.containsExactly("SUBMITTED", "RECEIVED", "REPLIED");
	}

	/** Confirms, assigns, proposes disclosure, passes every review and issues the reply. */
	private long replied(DisclosureRequest filed) {
		long id = filed.getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		complete(id, "Task_RegisterRequest", EDITOR, Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		complete(id, "Task_HandleRequest", REVIEWER,
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		complete(id, "Task_DepartmentReview", REVIEWER, Map.of("approved", true));
		complete(id, "Task_SecrecyReview", REVIEWER, Map.of("approved", true));
		while (openTask(id, "Task_SignOff") != null) {
			complete(id, "Task_SignOff", REVIEWER, Map.of("approved", true, "comment", "同意"));
		}
		executeDueJobs(filed.getProcessInstanceId());
		assertThat(requests.findById(id).orElseThrow().getRepliedAt()).as("the reply was issued").isNotNull();
		return id;
	}

	@Test
	void applicantWithoutEmailGetsNone() {
		long id = file(null).getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		relay.drain();
		assertThat(outbox.findByRequestIdOrderByIdAsc(id)).isEmpty();
		assertThat(greenMail.getReceivedMessages()).noneSatisfy(
				message -> assertThat(Mail.of(message).text()).contains(TRACKING + id + "\n"));
	}

	@Test
	void mailServerDownKeepsTheMailPendingUntilItIsBack() throws Exception {
		greenMail.stop();
		long id = file("lisi@example.com").getId();

		var pending = await().atMost(Duration.ofSeconds(20))
			.until(() -> outbox.findByRequestIdOrderByIdAsc(id).get(0), entry -> entry.getAttempts() > 0);
		assertThat(pending.getSentAt()).isNull();
		assertThat(pending.getLastError()).isNotBlank();
		assertThat(pending.getNextAttemptAt()).isAfter(pending.getCreatedAt());

		greenMail.start();
		var mails = mailsTo("lisi@example.com", id, 1);
		assertThat(mails.get(0).subject()).isEqualTo("【市人民政府】您的政府信息公开申请已提交");
		var sent = await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findByRequestIdOrderByIdAsc(id).get(0), entry -> entry.getSentAt() != null);
		assertThat(sent.getAttempts()).isGreaterThan(1);
		assertThat(sent.getLastError()).isNull();
		assertThat(sent.getClaimedUntil()).isNull();
	}

	/**
	 * A second relay on the real outbox, its clock a day ahead so the application's own relay leaves
	 * these rows alone, against a mail server that refuses one recipient and can go down.
	 */
	@Test
	void aRejectedMailBacksOffWithoutHoldingUpTheOthersAndAnOutageKeepsTheOrder() throws Exception {
		var later = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		var server = new RecordingSender();
		var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
		beans.addBean("mailSender", server);
		var properties = new NotificationProperties(null, null, null, null, null, null, null, null);
		var node = new MailOutboxRelay(outbox, beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
				properties, Clock.fixed(later, java.time.ZoneOffset.UTC));
		var unconfigured = new MailOutboxRelay(outbox,
				new org.springframework.beans.factory.support.StaticListableBeanFactory()
					.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
				properties, Clock.fixed(later, java.time.ZoneOffset.UTC));
		try {
			var waitsForAServer = queue("zhouba@example.com", later);
			assertThat(unconfigured.drain()).as("no spring.mail.host: nothing sent, nothing lost").isZero();
			assertThat(outbox.findById(waitsForAServer).orElseThrow().getAttempts()).isZero();
			jdbc.update("delete from mail_outbox where id = ?", waitsForAServer);

			var rejected = queue("nobody@example.com", later);
			var good = queue("wangwu@example.com", later);
			assertThat(node.drain()).isEqualTo(1);
			var failed = outbox.findById(rejected).orElseThrow();
			assertThat(failed.getSentAt()).isNull();
			assertThat(failed.getAttempts()).isEqualTo(1);
			assertThat(failed.getNextAttemptAt()).isEqualTo(later.plus(properties.retryAfter(1)));
			assertThat(failed.getLastError()).contains("550");
			assertThat(failed.getClaimedUntil()).isNull();
			assertThat(outbox.findById(good).orElseThrow().getSentAt()).isEqualTo(later);
			assertThat(server.sent).hasSize(1);
			assertThat(server.sent.get(0).getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");

			server.down = true;
			var first = queue("zhaoliu@example.com", later);
			var second = queue("sunqi@example.com", later);
			assertThat(node.drain()).isZero();
			var waiting = outbox.findById(first).orElseThrow();
			assertThat(waiting.getNextAttemptAt()).as("an outage is not the mail's fault: retried soon")
				.isEqualTo(later.plus(properties.retryDelay()));
			assertThat(outbox.findById(second).orElseThrow().getAttempts()).as("the pass stopped at the outage")
				.isZero();
		}
		finally {
			jdbc.update("delete from mail_outbox where event_type = 'TEST'");
			node.stop();
			unconfigured.stop();
		}
	}

	private Long queue(String recipient, java.time.Instant at) {
		return outbox.save(new MailOutboxEntry(null, "TEST", recipient,
				new ComposedMail("【市人民政府】政府信息公开申请受理回执", "尊敬的张三：", "<p>尊敬的张三：</p>"), at)).getId();
	}

	@Test
	void onlyOneNodeClaimsARowAtATime() throws Exception {
		var later = clock.instant().plus(Duration.ofDays(1));
		var entry = outbox.save(new MailOutboxEntry(null, "TEST", "claim@example.com",
				new ComposedMail("主题", "正文", "<p>正文</p>"), later));
		var until = later.plus(Duration.ofMinutes(5));
		assertThat(outbox.claim(entry.getId(), later, until)).isEqualTo(1);
		assertThat(outbox.claim(entry.getId(), later, until)).as("held by the first node").isZero();
		assertThat(outbox.claim(entry.getId(), until.plusSeconds(1), until.plusSeconds(301)))
			.as("the claim expired: the first node is presumed dead").isEqualTo(1);
		assertThat(outbox.markSent(entry.getId(), until.plusSeconds(2))).isEqualTo(1);
		assertThat(outbox.claim(entry.getId(), until.plus(Duration.ofDays(1)), until.plus(Duration.ofDays(2)))).as("sent").isZero();

		var pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				var row = outbox.save(new MailOutboxEntry(null, "TEST", "claim@example.com",
						new ComposedMail("主题", "正文", "<p>正文</p>"), later));
				var start = new CountDownLatch(1);
				Callable<Integer> node = () -> {
					start.await();
					return outbox.claim(row.getId(), later, until);
				};
				var first = pool.submit(node);
				var second = pool.submit(node);
				start.countDown();
				assertThat(first.get() + second.get()).as("round " + round).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
			jdbc.update("delete from mail_outbox where event_type = 'TEST'");
		}
	}

	@Test
	void everyMailRendersInEnglishToo() {
		long id = file(EMAIL).getId();
		complete(id, "Task_ConfirmReceipt", EDITOR, Map.of());
		var request = requests.findById(id).orElseThrow();
		var english = new MailComposer(messages,
				new NotificationProperties(null, "City Government", null, null, null, null, Locale.ENGLISH, null),
				requestProperties, clock, "http://127.0.0.1:8080", notices);
		for (var kind : ApplicantMail.values()) {
			var mail = english.compose(kind, request);
			assertThat(mail.subject()).startsWith("[City Government] ").endsWith("(receipt no. " + request.getReceiptNo() + ")");
			assertThat(mail.text()).startsWith("Dear 张三,")
				.contains("http://127.0.0.1:8080/requests/lookup?no=" + request.getReceiptNo(), "Yours faithfully,", "City Government")
				.doesNotContain("??", "尊敬", "特此告知");
			assertThat(mail.html()).contains("lang=\"en\"").doesNotContain("??");
		}
	}

	private DisclosureRequest file(String email) {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "张三", "11010519491231002X", null, null,
				"13812345678", email, null, null, "2026年市级财政专项资金分配结果", null, "申请公开2026年市级财政专项资金的分配结果及依据文件。",
				DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null, null);
		return file.file(form, List.of(), APPLICANT_USER);
	}

	private void complete(long requestId, String taskKey, Staff staff, Map<String, Object> variables) {
		var task = openTask(requestId, taskKey);
		assertThat(task).as("open task " + taskKey + " of request " + requestId).isNotNull();
		inbox.complete(task, staff, variables);
	}

	private String openTask(long requestId, String taskKey) {
		return inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(requestId))
			.stream()
			.filter(task -> taskKey.equals(task.taskKey()))
			.map(task -> task.id())
			.findFirst()
			.orElse(null);
	}

	/** Runs the asynchronous continuations the job executor (off in this test) would have run. */
	private void executeDueJobs(String processInstanceId) {
		for (int i = 0; i < 10; i++) {
			var due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.stream().map(Job::getId).forEach(management::executeJob);
		}
	}

	/** The request's links in mails: its tracking page before the receipt number, the lookup with the number after. */
	private String[] links(long requestId) {
		var receiptNo = requests.findById(requestId).orElseThrow().getReceiptNo();
		return receiptNo == null ? new String[] { TRACKING + requestId }
				: new String[] { TRACKING + requestId, TRACKING + "lookup?no=" + receiptNo };
	}

	/** Waits until this many mails of the request reached the recipient; returns them in sending order. */
	private List<Mail> mailsTo(String recipient, long requestId, int count) throws Exception {
		var links = links(requestId);
		var found = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			var mails = new ArrayList<Mail>();
			for (var message : greenMail.getReceivedMessagesForDomain(recipient.substring(recipient.indexOf('@') + 1))) {
				var mail = Mail.of(message);
				if (mail.to().equals(recipient) && java.util.Arrays.stream(links).anyMatch(l -> mail.text().contains(l + "\n"))) {
					mails.add(mail);
				}
			}
			return mails;
		}, mails -> mails.size() >= count);
		Thread.sleep(300);
		assertThat(found).hasSize(count);
		return found;
	}

	/** A stand-in mail server: accepts every mail except to nobody@; refuses connections while {@code down}. */
	static class RecordingSender extends org.springframework.mail.javamail.JavaMailSenderImpl {

		final List<MimeMessage> sent = new ArrayList<>();

		boolean down;

		@Override
		public void send(MimeMessage message) {
			if (down) {
				throw new org.springframework.mail.MailSendException("Mail server connection failed",
						new MessagingException("Couldn't connect to host", new java.net.ConnectException("refused")));
			}
			try {
				if (message.getAllRecipients()[0].toString().startsWith("nobody@")) {
					throw new org.springframework.mail.MailSendException("Failed messages",
							new jakarta.mail.SendFailedException("550 no such user"));
				}
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
			sent.add(message);
		}
	}

	/** A received mail, decoded. */
	record Mail(String to, InternetAddress from, String subject, String rawSubject, String messageId, String text,
			String html) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			var parts = new ArrayList<Part>();
			collect(message, parts);
			String text = null;
			String html = null;
			for (var part : parts) {
				if (part.isMimeType("text/plain")) {
					text = (String) part.getContent();
				}
				else if (part.isMimeType("text/html")) {
					html = (String) part.getContent();
				}
			}
			return new Mail(message.getAllRecipients()[0].toString(), (InternetAddress) message.getFrom()[0],
					message.getSubject(), message.getHeader("Subject")[0], message.getMessageID(),
					text == null ? "" : text.replace("\r\n", "\n"), html == null ? "" : html);
		}

		private static void collect(Part part, List<Part> into) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				var multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child, into);
				}
			}
			else {
				into.add(part);
			}
		}
	}
}
