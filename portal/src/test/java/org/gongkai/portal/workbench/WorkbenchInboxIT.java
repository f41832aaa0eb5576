package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox over HTTP with real servers: a clerk with more tasks than a page, of two kinds (catalogue
 * drafts, some past their publication deadline, and requests to handle), filters them by kind, step and
 * due band, sees the counts per kind, gets them by due date and in pages of 20, and a mistyped link still
 * shows the inbox; the API takes the same filters. The office's annual-report reminders are one line
 * that can be dismissed and snoozed.
 */
class WorkbenchInboxIT extends PortalIT {

	private static final Pattern ROW = Pattern.compile(
			"<tr data-kind=\"([a-z]+)\"(?: data-due=\"([0-9-]*)\")? data-case=\"([^\"]*)\" data-step=\"([^\"]*)\"");

	private static final Pattern TOTAL = Pattern.compile("id=\"inbox-total\"[^>]*>共 (\\d+) 项，第 (\\d+)/(\\d+) 页<");

	private static final Pattern STATE = Pattern.compile(
			"name=\"key\" value=\"group:annual\"><input type=\"hidden\" name=\"state\" value=\"([^\"]+)\"");

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	ReminderMutes mutes;

	/** Other tests see the office's reminders as they were. */
	@org.junit.jupiter.api.AfterEach
	void forgetMutes() {
		mutes.deleteAll(mutes.findByUserName("editor1"));
	}

	@Test
	void clerkFiltersSortsAndPagesTheInbox() throws InterruptedException {
		var clerk = RealServers.token("clerk1");
		int before = total(get("/api/tasks", clerk));
		var overdueItems = new ArrayList<String>();
		var recentItems = new ArrayList<String>();
		for (int i = 0; i < 12; i++) {
			overdueItems.add(draft(clerk, "逾期草稿" + i, "2025-03-0" + (1 + i % 9)));
		}
		for (int i = 0; i < 10; i++) {
			recentItems.add(draft(clerk, "新草稿" + i, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString()));
		}
		long firstRequest = assignedRequest("第一件申请");
		Thread.sleep(1_100); // MySQL keeps a task's creation time to the second: the second request is newer
		var requestIds = List.of(firstRequest, assignedRequest("第二件申请"));
		int all = before + 24;

		var page = PageSession.signIn(url(""), "clerk1", "/workbench");
		var first = page.get("/workbench");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(total(first.body())).containsExactly(all, 1, (all + 19) / 20);
		var rows = rows(first.body());
		assertThat(rows).hasSize(20);
		assertThat(dues(rows)).as("by due date, none last").isSortedAccordingTo(DUE_ORDER);
		assertThat(first.body()).contains("id=\"inbox-pages\"", "href=\"/workbench?page=2\"");

		var second = page.get("/workbench?page=2");
		assertThat(total(second.body())).containsExactly(all, 2, (all + 19) / 20);
		var secondRows = rows(second.body());
		assertThat(secondRows).hasSize(Math.min(20, all - 20));
		assertThat(secondRows).doesNotContainAnyElementsOf(rows);
		assertThat(DUE_ORDER.compare(rows.get(19).get(1), secondRows.get(0).get(1))).isLessThanOrEqualTo(0);

		var requests = page.get("/workbench?kind=request");
		var requestRows = rows(requests.body());
		assertThat(requestRows).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("request"));
		assertThat(requestRows).extracting(row -> row.get(2)).containsAll(requestIds.stream().map(String::valueOf).toList());
		assertThat(chip(first.body(), "request")).isEqualTo(requestRows.size());
		assertThat(chip(first.body(), "item")).isGreaterThanOrEqualTo(22);
		assertThat(chip(first.body(), "all")).isEqualTo(all);

