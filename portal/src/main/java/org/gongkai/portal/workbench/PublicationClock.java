package org.gongkai.portal.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.PublicationProperties;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/** The art. 26 clock of catalogue items as the workbench shows it: due date, working days left, colour. */
@Component
class PublicationClock {

	private final CatalogueItems items;

	private final WorkingDayCalendar calendar;

	private final PublicationProperties properties;

	private final Clock clock;

	PublicationClock(CatalogueItems items, WorkingDayCalendar calendar, PublicationProperties properties, Clock clock) {
		this.items = items;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	java.time.ZoneId zone() {
		return properties.zone();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	/** Working days from today to the due date; negative once overdue. */
	int workingDaysLeft(LocalDate due) {
		return calendar.workingDaysBetween(today(), due);
	}

	/** Clocks of the publication tasks among the given ones, by task id; one query for all items. */
	Map<String, WorkbenchController.Clock> clocks(List<TaskView> tasks, int warningDays) {
		Set<Long> ids = tasks.stream()
			.filter(t -> CataloguePublicationProcess.KEY.equals(t.processKey()) && t.caseId() != null)
			.map(t -> Long.valueOf(t.caseId()))
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		var byId = items.findByIdIn(ids).stream().collect(Collectors.toMap(CatalogueItem::getId, Function.identity()));
		var today = today();
		var clocks = new HashMap<String, WorkbenchController.Clock>();
		for (var task : tasks) {
			var item = CataloguePublicationProcess.KEY.equals(task.processKey()) && task.caseId() != null
					? byId.get(Long.valueOf(task.caseId())) : null;
			if (item != null && item.getPublishDueOn() != null) {
				int left = calendar.workingDaysBetween(today, item.getPublishDueOn());
				clocks.put(task.id(), new WorkbenchController.Clock(item.getPublishDueOn(), left,
						left < 0 ? "red" : left <= warningDays ? "amber" : "green"));
			}
		}
		return clocks;
	}
}
