package org.gongkai.portal.workbench;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.portal.request.RequestQueries;
import org.gongkai.workflow.consultation.PublicConsultationProcess;
import org.gongkai.workflow.emergency.EmergencyInformationProcess;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.gongkai.workflow.information.InformationReportProcess;
import org.gongkai.workflow.publication.CatalogueChangeProcess;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/**
 * The inbox as one page of rows: the caller's open tasks with their case and due date, filtered, sorted
 * and counted in memory after one task query, one query for the requests and one for the catalogue
 * items (no query per row).
 */
@Component
class WorkbenchInbox {

	private final TaskInbox inbox;

	private final DisclosureRequests requests;

	private final RequestQueries queries;

	private final PublicationClock publicationClock;

	private final int warningDays;

	WorkbenchInbox(TaskInbox inbox, DisclosureRequests requests, RequestQueries queries,
			PublicationClock publicationClock, RequestProperties requestProperties) {
		this.inbox = inbox;
		this.requests = requests;
		this.queries = queries;
		this.publicationClock = publicationClock;
		this.warningDays = requestProperties.warningWorkingDays();
	}

	/** The kind of case a task belongs to, from its process: request, item, report, emergency, consultation, letter, proposal or other. */
	static String kindOf(String processKey) {
		if (DisclosureRequestProcess.KEY.equals(processKey)) {
			return "request";
		}
		if (CataloguePublicationProcess.KEY.equals(processKey) || CatalogueChangeProcess.KEY.equals(processKey)) {
			return "item";
		}
		if (InformationReportProcess.KEY.equals(processKey) || InformationReportProcess.SUPERVISION_KEY.equals(processKey)
				|| InformationReportProcess.COMMISSION_KEY.equals(processKey)) {
			return "report";
		}
		if (EmergencyInformationProcess.KEY.equals(processKey)) {
			return "emergency";
		}
		if (PublicConsultationProcess.KEY.equals(processKey)) {
			return "consultation";
		}
		if (PublicLetterProcess.KEY.equals(processKey)) {
			return "letter";
		}
		if (DeputyProposalProcess.KEY.equals(processKey)) {
			return "proposal";
		}
		return "other";
	}

	/** All of the caller's rows, in the default order (due date ascending, no due date last). */
	List<Row> rows(Staff staff) {
		var tasks = inbox.inbox(staff);
		var requestsByTask = requestsOf(tasks);
		var clocks = clocks(tasks, requestsByTask);
		return tasks.stream()
			.map(task -> new Row(task, kindOf(task.processKey()), requestsByTask.get(task.id()), clocks.get(task.id())))
			.sorted(order("due", "asc"))
			.toList();
	}

	Page page(Staff staff, InboxFilter filter) {
		var all = rows(staff);
		var matching = all.stream().filter(row -> matches(row, filter, true)).sorted(order(filter.sort(), filter.dir())).toList();
		var counts = new LinkedHashMap<String, Long>();
		InboxFilter.KINDS.forEach(kind -> counts.put(kind, 0L));
		all.stream().filter(row -> matches(row, filter, false)).forEach(row -> counts.merge(row.kind(), 1L, Long::sum));
		counts.values().removeIf(n -> n == 0);
		var steps = new LinkedHashMap<String, String>();
		all.stream()
			.filter(row -> filter.kind() == null || filter.kind().equals(row.kind()))
			.sorted(Comparator.comparing((Row row) -> row.task().taskKey()))
			.forEach(row -> steps.putIfAbsent(row.task().taskKey(), row.task().name()));
		int pages = Math.max(1, (matching.size() + filter.size() - 1) / filter.size());
		var shown = filter.page() > pages ? filter.atPage(pages) : filter;
		int from = (shown.page() - 1) * shown.size();
		var rows = matching.subList(Math.min(from, matching.size()), Math.min(from + shown.size(), matching.size()));
		long overdue = all.stream().filter(row -> "overdue".equals(row.dueBand())).count();
		return new Page(rows, matching.size(), all.size(), pages, shown, counts, steps, overdue);
	}

	/** The caller's next task with the given key, by due date; null when there is none. */
	Row next(Staff staff, String taskKey) {
		return rows(staff).stream().filter(row -> row.task().taskKey().equals(taskKey)).findFirst().orElse(null);
	}

	private static boolean matches(Row row, InboxFilter filter, boolean withKind) {
		return (!withKind || filter.kind() == null || filter.kind().equals(row.kind()))
				&& (filter.step() == null || filter.step().equals(row.task().taskKey()))
				&& (filter.due() == null || filter.due().equals(row.dueBand()))
				&& (filter.q() == null || row.found(filter.q()));
	}

