package org.gongkai.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How many primary shards and replicas a new physical catalogue index gets, where the deployment
 * says so; {@code null} keeps what the bundled {@code catalogue-v<N>.json} says (one shard, no
 * replicas: right for one node). A cluster sets one replica, so that losing a node loses no item
 * and searches keep answering (docs/production.md, "Elasticsearch cluster").
 *
 * <p>Both are applied only when the portal creates an index: the first one, and the new one of every
 * rebuild. {@code number_of_shards} cannot change on a live index, so a new shard count takes effect
 * with the next rebuild; {@code number_of_replicas} is dynamic and can also be changed on the live
 * index by hand.
 *
 * @param shards primary shards of a new index, at least 1, or {@code null} for the bundled value
 * @param replicas replicas of each shard of a new index, at least 0, or {@code null} for the bundled
 *        value (a rebuild then keeps the replicas of the live index)
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/index-modules.html#index-modules-settings">index
 *      settings, static and dynamic</a>
 */
public record IndexLayout(Integer shards, Integer replicas) {

	/** What the bundled mapping file says. */
	public static final IndexLayout BUNDLED = new IndexLayout(null, null);

	private static final ObjectMapper JSON = new ObjectMapper();

	public IndexLayout {
		if (shards != null && shards < 1) {
			throw new IllegalArgumentException("An index needs at least one shard, not " + shards);
		}
		if (replicas != null && replicas < 0) {
			throw new IllegalArgumentException("Replicas cannot be negative: " + replicas);
		}
	}

	/**
	 * The index definition ({@code settings} and {@code mappings}) read from {@code definition}, with
	 * this layout's shards and replicas put into its {@code settings.index}.
	 */
	InputStream applyTo(InputStream definition) {
		try (definition) {
			ObjectNode root = (ObjectNode) JSON.readTree(definition);
			ObjectNode index = root.withObject("/settings/index");
			if (this.shards != null) {
				index.put("number_of_shards", this.shards);
			}
			if (this.replicas != null) {
				index.put("number_of_replicas", this.replicas);
			}
			return new ByteArrayInputStream(JSON.writeValueAsBytes(root));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the catalogue index definition", ex);
		}
	}
}
