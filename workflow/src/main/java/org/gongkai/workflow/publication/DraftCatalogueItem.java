package org.gongkai.workflow.publication;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A department's clerk starts a catalogue item: the draft and its publication process begin together. */
@Service
public class DraftCatalogueItem {

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final Departments departments;

	private final CaseEvents events;

	private final RuntimeService runtime;

	private final Clock clock;

	DraftCatalogueItem(CatalogueItems items, CatalogueColumns columns, Departments departments, CaseEvents events,
			RuntimeService runtime, Clock clock) {
		this.items = items;
		this.columns = columns;
		this.departments = departments;
		this.events = events;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * Saves a draft for the author's department and starts its publication process.
	 * @throws UnknownReference if the column or department does not exist
	 */
	@Transactional
	public CatalogueItem draft(ItemContent content, String departmentCode, String author) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("department", departmentCode);
		}
		if (!columns.existsById(content.columnCode())) {
			throw new UnknownReference("columnCode", content.columnCode());
		}
		var now = clock.instant();
		var item = items.save(new CatalogueItem(content, departmentCode, author, now));
		var process = runtime.startProcessInstanceByKey(CataloguePublicationProcess.KEY, String.valueOf(item.getId()),
				Map.of(CataloguePublicationProcess.ITEM_ID, item.getId(),
						CataloguePublicationProcess.DEPARTMENT_CODE, departmentCode,
						CataloguePublicationProcess.AUTHOR, author));
		item.attachProcess(process.getId());
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, item.getId(), "DRAFTED", author, now, null));
		return item;
	}
}
