package org.gongkai.workflow.information;

import org.gongkai.workflow.Refusal;

/** The adopted item was already sent into the catalogue, as the given catalogue item. */
public class ReportAlreadyInCatalogue extends RuntimeException implements Refusal {

	private final Long itemId;

	public ReportAlreadyInCatalogue(Long reportId, Long itemId) {
		super("Information report " + reportId + " is already catalogue item " + itemId);
		this.itemId = itemId;
	}

	public Long itemId() {
		return itemId;
	}

	@Override
	public String messageKey() {
		return "fact.report.alreadyInCatalogue";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(itemId) };
	}
}
