package org.gongkai.portal.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.search.CatalogueIndex;
import org.gongkai.search.IndexingFailed;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItemPublished;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.SearchOutbox;
import org.gongkai.workflow.publication.SearchIndexChanged;
import org.gongkai.workflow.publication.SearchOutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies the search outbox to Elasticsearch: right after a publication commits, and every few
 * seconds on every node for whatever is still pending (Elasticsearch was down, a node crashed).
 * Applying an entry renders the item's current state with its row version, so applying it twice,
 * or on two nodes at once, gives the same index: a node that read the row just before it changed
 * cannot overwrite the newer state (see {@link CatalogueIndex}, versions); an entry is deleted only
 * after Elasticsearch accepted it.
 */
@Component
class SearchOutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(SearchOutboxRelay.class);

	private static final int BATCH = 200;

	private final SearchOutbox outbox;

	private final CatalogueItems items;

	private final CatalogueDocuments documents;

	private final CatalogueIndex index;

	private final Clock clock;

	private final AtomicBoolean indexReady = new AtomicBoolean();

	private final AtomicBoolean draining = new AtomicBoolean();

	SearchOutboxRelay(SearchOutbox outbox, CatalogueItems items, CatalogueDocuments documents, CatalogueIndex index,
			Clock clock) {
		this.outbox = outbox;
		this.items = items;
		this.documents = documents;
		this.index = index;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void published(CatalogueItemPublished event) {
		drain();
	}

	@Async
	@TransactionalEventListener
	void changed(SearchIndexChanged event) {
		drain();
	}

	@Scheduled(fixedDelayString = "${gongkai.search.relay-interval:2s}", initialDelay = 1000)
	void poll() {
		drain();
	}

	/**
	 * Applies every due entry; returns how many were applied. While Elasticsearch is unreachable
	 * nothing is backed off, so everything goes out on the first poll after it returns; an entry the
	 * index itself rejects is retried later with growing pauses without holding up the others.
	 */
	int drain() {
		if (!draining.compareAndSet(false, true)) {
			return 0;
		}
		int applied = 0;
		try {
			if (!indexReady.get()) {
				index.ensureIndex();
				indexReady.set(true);
			}
			while (true) {
				var now = clock.instant();
				var due = outbox.findByNextAttemptAtLessThanEqualOrderByIdAsc(now, PageRequest.of(0, BATCH));
				if (due.isEmpty()) {
					return applied;
				}
				var current = items.findByIdIn(due.stream().map(SearchOutboxEntry::getItemId).distinct().toList())
					.stream()
					.collect(Collectors.toMap(CatalogueItem::getId, Function.identity()));
				applied += apply(due, current, now);
				if (due.size() < BATCH) {
					return applied;
				}
			}
		}
		catch (SearchUnavailable down) {
			log.debug("Elasticsearch unavailable, outbox kept for the next poll: {}", down.toString());
			return applied;
		}
		catch (RuntimeException e) {
			log.warn("Search outbox not drained, will retry: {}", e.toString());
			return applied;
		}
		finally {
			draining.set(false);
		}
	}

	/**
	 * Applies one batch of entries: each item once, as its last entry in the batch and its current row
	 * say (indexed if it is public now and was last queued for indexing, removed otherwise), the items to
	 * index in one {@code _bulk} request so that the batch costs one index refresh, not one per item.
	 * Entries of items the index refused stay queued for a later attempt.
	 */
	private int apply(List<SearchOutboxEntry> due, Map<Long, CatalogueItem> current, Instant now) {
		Map<Long, SearchOutboxEntry.Action> lastAction = new LinkedHashMap<>();
		due.forEach(entry -> lastAction.put(entry.getItemId(), entry.getAction()));
		List<CatalogueItem> toIndex = new ArrayList<>();
		Map<Long, CatalogueItem> toDelete = new LinkedHashMap<>();
		lastAction.forEach((id, action) -> {
			var item = current.get(id);
			if (item != null && item.isPublic() && action == SearchOutboxEntry.Action.INDEX) {
				toIndex.add(item);
			}
			else {
				toDelete.put(id, item);
			}
		});
		Map<String, String> refused = new HashMap<>();
		if (!toIndex.isEmpty()) {
			try {
				index.bulkIndex(documents.render(toIndex));
			}
			catch (IndexingFailed failed) {
				failed.ids().forEach(id -> refused.put(id, failed.getMessage()));
			}
		}
		for (var deletion : toDelete.entrySet()) {
			var id = deletion.getKey();
			var item = deletion.getValue();
			try {
				if (item != null) {
					index.delete(String.valueOf(id), item.getVersion());
				}
				else {
					index.delete(String.valueOf(id));
				}
			}
			catch (SearchUnavailable down) {
				throw down;
			}
			catch (RuntimeException rejected) {
				refused.put(String.valueOf(id), rejected.toString());
			}
		}
		int applied = 0;
		for (var entry : due) {
			var reason = refused.get(String.valueOf(entry.getItemId()));
			if (reason == null) {
				outbox.delete(entry);
				applied++;
			}
			else {
				log.warn("Item {} not indexed, will retry: {}", entry.getItemId(), reason);
				entry.failed(reason, now);
				outbox.save(entry);
			}
		}
		return applied;
	}
}
