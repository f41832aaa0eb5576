package org.gongkai.portal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.HistoricalRequestsCsv;
import org.gongkai.workflow.request.ImportHistoricalRequests;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Requests of the demo applicants at every stage, taken there through the real process so that each
 * demo login finds work: editor1 a request to confirm, a correction request and a letter it registered to
 * register, clerk1
 * one to handle, applicant2 a 补正 notice to answer, applicant1 an archived request with its reply
 * letter; and 2025's finished cases imported as from a previous system ({@code demo/requests-2025.csv}),
 * so that 2025's statistics and annual report have figures. Loaded by {@link DemoData} into a database
 * without requests.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoRequests {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	/** 2025's finished cases, as if carried over from a previous system, so that 2025's annual report has figures. */
	static final String HISTORY = resource("demo/requests-2025.csv");

	private final boolean enabled;

	static final Staff OFFICE = new Staff("editor1", Set.of("office-editor"), "bgs");

	static final Staff CLERK = new Staff("clerk1", Set.of("clerk"), "fgw");

	static final Staff HEAD = new Staff("head1", Set.of("dept-head"), "fgw");

	static final Staff SECRECY = new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs");

	static final Staff LEADER = new Staff("leader1", Set.of("leader"), "bgs");

	private final FileDisclosureRequest file;

	private final ApplicantActions applicants;

	private final DisclosureRequests requests;

	private final TaskInbox inbox;

	private final ManagementService management;

	private final Clock clock;

	private final ImportHistoricalRequests importing;

	DemoRequests(FileDisclosureRequest file, ApplicantActions applicants, DisclosureRequests requests, TaskInbox inbox,
			ManagementService management, Clock clock, ImportHistoricalRequests importing,
			@Value("${gongkai.demo.requests:true}") boolean enabled) {
		this.importing = importing;
		this.enabled = enabled;
		this.file = file;
		this.applicants = applicants;
		this.requests = requests;
		this.inbox = inbox;
		this.management = management;
		this.clock = clock;
	}

	/**
	 * Files the demo requests unless {@code gongkai.demo.requests=false} or the database holds requests
	 * already; returns how many were filed.
	 */
	long load() {
		if (!enabled || requests.count() > 0) {
			return 0;
		}
		var archived = filed("applicant1", person("张三", "2025年市级财政专项资金分配结果", "申请公开2025年市级财政专项资金的分配结果及分配依据文件。"));
		assign(archived, "fgw");
		complete(archived, DisclosureRequestProcess.TASK_HANDLE, CLERK, Map.of("decision", "PROPOSE", "replyType",
				"DISCLOSE", "replyNote", "所申请的分配结果及依据文件随本告知书一并提供。"));
		complete(archived, DisclosureRequestProcess.TASK_DEPARTMENT_REVIEW, HEAD, Map.of("approved", true, "comment", "同意"));
		complete(archived, DisclosureRequestProcess.TASK_SECRECY_REVIEW, SECRECY,
				Map.of("approved", true, "comment", "经审查，不涉及国家秘密。"));
		complete(archived, DisclosureRequestProcess.TASK_SIGN_OFF, LEADER, Map.of("approved", true, "comment", "同意签发。"));
		issueReplyNow(archived);
		complete(archived, DisclosureRequestProcess.TASK_RECORD_DELIVERY, CLERK, Map.of("replyDelivery", "ONLINE",
				"deliveredOn", LocalDate.now(clock).toString()));

		var handling = filed("applicant1", person("张三", "城区停车场规划布局方案", "申请公开城区停车场规划布局方案及其批复文件。"));
		assign(handling, "fgw");

		var correction = file.file(new ApplicationForm(ApplicantType.NATURAL_PERSON, "张三", "11010519491231002X", null,
				null, "13812345678", null, null, null, "本人企业职工基本养老保险参保登记信息", null,
				"参保登记的出生日期为1950年1月31日，与本人居民身份证记载不一致，附居民身份证复印件为证。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, RequestKind.CORRECTION, "出生日期应为1949年12月31日"), List.of(), "applicant1")
			.getId();
		complete(correction, DisclosureRequestProcess.TASK_CONFIRM_RECEIPT, OFFICE, Map.of());

		var supplement = filed("applicant2", new ApplicationForm(ApplicantType.COMMERCIAL_ENTERPRISE, "某某建设工程有限公司",
				"91110000100000001W", "李四", "王五", "010-12345678", null, "北京市东城区某某路1号", "100010",
				"有关工程项目的审批文件", null, "申请公开本公司参与投标的工程项目的审批文件。", DeliveryForm.PAPER, DeliveryMethod.POST, false,
				null, null));
		complete(supplement, DisclosureRequestProcess.TASK_REGISTER, OFFICE, Map.of("decision", "SUPPLEMENT",
				"supplementNote", "所需审批文件对应的具体工程项目名称\n审批文件的大致时间范围"));

		file.file(person("李明", "2026年义务教育招生划片范围", "申请公开本市2026年义务教育阶段学校招生划片范围及其确定依据。"), List.of(),
				"applicant2");
		file.fileOffline(new ApplicationForm(ApplicantType.NATURAL_PERSON, "周老师", "11010519491231002X", null, null,
				"010-66001122", null, "北京市东城区某某路8号", "100010", "城区主干道夜间噪声监测数据", null,
				"来信申请公开2026年城区主干道夜间噪声监测数据。", DeliveryForm.PAPER, DeliveryMethod.POST, false, null, null),
				List.of(), ApplicationChannel.LETTER, LocalDate.now(clock), null, OFFICE);
		importing.importAll(HistoricalRequestsCsv.parse(HISTORY), "demo");
		return requests.count();
	}

	private static String resource(String path) {
		try (var in = DemoRequests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("demo resource " + path + " unreadable", ex);
		}
	}

	private static ApplicationForm person(String name, String title, String description) {
		return new ApplicationForm(ApplicantType.NATURAL_PERSON, name, "11010519491231002X", null, null, "13812345678",
				null, null, null, title, null, description, DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null,
				null);
	}

	/** Filed by the applicant and its receipt confirmed by the office. */
	private Long filed(String applicantUser, ApplicationForm form) {
		var id = file.file(form, List.of(), applicantUser).getId();
		complete(id, DisclosureRequestProcess.TASK_CONFIRM_RECEIPT, OFFICE, Map.of());
		return id;
	}

	private void assign(Long id, String department) {
		complete(id, DisclosureRequestProcess.TASK_REGISTER, OFFICE,
				Map.of("decision", "ASSIGN", "departmentCode", department));
	}

	private void complete(Long id, String taskKey, Staff staff, Map<String, Object> variables) {
		var task = inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo request " + id + " has no task " + taskKey));
		inbox.complete(task.id(), staff, variables);
	}

	/**
	 * The reply is issued by an asynchronous job; the demo runs it now rather than wait for the executor.
	 * If the job executor took the job first, its run wins and the demo waits for the reply.
	 */
	private void issueReplyNow(Long id) {
		var processInstanceId = requests.findById(id).orElseThrow().getProcessInstanceId();
		for (var job : management.createJobQuery().processInstanceId(processInstanceId).activityId("Task_IssueReply").list()) {
			try {
				management.executeJob(job.getId());
			}
			catch (ProcessEngineException raced) {
				log.debug("Demo request {}: the job executor issues the reply", id, raced);
			}
		}
		for (int wait = 0; requests.findById(id).orElseThrow().getStatus() != RequestStatus.REPLIED; wait++) {
			if (wait == 300) {
				throw new IllegalStateException("demo request " + id + " was not replied to within 60 s");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
