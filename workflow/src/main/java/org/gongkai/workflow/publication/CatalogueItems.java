package org.gongkai.workflow.publication;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All catalogue items, public or not. */
public interface CatalogueItems extends JpaRepository<CatalogueItem, Long> {

	List<CatalogueItem> findByStatusOrderByPublishedAtDesc(ItemStatus status, Pageable page);

	List<CatalogueItem> findByIdIn(Collection<Long> ids);

	List<CatalogueItem> findByDepartmentCodeOrderByUpdatedAtDesc(String departmentCode, Pageable page);
}
