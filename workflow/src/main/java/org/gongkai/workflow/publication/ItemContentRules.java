package org.gongkai.workflow.publication;

import org.springframework.stereotype.Component;

/** The rules of item content that need the database; run by every use case that writes content. */
@Component
public class ItemContentRules {

	static final String INTERPRETATION_COLUMN = "interpretation";

	private final CatalogueColumns columns;

	private final CatalogueItems items;

	ItemContentRules(CatalogueColumns columns, CatalogueItems items) {
		this.columns = columns;
		this.items = items;
	}

	/**
	 * @param self the item being edited, or null for a new one (an item cannot interpret itself)
	 * @throws UnknownReference if the column does not exist
	 * @throws InvalidItemContent if a withheld item lacks its basis or review date, or the interpreted
	 *         document is not a published item
	 */
	public void check(ItemContent content, Long self) {
		if (content.columnCode() == null || !columns.existsById(content.columnCode())) {
			throw new UnknownReference("columnCode", content.columnCode());
		}
		if (content.disclosureClass() == DisclosureClass.WITHHELD) {
			if (content.withholdingReason() == null) {
				throw new InvalidItemContent("withholdingReason", "item.withholdingReason.required",
						"A withheld item needs its legal basis");
			}
			if (content.reviewOn() == null) {
				throw new InvalidItemContent("reviewOn", "item.reviewOn.required", "A withheld item needs a review date");
			}
		}
		if (content.interpretsItemId() != null) {
			var interpreted = items.findById(content.interpretsItemId())
				.filter(i -> i.isPublic() && !i.getId().equals(self))
				.orElseThrow(() -> new InvalidItemContent("interpretsItemId", "item.interprets.unknown",
						"Item " + content.interpretsItemId() + " is not a published document"));
			if (INTERPRETATION_COLUMN.equals(interpreted.getColumnCode())) {
				throw new InvalidItemContent("interpretsItemId", "item.interprets.unknown",
						"An interpretation interprets a document, not another interpretation");
			}
		}
	}
}
