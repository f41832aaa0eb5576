package org.gongkai.workflow.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All catalogue items, public or not. */
public interface CatalogueItems extends JpaRepository<CatalogueItem, Long> {

	List<CatalogueItem> findByStatusOrderByPublishedAtDesc(ItemStatus status, Pageable page);

	List<CatalogueItem> findByIdIn(Collection<Long> ids);

	List<CatalogueItem> findByDepartmentCodeOrderByUpdatedAtDesc(String departmentCode, Pageable page);

	Optional<CatalogueItem> findFirstBySourceRequestId(Long requestId);

	/** The public 政策解读 of a document. */
	List<CatalogueItem> findByInterpretsItemIdAndStatusOrderByPublishedAtDesc(Long itemId, ItemStatus status);

	/** A department's items not yet published (nor withdrawn) whose art. 26 publication deadline has passed. */
	List<CatalogueItem> findByDepartmentCodeAndPublishedAtIsNullAndStatusNotAndPublishDueOnBeforeOrderByPublishDueOnAsc(
			String departmentCode, ItemStatus status, java.time.LocalDate today, Pageable page);
}
