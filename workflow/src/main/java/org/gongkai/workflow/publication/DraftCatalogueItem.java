package org.gongkai.workflow.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's clerk starts a catalogue item: the draft and its publication process begin together,
 * with the art. 26 deadline (20 WD from the 成文日期; a 政策解读 3 WD from its document's publication).
 */
@Service
public class DraftCatalogueItem {

	private final CatalogueItems items;

	private final ItemContentRules rules;

	private final Departments departments;

	private final CaseEvents events;

	private final RuntimeService runtime;

	private final WorkingDayCalendar calendar;

	private final PublicationProperties properties;

	private final Clock clock;

	DraftCatalogueItem(CatalogueItems items, ItemContentRules rules, Departments departments, CaseEvents events,
			RuntimeService runtime, WorkingDayCalendar calendar, PublicationProperties properties, Clock clock) {
		this.items = items;
		this.rules = rules;
		this.departments = departments;
		this.events = events;
		this.runtime = runtime;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Saves a draft for the author's department and starts its publication process.
	 * @throws UnknownReference if the column or department does not exist
	 * @throws InvalidItemContent if the content breaks a rule of {@link ItemContentRules}
	 */
	@Transactional
	public CatalogueItem draft(ItemContent content, String departmentCode, String author) {
		return start(content, departmentCode, author, null, "DRAFTED", null);
	}

	/** The same, for a draft prefilled from a disclosed reply (依申请转主动, art. 44). */
	@Transactional
	public CatalogueItem promoted(ItemContent content, String departmentCode, String author, Long requestId) {
		return start(content, departmentCode, author, requestId, "PROMOTED_FROM_REQUEST", String.valueOf(requestId));
	}

	/**
	 * The same, for a draft the general office writes from an adopted 政务信息 item (SPEC §5): it
	 * enters the ordinary publication flow, 保密审查 included.
	 */
	@Transactional
	public CatalogueItem fromReport(ItemContent content, String departmentCode, String author, Long reportId) {
		return start(content, departmentCode, author, null, "PROMOTED_FROM_REPORT", String.valueOf(reportId));
	}

	/**
	 * The same, for the item that carries a year's annual report (SPEC §3): the office submits it at
	 * once, and it is approved by the given levels after the department head instead of the ⚙ default.
	 */
	@Transactional
	public CatalogueItem forAnnualReport(ItemContent content, String departmentCode, String author, Long reportId,
			List<String> approvalLevels) {
		return start(content, departmentCode, author, null, "FROM_ANNUAL_REPORT", String.valueOf(reportId),
				approvalLevels);
	}

	private CatalogueItem start(ItemContent content, String departmentCode, String author, Long requestId,
			String eventType, String note) {
		return start(content, departmentCode, author, requestId, eventType, note, properties.approvalLevels());
	}

	private CatalogueItem start(ItemContent content, String departmentCode, String author, Long requestId,
			String eventType, String note, List<String> approvalLevels) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("department", departmentCode);
		}
		rules.check(content, null);
		var now = clock.instant();
		var item = items.save(new CatalogueItem(content, departmentCode, author, now, requestId));
		var deadline = deadline(content);
		item.publishBy(deadline);
		var variables = new HashMap<String, Object>();
		variables.put(CataloguePublicationProcess.ITEM_ID, item.getId());
		variables.put(CataloguePublicationProcess.DEPARTMENT_CODE, departmentCode);
		variables.put(CataloguePublicationProcess.AUTHOR, author);
		variables.put(CataloguePublicationProcess.APPROVAL_LEVELS, new ArrayList<>(approvalLevels));
		var overdueAt = deadline.due().plusDays(1).atStartOfDay(properties.zone()).toInstant();
		variables.put(CataloguePublicationProcess.PUBLISH_OVERDUE_AT, Date.from(overdueAt));
		// a timer that is due at once would race the clerk's first click: flag it in this transaction
		variables.put(CataloguePublicationProcess.PUBLISH_OVERDUE, !overdueAt.isAfter(now));
		var process = runtime.startProcessInstanceByKey(CataloguePublicationProcess.KEY, String.valueOf(item.getId()),
				variables);
		item.attachProcess(process.getId());
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, item.getId(), eventType, author, now, note));
		return item;
	}

	/** 政策解读: 3 WD from the interpreted document's publication; everything else 20 WD from 成文日期. */
	private Deadline deadline(ItemContent content) {
		if (content.interpretsItemId() != null) {
			var interpreted = items.findById(content.interpretsItemId()).orElseThrow();
			LocalDate published = interpreted.getPublishedAt().atZone(properties.zone()).toLocalDate();
			return calendar.addWorkingDays(published, properties.interpretationWorkingDays());
		}
		return calendar.addWorkingDays(content.writtenDate(), properties.publishWorkingDays());
	}
}
