package org.gongkai.portal.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The catalogue items published in a window of time [since, until), by column or by the departments of an agency's sub-site. */
interface SubscribedItems extends Repository<CatalogueItem, Long> {

	@Query("""
			select i from CatalogueItem i
			where i.status = :status and i.columnCode in :columns and i.publishedAt >= :since and i.publishedAt < :until
			order by i.publishedAt, i.id""")
	List<CatalogueItem> inColumns(ItemStatus status, Collection<String> columns, Instant since, Instant until);

	@Query("""
			select i from CatalogueItem i
			where i.status = :status and i.departmentCode in :departments and i.publishedAt >= :since and i.publishedAt < :until
			order by i.publishedAt, i.id""")
	List<CatalogueItem> ofDepartments(ItemStatus status, Collection<String> departments, Instant since, Instant until);

	List<CatalogueItem> findByIdIn(Collection<Long> ids);

	/** Index changes written up to {@code until} that the search outbox has not applied yet. */
	@Query("select count(e) from SearchOutboxEntry e where e.createdAt <= :until")
	long pendingIndexChanges(Instant until);
}
