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

/**
 * E-mails to applicants through the whole application on H2, the real Camunda process and a real SMTP
 * conversation with an in-process GreenMail server: each step the applicant must know about queues a
 * mail in its own transaction, the relay sends it, and a mail server that is down only delays it.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:mem:mail;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=", "camunda.bpm.database.type=h2",
				"camunda.bpm.job-execution.enabled=false", "gongkai.search.relay-interval=1h",
				"gongkai.demo.enabled=false", "gongkai.public-url=https://gongkai.example.gov.cn/",
				"gongkai.mail.relay-interval=200ms", "gongkai.mail.retry-delay=1s", "gongkai.mail.max-retry-delay=2s" })
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
			Set.of("office-editor", "clerk", "dept-head", "secrecy-reviewer", "leader"), "fgw");

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
			assertThat(mail.text()).startsWith("尊敬的张三：").contains(TRACKING + id).contains("市人民政府")
				.doesNotContain("??");
			assertThat(mail.html()).contains("尊敬的张三：").contains("href=\"" + TRACKING + id + "\"")
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
				new NotificationProperties(null, "City Government", null, null, null, null, Locale.ENGLISH),
				requestProperties, clock, "http://127.0.0.1:8080");
		for (var kind : ApplicantMail.values()) {
			var mail = english.compose(kind, request);
			assertThat(mail.subject()).startsWith("[City Government] ").endsWith("(receipt no. " + request.getReceiptNo() + ")");
			assertThat(mail.text()).startsWith("Dear 张三,")
				.contains("http://127.0.0.1:8080/requests/" + id, "Yours faithfully,", "City Government")
				.doesNotContain("??", "尊敬", "特此告知");
			assertThat(mail.html()).contains("lang=\"en\"").doesNotContain("??");
		}
	}

	private DisclosureRequest file(String email) {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "张三", "11010519491231002X", null, null,
				"13812345678", email, null, null, "2026年市级财政专项资金分配结果", null, "申请公开2026年市级财政专项资金的分配结果及依据文件。",
				DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false);
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

	/** Waits until this many mails of the request reached the recipient; returns them in sending order. */
	private List<Mail> mailsTo(String recipient, long requestId, int count) throws Exception {
		var tracking = TRACKING + requestId;
		var found = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			var mails = new ArrayList<Mail>();
			for (var message : greenMail.getReceivedMessagesForDomain(recipient.substring(recipient.indexOf('@') + 1))) {
				var mail = Mail.of(message);
				if (mail.to().equals(recipient) && mail.text().contains(tracking + "\n")) {
					mails.add(mail);
				}
			}
			return mails;
		}, mails -> mails.size() >= count);
		Thread.sleep(300);
		assertThat(found).hasSize(count);
		return found;
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
