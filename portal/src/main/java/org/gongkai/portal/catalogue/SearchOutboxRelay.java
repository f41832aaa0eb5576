package org.gongkai.portal.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.search.CatalogueIndex;
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
 * Applying an entry renders the item's current state, so applying it twice, or on two nodes at
 * once, gives the same index; an entry is deleted only after Elasticsearch accepted it.
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
				for (var entry : due) {
					try {
						apply(entry, current.get(entry.getItemId()));
						outbox.delete(entry);
						applied++;
					}
					catch (SearchUnavailable down) {
						throw down;
					}
					catch (RuntimeException rejected) {
						log.warn("Item {} not indexed, will retry: {}", entry.getItemId(), rejected.toString());
						entry.failed(rejected.toString(), now);
						outbox.save(entry);
					}
				}
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

	private void apply(SearchOutboxEntry entry, CatalogueItem item) {
		if (item != null && item.isPublic() && entry.getAction() == SearchOutboxEntry.Action.INDEX) {
			index.index(documents.render(List.of(item)).get(0));
		}
		else {
			index.delete(String.valueOf(entry.getItemId()));
		}
	}
}
