package org.gongkai.portal.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.gongkai.search.CatalogueIndex;
import org.gongkai.search.IndexingFailed;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.outbox.OutboxBackOff;
import org.gongkai.workflow.outbox.OutboxHandler;
import org.gongkai.workflow.outbox.OutboxPolicy;
import org.gongkai.workflow.outbox.OutboxRelay;
import org.gongkai.workflow.outbox.OutboxTargetUnavailable;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItemPublished;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.SearchIndexChanged;
import org.gongkai.workflow.publication.SearchOutbox;
import org.gongkai.workflow.publication.SearchOutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies the search outbox to Elasticsearch: the {@code search} topic of the one {@link OutboxRelay},
 * nudged right after a publication commits and every {@code gongkai.search.relay-interval} on every node
 * for whatever is still pending (Elasticsearch was down, a node crashed). Applying an entry renders the
 * item's current state with its row version, so applying it twice, or on two nodes at once, gives the
 * same index: a node that read the row just before it changed cannot overwrite the newer state (see
 * {@link CatalogueIndex}, versions); an entry is deleted only after Elasticsearch accepted it.
 * <p>
 * While Elasticsearch is unreachable nothing is backed off, so everything goes out on the first pass
 * after it returns; an entry the index itself rejects is retried later with growing pauses (2 s doubling
 * up to 5 min) without holding up the others.
 */
@Component
class SearchOutboxRelay implements OutboxHandler<SearchOutboxEntry> {

	private static final Logger log = LoggerFactory.getLogger(SearchOutboxRelay.class);

	private static final int BATCH = 200;

	private static final OutboxBackOff BACK_OFF = new OutboxBackOff(Duration.ofSeconds(2), Duration.ofMinutes(5));

	private final CatalogueItems items;

	private final CatalogueDocuments documents;

	private final CatalogueIndex index;

	private final OutboxRelay<SearchOutboxEntry> relay;

	private final AtomicBoolean indexReady = new AtomicBoolean();

	SearchOutboxRelay(SearchOutbox outbox, CatalogueItems items, CatalogueDocuments documents, CatalogueIndex index,
			SearchProperties properties, Clock clock) {
		this.items = items;
		this.documents = documents;
		this.index = index;
		// one chunk is one _bulk request, so the batch costs one index refresh, not one per item
		this.relay = new OutboxRelay<>(outbox, this,
				new OutboxPolicy("search", BATCH, BATCH, properties.claimTimeout(), BACK_OFF, Duration.ZERO, false),
				clock);
	}

	@TransactionalEventListener
	void published(CatalogueItemPublished event) {
		relay.nudge();
	}

	@TransactionalEventListener
	void changed(SearchIndexChanged event) {
		relay.nudge();
	}

	@Scheduled(fixedDelayString = "${gongkai.search.relay-interval:2s}", initialDelay = 1000)
	void poll() {
		relay.nudge();
	}

	/** Applies every due entry this node can claim, on the calling thread; returns how many were applied. */
	int drain() {
		return relay.drain();
	}

	/** Creates the index (and its alias) on the first pass that finds Elasticsearch up. */
	@Override
	public boolean ready() {
		if (indexReady.get()) {
			return true;
		}
		try {
			index.ensureIndex();
			indexReady.set(true);
			return true;
		}
		catch (SearchUnavailable down) {
			log.debug("Elasticsearch unavailable, outbox kept for the next poll: {}", down.toString());
			return false;
		}
	}

	/**
	 * Applies one chunk of entries: each item once, as its last entry in the chunk and its current row
	 * say (indexed if it is public now and was last queued for indexing, removed otherwise), the items to
	 * index in one {@code _bulk} request. Entries of items the index refused stay queued for a later attempt.
	 */
	@Override
	public Map<Long, String> deliver(List<SearchOutboxEntry> due) {
		try {
			return apply(due);
		}
		catch (SearchUnavailable down) {
			throw new OutboxTargetUnavailable(down.toString(), down);
		}
	}

	private Map<Long, String> apply(List<SearchOutboxEntry> due) {
		var current = items.findByIdIn(due.stream().map(SearchOutboxEntry::getItemId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CatalogueItem::getId, Function.identity()));
		Map<Long, SearchOutboxEntry.Action> lastAction = new LinkedHashMap<>();
		due.stream()
			.sorted(Comparator.comparing(SearchOutboxEntry::getId))
			.forEach(entry -> lastAction.put(entry.getItemId(), entry.getAction()));
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
		Map<Long, String> refusedEntries = new HashMap<>();
		for (var entry : due) {
			var reason = refused.get(String.valueOf(entry.getItemId()));
			if (reason != null) {
				refusedEntries.put(entry.getId(), reason);
			}
		}
		return refusedEntries;
	}

	@Override
	public String describe(SearchOutboxEntry entry) {
		return "entry " + entry.getId() + " (" + entry.getAction() + " item " + entry.getItemId() + ")";
	}

	@PreDestroy
	void stop() throws InterruptedException {
		relay.stop();
	}
}
