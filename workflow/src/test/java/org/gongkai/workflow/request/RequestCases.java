package org.gongkai.workflow.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.gongkai.workflow.WorkflowConfiguration;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.stereotype.Component;

/**
 * Takes disclosure requests through the real process in the workflow tests: the staff of the demo
 * departments, a filed and assigned request, the open task of a step, the asynchronous reply job and
 * the event log.
 */
@Component
public class RequestCases {

	public static final Staff OFFICE = new Staff("editor1", Set.of("office-editor"), "bgs");

	public static final Staff CLERK = new Staff("clerk1", Set.of("clerk"), "fgw");

	public static final Staff HEAD = new Staff("head1", Set.of("dept-head"), "fgw");

	public static final Staff SECRECY = new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs");

	public static final Staff LEADER = new Staff("leader1", Set.of("leader"), "bgs");

	public static final Staff OFFICE_HEAD = new Staff("officehead1", Set.of("office-head"), "bgs");

	private final FileDisclosureRequest file;

	private final TaskInbox inbox;

	private final DisclosureRequests requests;

	private final ManagementService management;

	private final CaseEvents events;

	private final Departments departments;

	RequestCases(FileDisclosureRequest file, TaskInbox inbox, DisclosureRequests requests, ManagementService management,
			CaseEvents events, Departments departments) {
		this.file = file;
		this.inbox = inbox;
		this.requests = requests;
		this.management = management;
		this.events = events;
		this.departments = departments;
	}

	/** A natural person's application for the given information. */
	public static ApplicationForm application(String title, String description) {
		return new ApplicationForm(ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X", null, null, "13812345678",
				null, null, null, title, null, description, DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null,
				null);
	}

	/** Today in the agency's zone, whatever the server's. */
	public static LocalDate today() {
		return LocalDate.now(WorkflowConfiguration.AGENCY_ZONE);
	}

	/** The departments the staff belong to: fgw handles, bgs is the general office. */
	public void departments() {
		if (!departments.existsById("fgw")) {
			departments.saveAll(List.of(new Department("fgw", "市发展和改革委员会", "000014349", false),
					new Department("bgs", "市人民政府办公室", "000014348", true)));
		}
	}

	/** Filed by applicant1, receipt confirmed and assigned to fgw: the clerk's handling task is open. */
	public Long fileAndAssign(ApplicationForm form) {
		return fileAndAssign(form, "applicant1");
	}

	/** Filed by the given applicant, receipt confirmed and assigned to fgw. */
	public Long fileAndAssign(ApplicationForm form, String applicantUser) {
		departments();
		var id = file.file(form, List.of(), applicantUser).getId();
		complete(id, DisclosureRequestProcess.TASK_CONFIRM_RECEIPT, OFFICE, Map.of());
		complete(id, DisclosureRequestProcess.TASK_REGISTER, OFFICE,
				Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}

	public void complete(Long id, String taskKey, Staff staff, Map<String, Object> variables) {
		inbox.complete(task(id, taskKey), staff, variables);
	}

	/** The clerk completes the handling task. */
	public void handle(Long id, Map<String, Object> variables) {
		complete(id, DisclosureRequestProcess.TASK_HANDLE, CLERK, variables);
	}

	/** The id of the request's open task of that step. */
	public String task(Long id, String taskKey) {
		return inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open " + taskKey + " for request " + id))
			.id();
	}

	/** The keys of the request's open tasks. */
	public List<String> openTaskKeys(Long id) {
		return inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(id)).stream().map(t -> t.taskKey()).toList();
	}

	/** Runs the asynchronous job that issues the reply (the job executor is off in these tests). */
	public void issueReply(Long id) {
		var processInstanceId = requests.findById(id).orElseThrow().getProcessInstanceId();
		management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId("Task_IssueReply")
			.list()
			.forEach(job -> management.executeJob(job.getId()));
	}

	/** The types of the request's events, in order. */
	public List<String> eventTypes(Long id) {
		return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id)
			.stream()
			.map(CaseEvent::getType)
			.toList();
	}
}
