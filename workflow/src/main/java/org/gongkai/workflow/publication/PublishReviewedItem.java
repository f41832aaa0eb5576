package org.gongkai.workflow.publication;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Departments;

/**
 * Publishes an item whose text was reviewed, and approved for publication, in the case it comes from: a
 * consultation's 意见采纳情况反馈 after its department and the office approved it, a 建议提案 reply after its
 * sign-off and 保密审查. A second, catalogue-side review of the same text would only repeat those steps, so
 * the item has no publication process: it is saved, gets its 索引号 and is queued for the public index in the
 * caller's transaction, and its log names the case it was approved in.
 */
@Service
public class PublishReviewedItem {

	private final CatalogueItems items;

	private final ItemContentRules rules;

	private final Departments departments;

	private final ReviewCatalogueItem review;

	private final CaseEvents events;

	private final WorkingDayCalendar calendar;

	private final PublicationProperties properties;

	private final Clock clock;

	PublishReviewedItem(CatalogueItems items, ItemContentRules rules, Departments departments,
			ReviewCatalogueItem review, CaseEvents events, WorkingDayCalendar calendar, PublicationProperties properties,
			Clock clock) {
		this.items = items;
		this.rules = rules;
		this.departments = departments;
		this.review = review;
		this.events = events;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The published item.
	 *
	 * @param approver who approved the text last in its own case (the item's approver in the catalogue's log)
	 * @param source the kind of case the text was approved in, and its id
	 * @throws UnknownReference if the column or department does not exist
	 * @throws InvalidItemContent if the content breaks a rule of {@link ItemContentRules}
	 */
	@Transactional
	public CatalogueItem publish(ItemContent content, String departmentCode, String author, String approver,
			CaseType source, Long sourceId) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("department", departmentCode);
		}
		rules.check(content, null);
		var now = clock.instant();
		var item = items.save(new CatalogueItem(content, departmentCode, author, now));
		item.publishBy(calendar.addWorkingDays(content.writtenDate(), properties.publishWorkingDays()));
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, item.getId(), "REVIEWED_IN_CASE", author, now,
				source.name() + " " + sourceId));
		item.submit(now);
		review.publish(item.getId(), approver);
		return item;
	}
}
