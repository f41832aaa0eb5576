package org.gongkai.workflow.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Changes of published items, under review or decided. */
public interface CatalogueChanges extends JpaRepository<CatalogueChange, Long> {

	List<CatalogueChange> findByItemIdOrderByRequestedAtDescIdDesc(Long itemId);

	boolean existsByItemIdAndStatus(Long itemId, ChangeStatus status);
}
