package org.gongkai.workflow.information;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which adopted items were sent into the catalogue, and as which item. */
public interface ReportCatalogueItems extends JpaRepository<ReportCatalogueItem, Long> {

	Optional<ReportCatalogueItem> findByItemId(Long itemId);
}
