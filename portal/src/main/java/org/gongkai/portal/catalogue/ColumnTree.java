package org.gongkai.portal.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.workflow.publication.CatalogueColumn;

/**
 * The column tree (SPEC §4.4) with the number of public items under each column, its own and its
 * descendants'; the counts come from the index's column facet.
 *
 * @param roots the top-level columns in their order
 */
public record ColumnTree(List<Node> roots) {

	/**
	 * One column, how many public items it and its descendants hold, and its children in order, with its
	 * 公开主体 ({@code publisher}) and 公开时限 ({@code timeLimit}), null where not recorded.
	 */
	public record Node(String code, String name, long count, List<Node> children, String publisher,
			String timeLimit) {

		public boolean isLeaf() {
			return children.isEmpty();
		}
	}

	/**
	 * @param columns every column, in any order (the children of a column are sorted by their sort order)
	 * @param countsByName the column facet: items per column name
	 */
	public static ColumnTree of(Collection<CatalogueColumn> columns, Map<String, Long> countsByName) {
		return new ColumnTree(children(null, columns, countsByName));
	}

	private static List<Node> children(String parent, Collection<CatalogueColumn> columns, Map<String, Long> counts) {
		var nodes = new ArrayList<Node>();
		columns.stream()
			.filter(c -> parent == null ? c.getParentCode() == null : parent.equals(c.getParentCode()))
			.sorted(java.util.Comparator.comparingInt(CatalogueColumn::getSortOrder))
			.forEach(c -> {
				var children = children(c.getCode(), columns, counts);
				long count = counts.getOrDefault(c.getName(), 0L) + children.stream().mapToLong(Node::count).sum();
				nodes.add(new Node(c.getCode(), c.getName(), count, List.copyOf(children), c.getPublisher(),
						c.getTimeLimit()));
			});
		return nodes;
	}

	/** The column with this code and the columns above it, top first; empty if there is none. */
	Optional<List<Node>> path(String code) {
		return path(roots, code);
	}

	private static Optional<List<Node>> path(List<Node> nodes, String code) {
		for (var node : nodes) {
			if (node.code().equals(code)) {
				return Optional.of(List.of(node));
			}
			var below = path(node.children(), code);
			if (below.isPresent()) {
				var path = new ArrayList<Node>();
				path.add(node);
				path.addAll(below.get());
				return Optional.of(List.copyOf(path));
			}
		}
		return Optional.empty();
	}
}
