package org.gongkai.workflow.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The column tree, as data. */
public interface CatalogueColumns extends JpaRepository<CatalogueColumn, String> {

	List<CatalogueColumn> findAllByOrderByParentCodeAscSortOrderAsc();
}
