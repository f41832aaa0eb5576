package org.gongkai.workflow.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.UnknownReference;
import org.springframework.stereotype.Component;

/** The rules of item content that need the database; run by every use case that writes content. */
@Component
public class ItemContentRules {

	static final String INTERPRETATION_COLUMN = "interpretation";

	private final CatalogueColumns columns;

	private final CatalogueItems items;

	private final Clock clock;

	ItemContentRules(CatalogueColumns columns, CatalogueItems items, Clock clock) {
		this.columns = columns;
		this.items = items;
		this.clock = clock;
	}

	/**
	 * @param self the item being edited, or null for a new one (an item cannot interpret itself)
	 * @throws UnknownReference if the column does not exist
	 * @throws InvalidItemContent if a withheld item lacks its basis or review date, or the interpreted
	 *         document is not a published item, a text is longer than {@link ItemLimits} allows or a date
	 *         lies outside {@link ItemLimits#EARLIEST_DATE} to today (written) or ten years ahead
	 */
	public void check(ItemContent content, Long self) {
		checkTextsAndDates(content);
		if (content.columnCode() == null || !columns.existsById(content.columnCode())) {
			throw new UnknownReference("columnCode", content.columnCode());
		}
		if (content.disclosureClass() == DisclosureClass.WITHHELD) {
			if (content.withholdingReason() == null) {
				throw new InvalidItemContent("withholdingReason", "item.withholdingReason.required");
			}
			if (content.reviewOn() == null) {
				throw new InvalidItemContent("reviewOn", "item.reviewOn.required");
			}
		}
		if (content.interpretsItemId() != null) {
			var interpreted = items.findById(content.interpretsItemId())
				.filter(i -> i.isPublic() && !i.getId().equals(self))
				.orElseThrow(() -> new InvalidItemContent("interpretsItemId", "item.interprets.unknown"));
			if (INTERPRETATION_COLUMN.equals(interpreted.getColumnCode())) {
				throw new InvalidItemContent("interpretsItemId", "item.interprets.unknown");
			}
		}
	}

	private void checkTextsAndDates(ItemContent content) {
		max("title", content.title(), ItemLimits.TITLE);
		max("summary", content.summary(), ItemLimits.SUMMARY);
		max("body", content.body(), ItemLimits.BODY);
		max("issuer", content.issuer(), ItemLimits.ISSUER);
		max("docNumber", content.docNumber(), ItemLimits.DOC_NUMBER);
		max("topic", content.topic(), ItemLimits.TOPIC);
		max("genre", content.genre(), ItemLimits.GENRE);
		max("keywords", content.keywords(), ItemLimits.KEYWORDS);
		var today = LocalDate.now(clock);
		var ahead = today.plusYears(ItemLimits.YEARS_AHEAD);
		date("writtenDate", content.writtenDate(), today);
		date("effectiveOn", content.effectiveOn(), ahead);
		date("reviewOn", content.reviewOn(), ahead);
	}

	private static void max(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidItemContent(field, "text.tooLong", max);
		}
	}

	private static void date(String field, LocalDate value, LocalDate latest) {
		if (value != null && (value.isBefore(ItemLimits.EARLIEST_DATE) || value.isAfter(latest))) {
			throw new InvalidItemContent(field, "item.date.window", ItemLimits.EARLIEST_DATE, latest);
		}
	}
}
