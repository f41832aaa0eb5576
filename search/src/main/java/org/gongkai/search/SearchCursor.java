package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The opaque {@code next} cursor of a search: the sort values of the last hit, as the
 * {@code search_after} of the following page, in Base64url-encoded JSON headed by the sort order
 * they belong to.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/paginate-search-results.html#search-after">search_after</a>
 */
final class SearchCursor {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SearchCursor() {
	}

	static String encode(String order, List<FieldValue> sortValues) {
		ArrayNode array = JSON.createArrayNode().add(order);
		for (FieldValue value : sortValues) {
			switch (value._kind()) {
				case Double -> array.add(value.doubleValue());
				case Long -> array.add(value.longValue());
				case String -> array.add(value.stringValue());
				case Boolean -> array.add(value.booleanValue());
				case Null -> array.addNull();
				default -> throw new IllegalStateException("Unexpected sort value " + value);
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The sort values in {@code cursor}, checked against the order and number of sort keys of the
	 * query it is used with.
	 * @throws IllegalArgumentException if the cursor is not one this class made for that order
	 */
	static List<FieldValue> decode(String cursor, String order, int sortKeys) {
		JsonNode array;
		try {
			array = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
		}
		catch (IllegalArgumentException | IOException ex) {
			throw new IllegalArgumentException("Malformed search cursor '" + cursor + "': not Base64url-encoded JSON", ex);
		}
		if (array == null || !array.isArray() || array.size() != sortKeys + 1 || !order.equals(array.get(0).asText())) {
			throw new IllegalArgumentException("Malformed search cursor '" + cursor
					+ "': it was not made by a search with the same sort order (" + order + ")");
		}
		List<FieldValue> values = new ArrayList<>(sortKeys);
		for (int i = 1; i < array.size(); i++) {
			JsonNode node = array.get(i);
			if (node.isIntegralNumber()) {
				values.add(FieldValue.of(node.longValue()));
			}
			else if (node.isNumber()) {
				values.add(FieldValue.of(node.doubleValue()));
			}
			else if (node.isTextual()) {
				values.add(FieldValue.of(node.textValue()));
			}
			else if (node.isBoolean()) {
				values.add(FieldValue.of(node.booleanValue()));
			}
			else if (node.isNull()) {
				values.add(FieldValue.NULL);
			}
			else {
				throw new IllegalArgumentException("Malformed search cursor '" + cursor + "': unexpected value " + node);
			}
		}
		return values;
	}

}