		var overdue = page.get("/workbench?kind=item&due=overdue&size=100");
		var overdueRows = rows(overdue.body());
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(overdueRows).allSatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("item");
			assertThat(LocalDate.parse(row.get(1))).isBefore(today);
		});
		assertThat(overdueRows).extracting(row -> row.get(2)).containsAll(overdueItems).doesNotContainAnyElementsOf(recentItems);
		assertThat(chip(overdue.body(), "item")).isEqualTo(overdueRows.size());
		assertThat(overdue.body()).contains("id=\"overdue-count\"");

		var step = page.get("/workbench?step=Task_HandleRequest&size=100");
		assertThat(rows(step.body())).isNotEmpty().allSatisfy(row -> assertThat(row.get(3)).isEqualTo("Task_HandleRequest"));
		var drafts = page.get("/workbench?step=Task_PrepareDraft&due=later&size=100");
		assertThat(rows(drafts.body())).extracting(row -> row.get(2)).doesNotContainAnyElementsOf(overdueItems);

		var byCase = rows(page.get("/workbench?kind=item&sort=case&dir=desc&size=100").body());
		assertThat(byCase).extracting(row -> Long.valueOf(row.get(2))).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		var byCreated = rows(page.get("/workbench?sort=created&size=100").body());
		assertThat(byCreated.get(byCreated.size() - 1).get(2)).as("the newest last").isEqualTo(String.valueOf(requestIds.get(1)));

		var mistyped = page.get("/workbench?kind=bogus&step=%3Cscript%3E&due=yesterday&sort=title&dir=up&page=-3&size=x");
		assertThat(mistyped.statusCode()).isEqualTo(200);
		assertThat(total(mistyped.body())).containsExactly(all, 1, (all + 19) / 20);
		assertThat(rows(mistyped.body())).isEqualTo(rows);
		assertThat(total(page.get("/workbench?page=999").body())).as("past the last page: the last")
			.containsExactly(all, (all + 19) / 20, (all + 19) / 20);

		var api = get("/api/tasks?kind=item&due=overdue&size=5&page=1", clerk);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json()).hasSize(5);
		assertThat(get("/api/tasks?kind=item&due=overdue", clerk).json()).hasSize(overdueRows.size());
		var apiAll = get("/api/tasks?kind=nonsense&page=zero", clerk);
		assertThat(apiAll.status()).isEqualTo(200);
		assertThat(apiAll.json()).hasSize(all);
	}

	@Test
	void theOfficeSeesOneLinePerKindOfReminderAndDismissesOrSnoozesIt() {
		mutes.deleteAll(mutes.findByUserName("editor1"));
		var page = PageSession.signIn(url(""), "editor1", "/workbench");
		var inbox = page.get("/workbench").body();
		assertThat(inbox).contains("id=\"reminders-annual\"");
		assertThat(count(inbox, "份年度报告逾期未发布，最久")).as("one line for the kind").isEqualTo(1);
		var state = STATE.matcher(inbox);
		assertThat(state.find()).isTrue();

		var dismissed = page.postForm("/workbench/reminders",
				"_csrf=" + page.csrf() + "&key=group:annual&action=dismiss&state=" + encode(state.group(1)));
		assertThat(dismissed.statusCode()).isEqualTo(302);
		assertThat(dismissed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workbench"));
		assertThat(page.get("/workbench").body()).doesNotContain("id=\"reminders-annual\"");
		assertThat(mutes.findByUserNameAndReminderKey("editor1", "group:annual")).hasValueSatisfying(mute -> {
			assertThat(mute.getState()).isEqualTo(state.group(1));
			assertThat(mute.getMutedUntil()).isNull();
		});

		var snoozed = page.postForm("/workbench/reminders", "_csrf=" + page.csrf() + "&key=group:annual&action=week");
		assertThat(snoozed.statusCode()).isEqualTo(302);
		assertThat(page.get("/workbench").body()).doesNotContain("id=\"reminders-annual\"");
		assertThat(mutes.findByUserNameAndReminderKey("editor1", "group:annual")).hasValueSatisfying(mute -> {
			assertThat(mute.getState()).isNull();
			assertThat(mute.getMutedUntil()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
					Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));
		});
		var other = PageSession.signIn(url(""), "head1", "/workbench");
		assertThat(other.get("/workbench").body()).as("stored per user").contains("id=\"reminders-annual\"");

		var forged = page.postForm("/workbench/reminders", "_csrf=" + page.csrf() + "&key=drop%20table&action=dismiss");
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(page.get("/workbench").statusCode()).isEqualTo(200);
		var withoutToken = page.postForm("/workbench/reminders", "key=group:annual&action=day");
		assertThat(withoutToken.statusCode()).as("CSRF").isEqualTo(403);
	}

	private static final java.util.Comparator<String> DUE_ORDER = (a, b) -> a.isEmpty() || b.isEmpty()
			? Boolean.compare(a.isEmpty(), b.isEmpty()) : a.compareTo(b);

	private static List<String> dues(List<List<String>> rows) {
		return rows.stream().map(row -> row.get(1)).toList();
	}

	private static List<List<String>> rows(String html) {
		var rows = new ArrayList<List<String>>();
		var matcher = ROW.matcher(html);
		while (matcher.find()) {
			// a task without a due date has no data-due (an empty attribute is left out)
			rows.add(List.of(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), matcher.group(3),
					matcher.group(4)));
		}
		return rows;
	}

	private static List<Integer> total(String html) {
		var matcher = TOTAL.matcher(html);
		assertThat(matcher.find()).as("the total line").isTrue();
		return List.of(Integer.valueOf(matcher.group(1)), Integer.valueOf(matcher.group(2)),
				Integer.valueOf(matcher.group(3)));
	}

	private static int total(Response response) {
		return Integer.parseInt(response.json() == null ? "0" : String.valueOf(response.json().size()));
	}

	private static long chip(String html, String kind) {
		var matcher = Pattern.compile("data-kind=\"" + kind + "\"[^>]*><span>[^<]*</span> <span class=\"count\">(\\d+)</span>")
			.matcher(html);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private String draft(String clerk, String title, String writtenDate) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "工作台分页测试。");
		item.put("body", "工作台分页测试的正文。");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", writtenDate);
		item.put("columnCode", "livelihood");
		item.put("genre", "通知");
		var created = post("/api/catalogue/items", clerk, item);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	/** A request filed, confirmed and assigned to the clerk's department: a 承办 task in the clerk's inbox. */
	private long assignedRequest(String title) {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "赵六", "11010519491231002X", null, null,
				"13812345678", null, null, null, title, null, "申请公开" + title + "。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, null, null);
		long id = file.file(form, List.of(), "applicant1").getId();
		var editor = RealServers.token("editor1");
		completeOpenTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeOpenTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}
}
