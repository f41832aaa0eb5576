package org.gongkai.portal.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders above the inbox, grouped by kind (annual reports to publish, catalogue items past their
 * publication deadline): one line per kind with the count and the longest delay, each expandable into
 * its reminders; the caller's dismissals and snoozes ({@link ReminderMute}) hide a reminder or a group.
 */
@Component
class WorkbenchReminders {

	/** Reminder keys: the kind, then what it is about ({@code annual:2025:fgw}, {@code item:42}, {@code group:item}). */
	static final Pattern KEY = Pattern.compile("(annual|item|group):[A-Za-z0-9:_-]{1,150}");

	private final CatalogueItems items;

	private final PublicationClock publicationClock;

	private final ReminderMutes mutes;

	private final Clock clock;

	WorkbenchReminders(CatalogueItems items, PublicationClock publicationClock, ReminderMutes mutes, Clock clock) {
		this.items = items;
		this.publicationClock = publicationClock;
		this.mutes = mutes;
		this.clock = clock;
	}

	/**
	 * The caller's visible groups.
	 * @param annual the annual reports the caller prepares that are still to publish
	 * @param agencyNames agency code to name
	 */
	@Transactional(readOnly = true)
	List<Group> groups(CurrentUser user, List<GenerateAnnualReport.Reminder> annual, Map<String, String> agencyNames) {
		var groups = new ArrayList<Group>();
		if (annual != null && !annual.isEmpty()) {
			groups.add(group("annual", "/workbench/annual-reports", annual.stream()
				.map(r -> new Reminder("annual:" + r.year() + ":" + r.agency(), r.overdue() ? "overdue" : "due",
						(agencyNames == null ? r.agency() : agencyNames.getOrDefault(r.agency(), r.agency())) + " "
								+ r.year(),
						"/workbench/annual-reports/" + r.year() + "/" + r.agency(), r.due(), (int) -r.daysLeft()))
				.toList()));
		}
		if (user.department() != null) {
			var today = publicationClock.today();
			var overdue = items.findByDepartmentCodeAndPublishedAtIsNullAndStatusNotAndPublishDueOnBeforeOrderByPublishDueOnAsc(
					user.department(), ItemStatus.WITHDRAWN, today, PageRequest.of(0, 100));
			if (!overdue.isEmpty()) {
				groups.add(group("item", "/workbench?kind=item&due=overdue", overdue.stream()
					.map(item -> new Reminder("item:" + item.getId(), item.getStatus() + ":" + item.getPublishDueOn(),
							item.getTitle(), "/workbench/items/" + item.getId(), item.getPublishDueOn(),
							(int) ChronoUnit.DAYS.between(item.getPublishDueOn(), today)))
					.toList()));
			}
		}
		return visible(user.userName(), groups);
	}

	private static Group group(String kind, String link, List<Reminder> reminders) {
		var all = reminders.stream().map(r -> r.key() + "=" + r.state()).sorted().collect(Collectors.joining(","));
		return new Group(kind, link, reminders, Integer.toHexString(all.hashCode()) + ":" + reminders.size());
	}

	private List<Group> visible(String userName, List<Group> groups) {
		var muted = mutes.findByUserName(userName)
			.stream()
			.collect(Collectors.toMap(ReminderMute::getReminderKey, Function.identity()));
		var now = clock.instant();
		var shown = new ArrayList<Group>();
		for (var group : groups) {
			var groupMute = muted.get(group.key());
			if (groupMute != null && groupMute.hides(group.state(), now)) {
				continue;
			}
			var reminders = group.reminders()
				.stream()
				.filter(r -> muted.get(r.key()) == null || !muted.get(r.key()).hides(r.state(), now))
				.toList();
			if (!reminders.isEmpty()) {
				shown.add(new Group(group.kind(), group.link(), reminders, group.state()));
			}
		}
		return shown;
	}

	/**
	 * Dismisses (until the reminder's state changes) or snoozes (a day, a week) one reminder or group.
	 * @param action {@code dismiss}, {@code day} or {@code week}
	 * @return false if the key or action is not one this knows
	 */
	@Transactional
	boolean mute(String userName, String key, String state, String action) {
		if (key == null || !KEY.matcher(key).matches() || state != null && state.length() > 200) {
			return false;
		}
		var now = clock.instant();
		var mute = mutes.findByUserNameAndReminderKey(userName, key).orElseGet(() -> new ReminderMute(userName, key));
		switch (action == null ? "" : action) {
			case "dismiss" -> mute.dismiss(state == null ? "" : state, now);
			case "day" -> mute.snooze(now.plus(Duration.ofDays(1)), now);
			case "week" -> mute.snooze(now.plus(Duration.ofDays(7)), now);
			default -> {
				return false;
			}
		}
		mutes.save(mute);
		return true;
	}

	/** One reminder: what it is about, its state (a dismissal holds while it is unchanged), where to act. */
	record Reminder(String key, String state, String label, String link, java.time.LocalDate due, int daysOverdue) {

		public boolean overdue() {
			return daysOverdue > 0;
		}
	}

	/** The reminders of one kind; the group's state changes when a reminder joins, leaves or changes. */
	record Group(String kind, String link, List<Reminder> reminders, String state) {

		public String key() {
			return "group:" + kind;
		}

		public long overdueCount() {
			return reminders.stream().filter(Reminder::overdue).count();
		}

		public int longestOverdue() {
			return reminders.stream().mapToInt(Reminder::daysOverdue).max().orElse(0);
		}

		public java.time.LocalDate nextDue() {
			return reminders.stream().map(Reminder::due).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).orElse(null);
		}
	}
}
