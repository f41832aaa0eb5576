package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes published catalogue items to Elasticsearch: creates the index behind its alias, indexes
 * and deletes items. The portal calls it after the publishing transaction commits, through a
 * durable outbox, and passes only public items.
 *
 * <p>The application only ever names the alias ({@code catalogue}); the physical index is
 * {@code catalogue-v1}, created from {@code elasticsearch/catalogue-v1.json}. A mapping change adds
 * {@code catalogue-v2.json}, fills the new index from the database with {@link #bulkIndex} (the
 * minimal clusters we support have no {@code _reindex}), and swaps the alias atomically.
 *
 * <p>The mapping asks for one shard and no replicas, right for one node; a production cluster with
 * several nodes raises {@code index.number_of_replicas} on the live index (a dynamic setting).
 *
 * <p>Every method throws {@link SearchUnavailable} when Elasticsearch cannot be reached, so the
 * caller can retry later.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/aliases.html">aliases</a>
 */
public final class CatalogueIndex {

	/** The alias the application uses unless told otherwise. */
	public static final String DEFAULT_ALIAS = "catalogue";

	/** The settings and mappings of the current physical index version. */
	static final String MAPPING_RESOURCE = "/elasticsearch/catalogue-v1.json";

	static final String VERSION_SUFFIX = "-v1";

	/** Documents per {@code _bulk} request: a few megabytes each, well under the request size limit. */
	static final int BULK_BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);

	private final ElasticsearchClient client;

	private final String alias;

	private final CatalogueSource source = new CatalogueSource(new ChineseAnalysis());

	private volatile boolean ensured;

	public CatalogueIndex(ElasticsearchClient client) {
		this(client, DEFAULT_ALIAS);
	}

	public CatalogueIndex(ElasticsearchClient client, String alias) {
		if (alias == null || alias.isBlank()) {
			throw new IllegalArgumentException("The catalogue alias must not be blank");
		}
		this.client = client;
		this.alias = alias;
	}

	/** The alias that searches and writes go through. */
	public String alias() {
		return this.alias;
	}

	/** The physical index this version creates behind the alias: {@code <alias>-v1}. */
	public String physicalIndex() {
		return this.alias + VERSION_SUFFIX;
	}

	/**
	 * Creates {@code <alias>-v1} with the bundled settings and mappings and points the alias at it,
	 * unless the alias already exists (whatever index it points at then is left alone). Idempotent,
	 * and safe when several portal nodes start at once: an index another node has just created counts
	 * as success.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached
	 */
	public void ensureIndex() {
		Calls.call("creating the catalogue index", () -> {
			if (this.client.indices().existsAlias(a -> a.name(this.alias)).value()) {
				return null;
			}
			String index = physicalIndex();
			try (InputStream json = mapping()) {
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
	 * <p>Uses {@code refresh=wait_for}: the call waits for the next scheduled refresh (at most a
	 * second) instead of forcing one, so an editor who publishes an item and then searches finds it,
	 * without the cost of a refresh per document.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (retry later)
	 * @throws IndexingFailed if Elasticsearch refuses the document
	 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/docs-refresh.html">?refresh</a>
	 */
	public void index(CatalogueDocument doc) {
		ensureIndexOnce();
		Map<String, Object> document = this.source.render(doc);
		for (int attempt = 1;; attempt++) {
			try {
				Calls.call("indexing catalogue item " + doc.id(), () -> this.client.index(i -> i.index(this.alias)
					.id(doc.id())
					.document(document)
					.refresh(Refresh.WaitFor)
					// never let a missing alias auto-create a concrete index with a dynamic mapping
					.requireAlias(true)));
				return;
			}
			catch (ElasticsearchException ex) {
				if (attempt == 1 && Calls.isIndexNotFound(ex)) {
					// the index was deleted since we checked: create it again
					ensureIndex();
					continue;
				}
				throw new IndexingFailed("Elasticsearch refused catalogue item " + doc.id() + ": " + ex.getMessage(),
						List.of(doc.id()), ex);
			}
		}
	}

	/**
	 * Removes an item from the index (when it is withdrawn or made non-public); an id that is not
	 * indexed is fine. Waits for the next refresh like {@link #index}.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached (retry later)
	 */
	public void delete(String id) {
		try {
			Calls.call("deleting catalogue item " + id,
					() -> this.client.delete(d -> d.index(this.alias).id(id).refresh(Refresh.WaitFor)));
		}
		catch (ElasticsearchException ex) {
			if (!Calls.isIndexNotFound(ex)) {
				throw ex;
			}
		}
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
			List<CatalogueDocument> batch = docs.subList(from, Math.min(docs.size(), from + BULK_BATCH));
			BulkRequest.Builder request = new BulkRequest.Builder().index(this.alias)
				.refresh(Refresh.WaitFor)
				.requireAlias(true);
			for (CatalogueDocument doc : batch) {
				Map<String, Object> document = this.source.render(doc);
				request.operations(op -> op.index(i -> i.id(doc.id()).document(document)));
			}
			BulkRequest bulk = request.build();
			BulkResponse response = send(bulk, batch.size());
			if (response.errors() && response.items().stream().anyMatch(CatalogueIndex::indexNotFound)) {
				// the index was deleted since we checked: create it again and resend the batch once
				ensureIndex();
				response = send(bulk, batch.size());
			}
			if (!response.errors()) {
				continue;
			}
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					continue;
				}
				if (Calls.isRetryable(item.status()) || indexNotFound(item)) {
					throw new SearchUnavailable("Elasticsearch rejected catalogue item " + item.id() + " for now: "
							+ item.error().reason(), null);
				}
				refused.add(item.id());
				reasons.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
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

	private BulkResponse send(BulkRequest bulk, int count) {
		return Calls.call("indexing " + count + " catalogue items", () -> this.client.bulk(bulk));
	}

	private static boolean indexNotFound(BulkResponseItem item) {
		return item.error() != null && "index_not_found_exception".equals(item.error().type());
	}

	private void ensureIndexOnce() {
		if (!this.ensured) {
			ensureIndex();
		}
	}

	private static InputStream mapping() {
		InputStream json = CatalogueIndex.class.getResourceAsStream(MAPPING_RESOURCE);
		if (json == null) {
			throw new IllegalStateException("Missing " + MAPPING_RESOURCE + " on the class path");
		}
		return json;
	}

}
