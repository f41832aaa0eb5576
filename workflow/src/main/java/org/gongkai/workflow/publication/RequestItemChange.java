package org.gongkai.workflow.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department asks to correct, mark 失效/废止, or withdraw a published item; the change is reviewed
 * (a correction by 保密审查 first, then the department head) before it reaches the public catalogue.
 */
@Service
public class RequestItemChange {

	private final CatalogueItems items;

	private final CatalogueChanges changes;

	private final ItemContentRules rules;

	private final CaseEvents events;

	private final RuntimeService runtime;

	private final Clock clock;

	RequestItemChange(CatalogueItems items, CatalogueChanges changes, ItemContentRules rules, CaseEvents events,
			RuntimeService runtime, Clock clock) {
		this.items = items;
		this.changes = changes;
		this.rules = rules;
		this.events = events;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * @param proposed the corrected content, for {@link ChangeKind#CORRECT} only
	 * @param effectiveDate for 失效/废止, the date it takes effect; null means today
	 * @throws ItemNotInExpectedState unless the item is published
	 * @throws ChangeAlreadyUnderReview if another change of the item is under review
	 * @throws InvalidItemContent if the reason is missing or a correction has no content
	 */
	@Transactional
	public CatalogueChange request(Long itemId, ChangeKind kind, String reason, ItemContent proposed,
			LocalDate effectiveDate, String author) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		if (item.getStatus() != ItemStatus.PUBLISHED) {
			throw new ItemNotInExpectedState(itemId, item.getStatus(), "changed (" + kind + ")");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidItemContent("reason", "change.reason.required");
		}
		if (kind == ChangeKind.CORRECT) {
			if (proposed == null) {
				throw new InvalidItemContent("title", "item.title.required");
			}
			rules.check(new ItemContent(proposed.title(), proposed.summary(), proposed.body(), proposed.issuer(),
					proposed.writtenDate(), proposed.docNumber(), item.getColumnCode(), proposed.topic(),
					proposed.genre(), proposed.keywords(), item.getDisclosureClass(), item.getWithholdingReason(),
					item.getReviewOn(), proposed.effectiveOn(), item.getInterpretsItemId()), itemId);
		}
		if (changes.existsByItemIdAndStatus(itemId, ChangeStatus.IN_REVIEW)) {
			throw new ChangeAlreadyUnderReview(itemId);
		}
		var now = clock.instant();
		var change = changes.save(new CatalogueChange(itemId, kind, reason.strip(),
				kind == ChangeKind.CORRECT ? proposed : null, effectiveDate, author, now));
		var variables = new HashMap<String, Object>();
		variables.put(CatalogueChangeProcess.ITEM_ID, itemId);
		variables.put(CatalogueChangeProcess.CHANGE_ID, change.getId());
		variables.put(CatalogueChangeProcess.DEPARTMENT_CODE, item.getDepartmentCode());
		variables.put(CatalogueChangeProcess.AUTHOR, author);
		variables.put(CatalogueChangeProcess.SECRECY_REVIEW, kind.releasesContent());
		var process = runtime.startProcessInstanceByKey(CatalogueChangeProcess.KEY, String.valueOf(itemId), variables);
		change.attachProcess(process.getId());
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "CHANGE_REQUESTED_" + kind, author, now, reason.strip()));
		return change;
	}
}
