package org.gongkai.portal.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.workflow.publication.CatalogueItem;

/** A catalogue item as the API returns it to staff, with the full metadata of SPEC §4.1. */
public record CatalogueItemView(Long id, String status, String indexNo, String title, String summary, String body,
		String issuer, String departmentCode, LocalDate writtenDate, String docNumber, String columnCode, String topic,
		String genre, String validity, Instant publishedAt, Instant updatedAt, String keywords, String disclosureClass,
		String withholdingReason, LocalDate reviewOn, LocalDate effectiveOn, LocalDate repealedOn,
		Long interpretsItemId, LocalDate publishDueOn, boolean publishDueProvisional, int revision,
		String withdrawnReason, Long sourceRequestId) {

	static CatalogueItemView of(CatalogueItem item) {
		return new CatalogueItemView(item.getId(), item.getStatus().name(), item.getIndexNo(), item.getTitle(),
				item.getSummary(), item.getBody(), item.getIssuer(), item.getDepartmentCode(), item.getWrittenDate(),
				item.getDocNumber(), item.getColumnCode(), item.getTopic(), item.getGenre(), item.getValidity().label(),
				item.getPublishedAt(), item.getUpdatedAt(), item.getKeywords(), item.getDisclosureClass().name(),
				item.getWithholdingReason() == null ? null : item.getWithholdingReason().name(), item.getReviewOn(),
				item.getEffectiveOn(), item.getRepealedOn(), item.getInterpretsItemId(), item.getPublishDueOn(),
				item.isPublishDueProvisional(), item.getRevision(), item.getWithdrawnReason(),
				item.getSourceRequestId());
	}
}
