package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes published catalogue items to Elasticsearch: creates the index behind its alias, indexes
 * and deletes items. The portal calls it after the publishing transaction commits, through a
 * durable outbox, and passes only public items.
 *
 * <p>The application only ever names the alias ({@code catalogue}); the first physical index is
 * {@code catalogue-v2}, created from {@code elasticsearch/catalogue-v2.json}. {@link CatalogueReindex}
 * rebuilds the index from the database into a new physical index ({@code catalogue-v2-<timestamp>},
 * or {@code -v3-…} once a {@code catalogue-v3.json} exists) and swaps the alias atomically; the
 * minimal clusters we support have no {@code _reindex}, and the index is never rebuilt from itself.
 *
 * <p><b>Writes during a rebuild.</b> While a rebuild runs, its new index carries a second alias,
 * {@link #rebuildAlias() <alias>-rebuild}. Every write here ({@link #index}, {@link #delete},
 * {@link #bulkIndex}) is one {@code _bulk} request with each operation twice: once for the alias and
 * once for the rebuild alias, the latter with {@code require_alias} so that it fails harmlessly with
 * {@code index_not_found} when no rebuild runs, instead of auto-creating an index. The marker lives in
 * the cluster state, not in a JVM, so every portal node sees it on its next write, and Elasticsearch
 * resolves both names of one bulk request against the same cluster state: a write lands either in
 * the old index and the new one, or (after the swap) in the new one only, never in the old one
 * alone. One round trip per write, as before.
 *
 * <p><b>Versions.</b> Every write carries the item's row version ({@link CatalogueDocument#version()})
 * as an {@code external_gte} version: Elasticsearch keeps the state with the highest version it has
 * seen and answers an older one with a version conflict, which counts as done (a newer state is
 * already there). So when two portal nodes relay the same item at once, or a rebuild copies a row
 * just before it changes, the older rendering can never overwrite the newer one; an equal version
 * replaces the document (the same row rendered again, e.g. after its department was renamed). A
 * versioned delete leaves a tombstone for {@code index.gc_deletes} (60 s), long enough for any relay
 * still holding the older state. After restoring the database from a backup (row versions go back),
 * rebuild the index ({@link CatalogueReindex}).
 *
 * <p>The mapping asks for one shard and no replicas, right for one node; a cluster of several nodes
 * gives an {@link IndexLayout} with one replica, which the index is created with (and every rebuild's
 * new index). Replicas raised by hand on the live index ({@code index.number_of_replicas}, a dynamic
 * setting) are carried over by a rebuild when the layout leaves them open.
 *
 * <p>Every method throws {@link SearchUnavailable} when Elasticsearch cannot be reached, so the
 * caller can retry later.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/aliases.html">aliases</a>
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/docs-bulk.html">_bulk and require_alias</a>
 */
public final class CatalogueIndex {

	/** The alias the application uses unless told otherwise. */
	public static final String DEFAULT_ALIAS = "catalogue";

	/**
	 * The settings and mappings of the current physical index version. v2 adds {@code agencies} (the
	 * agencies whose sub-site lists an item); {@link #ensureIndex()} adds it to a v1 index in place, and
	 * a rebuild fills it for the items indexed before.
	 */
	static final String MAPPING_RESOURCE = "/elasticsearch/catalogue-v2.json";

	static final String VERSION_SUFFIX = "-v2";

	/** Appended to the alias to name the alias of the index a running rebuild fills. */
	static final String REBUILD_SUFFIX = "-rebuild";

	/** Documents per {@code _bulk} request: a few megabytes each, well under the request size limit. */
	static final int BULK_BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);

	private final ElasticsearchClient client;

	private final String alias;

	private final IndexLayout layout;

	private final CatalogueSource source = new CatalogueSource(new ChineseAnalysis());

	private volatile boolean ensured;

	public CatalogueIndex(ElasticsearchClient client) {
		this(client, DEFAULT_ALIAS);
	}

	public CatalogueIndex(ElasticsearchClient client, String alias) {
		this(client, alias, IndexLayout.BUNDLED);
	}

	/** Writes through {@code alias}, and creates new physical indices with {@code layout}'s shards and replicas. */
	public CatalogueIndex(ElasticsearchClient client, String alias, IndexLayout layout) {
		if (alias == null || alias.isBlank()) {
			throw new IllegalArgumentException("The catalogue alias must not be blank");
		}
		this.client = client;
		this.alias = alias;
		this.layout = (layout != null) ? layout : IndexLayout.BUNDLED;
	}

	/** The alias that searches and writes go through. */
	public String alias() {
		return this.alias;
	}

	/**
	 * The alias that exists only while {@link CatalogueReindex} fills a new index, and points at it;
	 * writes go there too while it exists.
	 */
	public String rebuildAlias() {
		return this.alias + REBUILD_SUFFIX;
	}

	/** The shards and replicas of the physical indices this creates, and a rebuild too. */
	public IndexLayout layout() {
		return this.layout;
	}

	/** The physical index this version creates behind the alias when there is none: {@code <alias>-v2}. */
	public String physicalIndex() {
		return this.alias + VERSION_SUFFIX;
	}

	/**
	 * Creates {@code <alias>-v2} with the bundled settings and mappings, and the {@link #layout()}, and points the alias at it,
	 * unless the alias already exists (the index it points at then only gets the fields added since v1,
	 * so that writes of this version are accepted; a rebuild fills them for older items). Idempotent,
	 * and safe when several portal nodes start at once: an index another node has just created counts
	 * as success.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached
	 */
	public void ensureIndex() {
		Calls.call("creating the catalogue index", () -> {
			if (this.client.indices().existsAlias(a -> a.name(this.alias)).value()) {
				// adding a field to a mapping is allowed on a live index; the same definition again is a no-op
				this.client.indices()
					.putMapping(m -> m.index(this.alias).properties(CatalogueSource.AGENCIES, f -> f.keyword(k -> k)));
				return null;
			}
			String index = physicalIndex();
			try (InputStream json = definition()) {
				this.client.indices().create(c -> c.withJson(json).index(index).aliases(this.alias, a -> a));
				log.info("Created search index {} behind alias {}", index, this.alias);
			}
			catch (ElasticsearchException ex) {
				if (ex.error() == null || !"resource_already_exists_exception".equals(ex.error().type())) {
					throw ex;
				}
				// another node won the race; its create request set the alias too, this just makes sure
				this.client.indices().putAlias(p -> p.index(index).name(this.alias));
			}
			return null;
		});
		this.ensured = true;
	}

	/**
	 * Indexes (adds or replaces) one item and returns once a search can see it.
	 *
	 * <p>Uses {@code refresh=true}: the shard is refreshed before the answer, so an editor who
	 * publishes an item and then searches finds it, and the public does within tens of milliseconds of
	 * the approval (G4 of the benchmark). {@code wait_for} waited for the next periodic refresh, half a
	 * second on average and up to the {@code refresh_interval}. A refresh per request is cheap at the
	 * rate items are published (the relay sends a batch of changes in one request, so one refresh);
	 * a rebuild writes without it and refreshes once at the end.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (retry later)
	 * @throws IndexingFailed if Elasticsearch refuses the document
	 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/docs-refresh.html">?refresh</a>
	 */
	public void index(CatalogueDocument doc) {
		ensureIndexOnce();
		Map<String, Object> document = this.source.render(doc);
		write("indexing catalogue item " + doc.id(), List.of(new Write(indexing(doc.id(), document, doc.version()))));
	}

	/**
	 * Removes an item from the index whatever version it has there; an id that is not indexed is fine.
	 * Visible to searches on return, like {@link #index}. For an item that still exists, prefer
	 * {@link #delete(String, long)}.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (retry later)
	 */
	public void delete(String id) {
		write("deleting catalogue item " + id, List.of(new Write(deleting(id))));
	}

	/**
	 * Removes an item that left the public catalogue in row version {@code version} (withdrawn, made
	 * non-public): a state of the item with a higher version that is already indexed stays, and an
	 * older one that arrives later is refused. An id that is not indexed is fine.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (retry later)
	 */
	public void delete(String id, long version) {
		write("deleting catalogue item " + id, List.of(new Write(deleting(id, version))));
	}

	/**
	 * Indexes many items with {@code _bulk}, {@value #BULK_BATCH} to a request, and returns once a
	 * search can see them; for filling a new index or catching up after an outage.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached or rejected items for load (retry
	 *         later; indexing is idempotent)
	 * @throws IndexingFailed naming the items Elasticsearch refused; the others were indexed
	 */
	public void bulkIndex(List<CatalogueDocument> docs) {
		if (docs.isEmpty()) {
			return;
		}
		ensureIndexOnce();
		List<String> refused = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (int from = 0; from < docs.size(); from += BULK_BATCH) {
			List<Write> batch = new ArrayList<>();
			for (CatalogueDocument doc : docs.subList(from, Math.min(docs.size(), from + BULK_BATCH))) {
				batch.add(new Write(indexing(doc.id(), this.source.render(doc), doc.version())));
			}
			try {
				write("indexing " + batch.size() + " catalogue items", batch);
			}
			catch (IndexingFailed ex) {
				// keep going: the other batches are independent of the refused items
				refused.addAll(ex.ids());
				reasons.add(ex.getMessage());
			}
		}
		if (!refused.isEmpty()) {
			throw new IndexingFailed("Elasticsearch refused " + refused.size() + " of " + docs.size()
					+ " catalogue items: " + String.join("; ", reasons), refused, null);
		}
	}

	/**
	 * Whether Elasticsearch answers a cluster health request with green or yellow. (The client's
	 * {@code ping()} and {@code info()} call {@code GET /}, which some deployments forbid.)
	 */
	public boolean available() {
		try {
			return this.client.cluster().health().status() != HealthStatus.Red;
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Elasticsearch is not available", ex);
			return false;
		}
	}

	/**
	 * How many items the index behind the alias holds (as of its last refresh); 0 if there is no
	 * index yet.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached
	 */
	public long count() {
		try {
			return Calls.call("counting catalogue items", () -> this.client.count(c -> c.index(this.alias)).count());
		}
		catch (ElasticsearchException ex) {
			if (Calls.isIndexNotFound(ex)) {
				return 0;
			}
			throw ex;
		}
	}

	/** The {@code _source} of a document, with its derived token fields. */
	Map<String, Object> render(CatalogueDocument doc) {
		return this.source.render(doc);
	}

	/** One document's write, as a bulk operation for any target (the alias or the rebuild alias). */
	private record Write(Function<String, BulkOperation> to) {
	}

	static Function<String, BulkOperation> indexing(String id, Map<String, Object> document, long version) {
		// require_alias: a missing alias must fail, never auto-create a concrete index with a dynamic mapping
		return target -> BulkOperation.of(op -> op.index(i -> i.index(target)
			.id(id)
			.document(document)
			.version(version)
			.versionType(VersionType.ExternalGte)
			.requireAlias(true)));
	}

	static Function<String, BulkOperation> deleting(String id) {
		// a delete never auto-creates an index; on a missing one it fails with index_not_found
		return target -> BulkOperation.of(op -> op.delete(d -> d.index(target).id(id)));
	}

	static Function<String, BulkOperation> deleting(String id, long version) {
		return target -> BulkOperation
			.of(op -> op.delete(d -> d.index(target).id(id).version(version).versionType(VersionType.ExternalGte)));
	}

	/** Whether Elasticsearch refused a write because it already holds a newer state of the item. */
	static boolean superseded(BulkResponseItem item) {
		return item.error() != null && "version_conflict_engine_exception".equals(item.error().type());
	}

	/**
	 * Sends the writes to the alias and to the rebuild alias in one {@code _bulk} request that returns
	 * once a search can see them, and sorts out the answer. The rebuild alias missing is the normal
	 * case. The alias missing means the index was deleted since we checked: it is created again and
	 * the request sent once more. A delete from a missing index has nothing to do.
	 */
	private void write(String what, List<Write> writes) {
		BulkRequest.Builder request = new BulkRequest.Builder().refresh(Refresh.True);
		for (Write write : writes) {
			// the pairs' order matters: items at even positions are the alias's, odd ones the rebuild's
			request.operations(write.to().apply(this.alias));
			request.operations(write.to().apply(rebuildAlias()));
		}
		BulkRequest bulk = request.build();
		BulkResponse response = send(what, bulk);
		if (response.errors() && aliasMissing(response)) {
			ensureIndex();
			response = send(what, bulk);
		}
		if (!response.errors()) {
			return;
		}
		List<String> refused = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		List<BulkResponseItem> items = response.items();
		for (int i = 0; i < items.size(); i++) {
			BulkResponseItem item = items.get(i);
			boolean rebuild = (i % 2 == 1);
			if (item.error() == null || superseded(item) || indexNotFound(item) && (rebuild || isDelete(item))) {
				continue;
			}
			if (Calls.isRetryable(item.status()) || indexNotFound(item)) {
				throw new SearchUnavailable("Elasticsearch rejected catalogue item " + item.id() + " in "
						+ item.index() + " for now: " + item.error().reason(), null);
			}
			if (!refused.contains(item.id())) {
				refused.add(item.id());
			}
			reasons.add(item.id() + " in " + item.index() + ": " + item.error().type() + " " + item.error().reason());
		}
		if (!refused.isEmpty()) {
			throw new IndexingFailed("Elasticsearch refused " + what + ": " + String.join("; ", reasons), refused, null);
		}
	}

	/** Whether an item for the alias (not the rebuild alias) could not be indexed for want of the index. */
	private static boolean aliasMissing(BulkResponse response) {
		List<BulkResponseItem> items = response.items();
		for (int i = 0; i < items.size(); i += 2) {
			if (indexNotFound(items.get(i)) && !isDelete(items.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDelete(BulkResponseItem item) {
		return item.operationType() == OperationType.Delete;
	}

	private BulkResponse send(String what, BulkRequest bulk) {
		return Calls.call(what, () -> this.client.bulk(bulk));
	}

	static boolean indexNotFound(BulkResponseItem item) {
		return item.error() != null && "index_not_found_exception".equals(item.error().type());
	}

	private void ensureIndexOnce() {
		if (!this.ensured) {
			ensureIndex();
		}
	}

	/** The settings and mappings of a new physical index: the bundled ones with this index's layout. */
	InputStream definition() {
		InputStream json = CatalogueIndex.class.getResourceAsStream(MAPPING_RESOURCE);
		if (json == null) {
			throw new IllegalStateException("Missing " + MAPPING_RESOURCE + " on the class path");
		}
		return this.layout.applyTo(json);
	}

}
