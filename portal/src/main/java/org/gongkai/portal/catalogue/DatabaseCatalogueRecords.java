package org.gongkai.portal.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.gongkai.search.CatalogueDocument;
import org.gongkai.search.CatalogueRecords;
import org.gongkai.workflow.publication.CatalogueItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as a catalogue rebuild reads it: public items page by page in id order (keyset
 * paging, one short read-only transaction per page, so a rebuild of a large catalogue holds no long
 * transaction and no growing persistence context), and the items whose row changed since a moment.
 */
@Component
class DatabaseCatalogueRecords implements CatalogueRecords {

	static final int PAGE = 500;

	private final EntityManager entityManager;

	private final CatalogueDocuments documents;

	private final TransactionTemplate readOnly;

	DatabaseCatalogueRecords(EntityManager entityManager, CatalogueDocuments documents,
			TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.documents = documents;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Walks every row, whatever its status, and passes on those {@link CatalogueItem#isPublic()} says
	 * are public, so that the rule of what the public sees stays in one place.
	 */
	@Override
	public void readAll(Consumer<List<CatalogueDocument>> batch) {
		long after = 0;
		while (true) {
			long from = after;
			var page = readOnly.execute(status -> {
				var items = entityManager
					.createQuery("select i from CatalogueItem i where i.id > :after order by i.id", CatalogueItem.class)
					.setParameter("after", from)
					.setMaxResults(PAGE)
					.getResultList();
				var read = new Page(items.isEmpty() ? from : items.get(items.size() - 1).getId(), items.size(),
						documents.render(items.stream().filter(CatalogueItem::isPublic).toList()));
				entityManager.clear();
				return read;
			});
			if (!page.documents().isEmpty()) {
				batch.accept(page.documents());
			}
			if (page.rows() < PAGE) {
				return;
			}
			after = page.lastId();
		}
	}

	private record Page(long lastId, int rows, List<CatalogueDocument> documents) {
	}

	@Override
	public List<Change> changedSince(Instant since) {
		return readOnly.execute(status -> {
			var items = entityManager
				.createQuery("select i from CatalogueItem i where i.updatedAt >= :since order by i.id", CatalogueItem.class)
				.setParameter("since", since)
				.getResultList();
			var rendered = documents.render(items.stream().filter(CatalogueItem::isPublic).toList()).iterator();
			var changes = new ArrayList<Change>();
			for (var item : items) {
				changes.add(item.isPublic() ? Change.index(rendered.next(), item.getVersion())
						: Change.remove(String.valueOf(item.getId()), item.getVersion()));
			}
			entityManager.clear();
			return changes;
		});
	}
}
