package org.gongkai.portal.catalogue;

import java.time.Duration;

import org.gongkai.search.CatalogueReindex;
import org.gongkai.search.IndexLayout;
import org.gongkai.search.SearchAdmission;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public index.
 *
 * @param alias the alias the application reads and writes; physical indices are {@code <alias>-v<N>}
 * @param relayInterval how often each node looks for outbox entries not yet applied
 * @param claimTimeout how long a node holds the outbox entries it is applying; after that another node
 *        may take them over (the first is presumed dead)
 * @param shards primary shards of each new physical index, unset for the bundled one; takes effect with
 *        the next index the portal creates (the first, or a rebuild's)
 * @param replicas replicas of each new physical index, unset for the bundled none (a rebuild then keeps
 *        what the live index has); 1 on a cluster of several nodes, see docs/production.md
 * @param rebuildWorkers threads a rebuild renders and sends items on; unset: one per core. Fewer leave
 *        cores to searches while a large catalogue is rebuilt on a busy node
 * @param searchesInFlight catalogue searches this node sends to Elasticsearch at once, at most; more wait
 *        (see {@link SearchAdmission}). Unset: 32, measured best of 8 and 32 for the catalogue's mix of cheap and
 *        broad queries at 1,000,000 items on two cores (docs/performance.md, round 6); divide it among the
 *        portal nodes that share one Elasticsearch
 * @param searchWait how long a search beyond them waits for its turn before it is answered "busy" (503)
 * @param searchBudget how long Elasticsearch may look for one search's hits and counts before it answers with what
 *        it has found, said to be partial; unset: 1 s; zero: no budget. Elasticsearch reads the time every 200 ms,
 *        so a search may overrun it by that much
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(String alias, Duration relayInterval, Duration claimTimeout, Integer shards,
		Integer replicas, Integer rebuildWorkers, Integer searchesInFlight, Duration searchWait,
		Duration searchBudget) {

	public SearchProperties {
		if (alias == null || alias.isBlank()) {
			alias = "catalogue";
		}
		if (relayInterval == null) {
			relayInterval = Duration.ofSeconds(2);
		}
		if (claimTimeout == null) {
			claimTimeout = Duration.ofMinutes(5);
		}
		// fails the start on a negative count, before any index is created with it (the parameters: the
		// fields are assigned only after this body)
		new IndexLayout(shards, replicas);
		if (rebuildWorkers != null && rebuildWorkers < 1) {
			throw new IllegalArgumentException("gongkai.search.rebuild-workers must be at least 1, not " + rebuildWorkers);
		}
		if (searchesInFlight == null) {
			searchesInFlight = 32;
		}
		if (searchWait == null) {
			searchWait = Duration.ofSeconds(1);
		}
		if (searchesInFlight < 1) {
			throw new IllegalArgumentException("gongkai.search.searches-in-flight must be at least 1, not " + searchesInFlight);
		}
		if (searchWait.isNegative()) {
			throw new IllegalArgumentException("gongkai.search.search-wait must not be negative, not " + searchWait);
		}
		if (searchBudget == null) {
			searchBudget = Duration.ofSeconds(1);
		}
		if (searchBudget.isNegative()) {
			throw new IllegalArgumentException("gongkai.search.search-budget must not be negative, not " + searchBudget);
		}
	}

	/** The time budget of each catalogue search, or null for none. */
	Duration budget() {
		return this.searchBudget.isZero() ? null : this.searchBudget;
	}

	/** The bound on this node's searches in flight. */
	SearchAdmission admission() {
		return new SearchAdmission(this.searchesInFlight, this.searchWait);
	}

	/** Threads of a rebuild's fill. */
	int fillWorkers() {
		return (rebuildWorkers != null) ? rebuildWorkers : CatalogueReindex.DEFAULT_WORKERS;
	}

	/** The shards and replicas new physical indices get. */
	IndexLayout layout() {
		return new IndexLayout(shards, replicas);
	}
}
