package org.gongkai.workflow.information;

/** The adopted item was already sent into the catalogue, as the given catalogue item. */
public class ReportAlreadyInCatalogue extends RuntimeException {

	private final Long itemId;

	public ReportAlreadyInCatalogue(Long reportId, Long itemId) {
		super("Information report " + reportId + " is already catalogue item " + itemId);
		this.itemId = itemId;
	}

	public Long itemId() {
		return itemId;
	}
}
