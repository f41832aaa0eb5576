package org.gongkai.workflow.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Earlier versions of corrected items. */
public interface CatalogueItemRevisions extends JpaRepository<CatalogueItemRevision, Long> {

	List<CatalogueItemRevision> findByItemIdOrderByRevisionDesc(Long itemId);
}