	private static Comparator<Row> order(String sort, String dir) {
		// MySQL keeps a task's creation time to the second: tasks of one second follow their cases' numbers
		Comparator<Row> byCreated = Comparator
			.comparing((Row row) -> row.task().created(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Row::caseNumber, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Row> primary = switch (sort) {
			case "created" -> byCreated;
			case "case" -> Comparator.comparing(Row::kind).thenComparing(Row::caseNumber,
					Comparator.nullsLast(Comparator.naturalOrder()));
			default -> (a, b) -> 0;
		};
		if ("desc".equals(dir)) {
			primary = primary.reversed();
		}
		if ("due".equals(sort)) {
			// no due date last, whichever the direction
			Comparator<LocalDate> dates = "desc".equals(dir) ? Comparator.reverseOrder() : Comparator.naturalOrder();
			primary = Comparator.comparing(Row::due, Comparator.nullsLast(dates));
		}
		return primary.thenComparing(byCreated).thenComparing(row -> row.task().id());
	}

	/** The disclosure request of each task that has one, from one query for all of them. */
	Map<String, DisclosureRequest> requestsOf(List<TaskView> tasks) {
		var requestIds = tasks.stream()
			.filter(t -> DisclosureRequestProcess.KEY.equals(t.processKey()) && t.caseId() != null)
			.map(t -> Long.valueOf(t.caseId()))
			.collect(Collectors.toSet());
		var byId = requests.findAllById(requestIds)
			.stream()
			.collect(Collectors.toMap(DisclosureRequest::getId, Function.identity()));
		var byTask = new HashMap<String, DisclosureRequest>();
		for (var task : tasks) {
			if (task.caseId() != null && DisclosureRequestProcess.KEY.equals(task.processKey())
					&& byId.containsKey(Long.valueOf(task.caseId()))) {
				byTask.put(task.id(), byId.get(Long.valueOf(task.caseId())));
			}
		}
		return byTask;
	}

	/**
	 * Due date and colour per task: a request's reply clock, a catalogue item's publication clock, else
	 * the task's own due date (reports).
	 */
	Map<String, WorkbenchController.Clock> clocks(List<TaskView> tasks, Map<String, DisclosureRequest> requestsByTask) {
		var clocks = new HashMap<String, WorkbenchController.Clock>(publicationClock.clocks(tasks, warningDays));
		requestsByTask.forEach((taskId, request) -> {
			if (request.getReplyDueOn() != null) {
				var left = queries.daysLeft(request);
				clocks.put(taskId, new WorkbenchController.Clock(request.getReplyDueOn(), left, colour(left)));
			}
		});
		for (var task : tasks) {
			if (task.due() != null && !clocks.containsKey(task.id())) {
				var due = LocalDate.ofInstant(task.due(), publicationClock.zone());
				int left = publicationClock.workingDaysLeft(due);
				clocks.put(task.id(), new WorkbenchController.Clock(due, left, colour(left)));
			}
		}
		return clocks;
	}

	private String colour(Integer left) {
		return left == null ? "none" : left < 0 ? "red" : left <= warningDays ? "amber" : "green";
	}

	/** One task of the inbox with its request (if any) and clock (if it has a due date). */
	record Row(TaskView task, String kind, DisclosureRequest request, WorkbenchController.Clock clock) {

		public LocalDate due() {
			return clock == null ? null : clock.due();
		}

		/** overdue, soon (within the warning days), later or none. */
		public String dueBand() {
			if (clock == null || clock.daysLeft() == null) {
				return "none";
			}
			return switch (clock.colour()) {
				case "red" -> "overdue";
				case "amber" -> "soon";
				default -> "later";
			};
		}

		/** Whether the case search finds this row: the case number, or part of the receipt number, title or step. */
		boolean found(String q) {
			var lower = q.toLowerCase(java.util.Locale.ROOT);
			return q.equals(task.caseId()) || contains(task.name(), lower)
					|| request != null && (contains(request.getReceiptNo(), lower) || contains(request.getTitle(), lower));
		}

		private static boolean contains(String text, String lower) {
			return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lower);
		}

		public Long caseNumber() {
			try {
				return task.caseId() == null ? null : Long.valueOf(task.caseId());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}

	/**
	 * One page of the inbox: its rows, how many match the filter, how many tasks there are in all, the
	 * number of pages, the filter actually applied (the page clamped), the matching tasks per kind (under
	 * the other filters), the steps to filter by (task key to name) and how many of all tasks are overdue.
	 */
	record Page(List<Row> rows, int total, int all, int pages, InboxFilter filter, Map<String, Long> counts,
			Map<String, String> steps, long overdue) {
	}
}
