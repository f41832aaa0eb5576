package org.gongkai.search;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the catalogue index from the system of record while the portal keeps searching and
 * writing: fills a new physical index, then swaps the alias to it in one atomic step and deletes the
 * old index. For a mapping change, after an index was lost or damaged, or to prove the index matches
 * the database.
 *
 * <h2>How nothing is lost</h2>
 * <ol>
 * <li><b>Begin.</b> Create {@code <alias>-v<N>-<timestamp>} from the bundled mapping, carrying the
 * second alias {@code <alias>-rebuild} as its write index, in the same create request. From that
 * moment every {@link CatalogueIndex} write, on every portal node, goes to the live index and to the
 * new one (see {@link CatalogueIndex}): the marker is in the cluster state, which all nodes share,
 * not in one JVM. The same alias is the lock: Elasticsearch refuses a second index claiming to be its
 * write index, so a second rebuild (any node) fails with {@link RebuildAlreadyRunning} instead of
 * racing.
 * <li><b>Fill.</b> Read every public item from {@link CatalogueRecords#readAll} and {@code _bulk}
 * it into the new index, rendered and sent on several threads. Searches keep using the alias, still on the old index.
 * <li><b>Catch up.</b> A page read early in the fill may reach Elasticsearch after a newer state of
 * the same item that the relay has just double-written, and overwrite it; an item withdrawn during
 * the fill may be put back. So, after the fill, everything {@link CatalogueRecords#changedSince
 * changed since the rebuild began} is written again (or removed) in its current state, and again,
 * for as long as a pass finds a state (row version) it has not written yet: a change that slipped
 * in behind one pass's read is the next pass's work, and once a pass finds nothing new, every later
 * change is the relay's, whose writes reach the new index directly. "Since" reaches
 * {@value #CATCH_UP_MARGIN_SECONDS} s further back than the start, because the database stamps a
 * change when its transaction runs, not when it commits, and portal nodes' clocks differ a little.
 * <li><b>Swap.</b> Refresh the new index, then one {@code _aliases} request removes the alias from
 * the old index, adds it to the new one and removes the rebuild alias, all or nothing. Both removals
 * use {@code must_exist}, so a rebuild that another one discarded meanwhile cannot swap. A search
 * sees the old index or the complete new one, never a half-filled one; a write resolved before the
 * swap went to both indices, one resolved after it to the new one.
 * <li><b>Retire.</b> After a short pause for searches still running on the old index, delete it.
 * </ol>
 * If anything fails before the swap, the new index is deleted (its rebuild alias with it) and the
 * live index is untouched; the caller may simply try again.
 *
 * <p>Writes are idempotent renderings of an item's current state, so the double writes, the
 * repeated passes and a relay applying the same entry twice all converge on the same index.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/indices-aliases.html">atomic
 *      alias actions, must_exist, is_write_index</a>
 */
public final class CatalogueReindex {

	static final long CATCH_UP_MARGIN_SECONDS = 60;

	/** How much earlier than the start of the rebuild the catch-up looks for changes; see above. */
	static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(CATCH_UP_MARGIN_SECONDS);

	/** Passes after which the catch-up stops even if items keep changing (the relay goes on). */
	static final int MAX_CATCH_UP_PASSES = 10;

	/** How long searches that resolved the alias just before the swap may still use the old index. */
	static final Duration RETIRE_DELAY = Duration.ofSeconds(2);

	/** Times a bulk request of the rebuild is sent before a stall of Elasticsearch abandons the rebuild. */
	static final int WRITE_ATTEMPTS = 5;

	/** The pause before the second attempt; it doubles after each (1, 2, 4, 8 s). */
	static final Duration WRITE_RETRY_PAUSE = Duration.ofSeconds(1);

	/** The new index's refresh interval while it is filled: none. */
	static final String NO_REFRESH = "-1";

	/** Elasticsearch's default refresh interval, the new index's once filled (the bundled mapping sets none). */
	static final String REFRESH_INTERVAL = "1s";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	/** One fill worker per core: rendering is CPU-bound, and Elasticsearch's answers overlap the others' rendering. */
	public static final int DEFAULT_WORKERS = Runtime.getRuntime().availableProcessors();

	private static final AtomicInteger FILL_THREAD_NUMBER = new AtomicInteger();

	private static final ThreadFactory FILL_THREADS = task -> {
		Thread thread = new Thread(task, "catalogue-rebuild-" + FILL_THREAD_NUMBER.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	};

	private static final Logger log = LoggerFactory.getLogger(CatalogueReindex.class);

	private final ElasticsearchClient client;

	private final CatalogueIndex index;

	private final Clock clock;

	private final Duration retireDelay;

	private final int workers;

	/**
	 * Rebuilds the index behind {@code index}'s alias, with the same client, rendering and sending on
	 * as many threads as the machine has cores.
	 */
	public CatalogueReindex(ElasticsearchClient client, CatalogueIndex index) {
		this(client, index, DEFAULT_WORKERS);
	}

	/**
	 * @param workers threads that render items and send them to Elasticsearch during the fill (at least 1)
	 */
	public CatalogueReindex(ElasticsearchClient client, CatalogueIndex index, int workers) {
		this(client, index, Clock.systemUTC(), RETIRE_DELAY, workers);
	}

	CatalogueReindex(ElasticsearchClient client, CatalogueIndex index, Clock clock, Duration retireDelay) {
		this(client, index, clock, retireDelay, DEFAULT_WORKERS);
	}

	CatalogueReindex(ElasticsearchClient client, CatalogueIndex index, Clock clock, Duration retireDelay, int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("A rebuild needs at least one worker, not " + workers);
		}
		this.client = client;
		this.index = index;
		this.clock = clock;
		this.retireDelay = retireDelay;
		this.workers = workers;
	}

	/**
	 * Rebuilds the index from {@code records} and returns once the alias points at the new index and
	 * the old one is deleted; takes as long as reading and indexing the whole catalogue.
	 * @param discardUnfinished delete the new index of a rebuild that is still registered (because the
	 *        node running it crashed) instead of failing; a rebuild really still running then fails
	 *        at its swap and leaves the index as it was
	 * @throws RebuildAlreadyRunning if another rebuild is registered and {@code discardUnfinished} is
	 *         false
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (nothing changed; try again)
	 * @throws IndexingFailed if Elasticsearch refused documents (nothing changed)
	 */
	public Rebuilt rebuild(CatalogueRecords records, boolean discardUnfinished) {
		long start = System.nanoTime();
		Instant startedAt = this.clock.instant();
		this.index.ensureIndex();
		String target = begin(startedAt, discardUnfinished);
		List<String> previous;
		long documents;
		int reapplied;
		try {
			documents = fill(target, records);
			reapplied = catchUp(target, records, startedAt.minus(CATCH_UP_MARGIN));
			refreshEvery(target, REFRESH_INTERVAL);
			Calls.call("refreshing " + target, () -> this.client.indices().refresh(r -> r.index(target)));
			previous = swap(target);
		}
		catch (RuntimeException ex) {
			abandon(target, ex);
			throw ex;
		}
		retire(previous);
		Rebuilt rebuilt = new Rebuilt(target, previous, documents, reapplied,
				Duration.ofNanos(System.nanoTime() - start));
		log.info("Rebuilt the catalogue index: {} documents into {} ({} re-applied), alias {} moved from {} in {} ms",
				documents, target, reapplied, this.index.alias(), previous, rebuilt.took().toMillis());
		return rebuilt;
	}

	/**
	 * The new index of the rebuild now running, if one is (on any node).
	 * @throws SearchUnavailable if Elasticsearch cannot be reached
	 */
	public List<String> running() {
		return targetsOf(this.index.rebuildAlias());
	}

	/**
	 * The physical indices the alias points at: one, or none before the first item is indexed.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached
	 */
	public List<String> live() {
		return targetsOf(this.index.alias());
	}

	private String begin(Instant startedAt, boolean discardUnfinished) {
		String rebuildAlias = this.index.rebuildAlias();
		for (String unfinished : targetsOf(rebuildAlias)) {
			if (!discardUnfinished) {
				throw new RebuildAlreadyRunning(unfinished);
			}
			log.warn("Discarding the unfinished catalogue rebuild into {}", unfinished);
			Calls.call("discarding " + unfinished,
					() -> this.client.indices().delete(d -> d.index(unfinished).ignoreUnavailable(true)));
		}
		String target = this.index.alias() + CatalogueIndex.VERSION_SUFFIX + "-" + STAMP.format(startedAt);
		try {
			Calls.call("creating " + target, () -> {
				try (InputStream json = this.index.definition()) {
					return this.client.indices()
						.create(c -> c.withJson(json).index(target).aliases(rebuildAlias, a -> a.isWriteIndex(true)));
				}
			});
		}
		catch (ElasticsearchException ex) {
			String type = (ex.error() != null) ? ex.error().type() : "";
			if ("resource_already_exists_exception".equals(type) || "illegal_state_exception".equals(type)
					&& String.valueOf(ex.error().reason()).contains("more than one write index")) {
				// another node began a rebuild between our check and our create
				throw new RebuildAlreadyRunning(targetsOf(rebuildAlias).stream().findFirst().orElse(target));
			}
			throw ex;
		}
		log.info("Rebuilding the catalogue index into {}; writes go there too while {} exists", target, rebuildAlias);
		try {
			if (this.index.layout().replicas() == null) {
				copyReplicas(target);
			}
			refreshEvery(target, NO_REFRESH);
		}
		catch (RuntimeException ex) {
			abandon(target, ex);
			throw ex;
		}
		return target;
	}

	/**
	 * Sets how often Elasticsearch makes the new index's recent writes searchable. Nobody searches it before
	 * the swap, so the fill runs with {@value #NO_REFRESH} (Elasticsearch's advice for a bulk load): each
	 * periodic refresh writes a small segment that Elasticsearch merges again, once a second for half an hour
	 * at 1,000,000 items, on the cores that render the documents (docs/performance.md, G7). The interval is
	 * set back to Elasticsearch's default, {@value #REFRESH_INTERVAL}, before the final refresh and the swap.
	 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/tune-for-indexing-speed.html">Tune for indexing speed</a>
	 */
	private void refreshEvery(String target, String interval) {
		Calls.call("setting the refresh interval of " + target, () -> this.client.indices()
			.putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time(interval)))));
	}

	/**
	 * Gives the new index the live index's replicas when the {@link IndexLayout} leaves them open:
	 * operators may have raised them by hand on the live index of a multi-node cluster, and the bundled
	 * mapping says none. A layout that names the replicas has already given them to the new index.
	 */
	private void copyReplicas(String target) {
		var live = Calls.call("reading the live index settings",
				() -> this.client.indices().getSettings(g -> g.index(this.index.alias())));
		String replicas = null;
		String autoExpand = null;
		for (IndexState state : live.result().values()) {
			IndexSettings settings = (state.settings() != null) ? state.settings().index() : null;
			if (settings != null && settings.numberOfReplicas() != null) {
				replicas = settings.numberOfReplicas();
			}
			if (settings != null && settings.autoExpandReplicas() != null) {
				autoExpand = settings.autoExpandReplicas();
			}
		}
		String copiedReplicas = ("0".equals(replicas)) ? null : replicas;
		String copiedAutoExpand = ("false".equals(autoExpand)) ? null : autoExpand;
		if (copiedReplicas == null && copiedAutoExpand == null) {
			return;
		}
		Calls.call("copying replica settings to " + target, () -> this.client.indices().putSettings(p -> p.index(target)
			.settings(s -> {
				if (copiedAutoExpand != null) {
					s.autoExpandReplicas(copiedAutoExpand);
				}
				else {
					s.numberOfReplicas(copiedReplicas);
				}
				return s;
			})));
	}

	/**
	 * Reads every item on the calling thread and has {@link #workers} threads render and send them, a
	 * bulk request of {@value CatalogueIndex#BULK_BATCH} each: rendering (Lucene's smart Chinese
	 * segmenter, most of the CPU of a rebuild) runs on every core, and while one worker waits for
	 * Elasticsearch the others render. At most two chunks per worker are read ahead, so memory stays
	 * bounded however large the catalogue. Writes carry the item's version ({@code external_gte}), so the
	 * order in which chunks arrive does not matter. The first failure stops the fill: chunks not yet
	 * started are skipped, the rebuild is abandoned and the live index stays as it was.
	 */
	private long fill(String target, CatalogueRecords records) {
		long[] count = { 0 };
		List<String> refused = Collections.synchronizedList(new ArrayList<>());
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Semaphore inFlight = new Semaphore(2 * this.workers);
		ExecutorService pool = Executors.newFixedThreadPool(this.workers, FILL_THREADS);
		try {
			records.readAll(batch -> {
				for (int from = 0; from < batch.size(); from += CatalogueIndex.BULK_BATCH) {
					List<CatalogueDocument> chunk = batch.subList(from, Math.min(batch.size(), from + CatalogueIndex.BULK_BATCH));
					throwIfFailed(failure);
					inFlight.acquireUninterruptibly();
					pool.execute(() -> {
						try {
							if (failure.get() == null) {
								List<Function<String, BulkOperation>> writes = new ArrayList<>(chunk.size());
								for (CatalogueDocument doc : chunk) {
									writes.add(CatalogueIndex.indexing(doc.id(), this.index.render(doc), doc.version()));
								}
								refused.addAll(write(target, writes));
							}
						}
						catch (RuntimeException ex) {
							failure.compareAndSet(null, ex);
						}
						finally {
							inFlight.release();
						}
					});
				}
				count[0] += batch.size();
			});
			inFlight.acquireUninterruptibly(2 * this.workers);
			throwIfFailed(failure);
		}
		finally {
			// after a failure, let the chunks already sent finish before the caller abandons the index
			pool.shutdown();
			awaitQuietly(pool);
		}
		if (!refused.isEmpty()) {
			throw new IndexingFailed("Elasticsearch refused " + refused.size() + " catalogue items while filling "
					+ target + "; the live index is unchanged: " + refused, refused, null);
		}
		return count[0];
	}

	private static void awaitQuietly(ExecutorService pool) {
		try {
			if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
				pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			pool.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private static void throwIfFailed(AtomicReference<RuntimeException> failure) {
		RuntimeException ex = failure.get();
		if (ex != null) {
			throw ex;
		}
	}

	private int catchUp(String target, CatalogueRecords records, Instant since) {
		Map<String, Long> written = new HashMap<>();
		int reapplied = 0;
		for (int pass = 1; pass <= MAX_CATCH_UP_PASSES; pass++) {
			List<CatalogueRecords.Change> todo = records.changedSince(since)
				.stream()
				.filter(change -> !Objects.equals(written.get(change.id()), change.version()))
				.toList();
			if (todo.isEmpty()) {
				return reapplied;
			}
			List<Function<String, BulkOperation>> writes = new ArrayList<>();
			for (CatalogueRecords.Change change : todo) {
				writes.add((change.document() != null)
						? CatalogueIndex.indexing(change.id(), this.index.render(change.document()), change.version())
						: CatalogueIndex.deleting(change.id(), change.version()));
			}
			List<String> refused = write(target, writes);
			if (!refused.isEmpty()) {
				throw new IndexingFailed("Elasticsearch refused " + refused.size() + " changed catalogue items in "
						+ target + "; the live index is unchanged: " + refused, refused, null);
			}
			todo.forEach(change -> written.put(change.id(), change.version()));
			reapplied += todo.size();
			log.debug("Catch-up pass {} into {} re-applied {} changes", pass, target, todo.size());
		}
		log.warn("Items still changing after {} catch-up passes into {}; the relay applies what follows",
				MAX_CATCH_UP_PASSES, target);
		return reapplied;
	}

	/**
	 * Writes through the rebuild alias (with {@code require_alias}, so a discarded rebuild can neither
	 * auto-create its index again nor write into another rebuild's index unnoticed), in batches;
	 * returns the ids Elasticsearch refused.
	 */
	private List<String> write(String target, List<Function<String, BulkOperation>> writes) {
		String rebuildAlias = this.index.rebuildAlias();
		List<String> refused = new ArrayList<>();
		for (int from = 0; from < writes.size(); from += CatalogueIndex.BULK_BATCH) {
			BulkRequest.Builder request = new BulkRequest.Builder();
			writes.subList(from, Math.min(writes.size(), from + CatalogueIndex.BULK_BATCH))
				.forEach(write -> request.operations(write.apply(rebuildAlias)));
			BulkResponse response = send(target, request.build());
			for (BulkResponseItem item : response.items()) {
				if (CatalogueIndex.indexNotFound(item) || item.index() != null && !target.equals(item.index())) {
					throw new IllegalStateException("The rebuild into " + target
							+ " was discarded by another rebuild; the live index is unchanged");
				}
				if (item.error() == null || CatalogueIndex.superseded(item)) {
					continue; // superseded: the relay already wrote a newer state of the item
				}
				if (Calls.isRetryable(item.status())) {
					throw new SearchUnavailable("Elasticsearch rejected catalogue item " + item.id() + " for now: "
							+ item.error().reason(), null);
				}
				log.warn("Elasticsearch refused catalogue item {} in {}: {} {}", item.id(), target, item.error().type(),
						item.error().reason());
				refused.add(item.id());
			}
		}
		return refused;
	}

	/**
	 * Sends one bulk request of the rebuild, again after a pause when Elasticsearch does not answer in time
	 * or answers "try later" (the whole request or some of its items), up to {@value #WRITE_ATTEMPTS} times
	 * in about half a minute. A node that stalls for seconds (a long flush, a disk that stops) must not cost
	 * a rebuild of half an hour; sending a chunk twice is harmless, as every write carries the item's version.
	 */
	private BulkResponse send(String target, BulkRequest bulk) {
		for (int attempt = 1;; attempt++) {
			String retry;
			try {
				BulkResponse response = Calls.call("writing to " + target, () -> this.client.bulk(bulk));
				var busy = response.items().stream().filter(i -> i.error() != null && Calls.isRetryable(i.status())).findFirst();
				if (busy.isEmpty() || attempt == WRITE_ATTEMPTS) {
					return response;
				}
				retry = busy.get().status() + " " + busy.get().error().reason();
			}
			catch (SearchUnavailable ex) {
				if (attempt == WRITE_ATTEMPTS) {
					throw ex;
				}
				retry = ex.getMessage();
			}
			Duration pause = WRITE_RETRY_PAUSE.multipliedBy(1L << (attempt - 1));
			log.warn("Writing to {} failed (attempt {} of {}), again in {} ms: {}", target, attempt, WRITE_ATTEMPTS,
					pause.toMillis(), retry);
			try {
				Thread.sleep(pause.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SearchUnavailable("Interrupted while waiting to write to " + target + " again", ex);
			}
		}
	}

	private List<String> swap(String target) {
		String alias = this.index.alias();
		List<String> previous = targetsOf(alias);
		List<Action> actions = new ArrayList<>();
		for (String old : previous) {
			actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias).mustExist(true))));
		}
		actions.add(Action.of(a -> a.add(add -> add.index(target).alias(alias))));
		actions.add(Action.of(a -> a.remove(r -> r.index(target).alias(this.index.rebuildAlias()).mustExist(true))));
		Calls.call("moving alias " + alias + " to " + target, () -> this.client.indices().updateAliases(u -> u.actions(actions)));
		return previous;
	}

	private void retire(List<String> previous) {
		if (previous.isEmpty()) {
			return;
		}
		try {
			Thread.sleep(this.retireDelay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (String old : previous) {
			try {
				Calls.call("deleting " + old, () -> this.client.indices().delete(d -> d.index(old).ignoreUnavailable(true)));
			}
			catch (RuntimeException ex) {
				log.warn("The catalogue now uses its new index, but the old index {} could not be deleted; delete it by hand: {}",
						old, ex.toString());
			}
		}
	}

	/**
	 * Deletes the new index (and with it the rebuild alias) after a failure, unless the alias already
	 * points at it: a swap whose answer was lost may still have happened.
	 */
	private void abandon(String target, RuntimeException cause) {
		try {
			if (targetsOf(this.index.alias()).contains(target)) {
				log.warn("The swap to {} happened although it reported {}; keeping it", target, cause.toString());
				return;
			}
			Calls.call("deleting " + target, () -> this.client.indices().delete(d -> d.index(target).ignoreUnavailable(true)));
			log.warn("Catalogue rebuild into {} abandoned, the live index is unchanged: {}", target, cause.toString());
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
			log.warn("Catalogue rebuild into {} failed and its index could not be deleted; the next rebuild "
					+ "with \"discard unfinished\" removes it", target);
		}
	}

	/** The indices an alias points at, sorted; none if it does not exist. */
	private List<String> targetsOf(String alias) {
		return Calls.call("looking up alias " + alias, () -> {
			if (!this.client.indices().existsAlias(a -> a.name(alias)).value()) {
				return List.of();
			}
			return this.client.indices().getAlias(g -> g.name(alias)).result().keySet().stream().sorted().toList();
		});
	}

}
