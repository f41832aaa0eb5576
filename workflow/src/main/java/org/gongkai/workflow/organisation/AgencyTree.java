package org.gongkai.workflow.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies as a tree: the government → its departments; the government → districts → their
 * departments. Built from the rows of {@link Departments}; an agency whose parent is missing hangs under
 * the government. Siblings are in display order (sort order, then name).
 *
 * <p>The <b>scope</b> of an agency is what its sub-site lists and what its statistics and annual report
 * count: the agency and the agencies below it, except that a district reports for itself and its own
 * departments. So the government's scope is the government and its departments (本级), a district's is
 * the district government and its departments.
 */
public final class AgencyTree {

	private static final Comparator<Department> ORDER = Comparator.comparingInt(Department::getSortOrder)
		.thenComparing(Department::getName)
		.thenComparing(Department::getCode);

	private final Map<String, Department> byCode = new LinkedHashMap<>();

	private final Map<String, List<Department>> children = new LinkedHashMap<>();

	private final Department root;

	private AgencyTree(List<Department> agencies) {
		agencies.stream().sorted(ORDER).forEach(a -> byCode.put(a.getCode(), a));
		root = agencies.stream().filter(Department::isGovernment).findFirst().orElse(null);
		for (var agency : byCode.values()) {
			if (agency == root) {
				continue;
			}
			var parent = parentCodeOf(agency);
			if (parent != null) {
				children.computeIfAbsent(parent, p -> new ArrayList<>()).add(agency);
			}
		}
	}

	public static AgencyTree of(List<Department> agencies) {
		return new AgencyTree(agencies);
	}

	private String parentCodeOf(Department agency) {
		var parent = agency.getParentCode();
		if (parent != null && byCode.containsKey(parent) && !parent.equals(agency.getCode())) {
			return parent;
		}
		return root == null ? null : root.getCode();
	}

	/** The government at the root, if there is one. */
	public Optional<Department> root() {
		return Optional.ofNullable(root);
	}

	public Optional<Department> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** Every agency, depth first from the root in display order. */
	public List<Department> all() {
		var result = new ArrayList<Department>();
		if (root != null) {
			walk(root, result, true);
		}
		byCode.values().stream().filter(a -> !result.contains(a)).forEach(result::add);
		return result;
	}

	/** The agencies directly below {@code code}, in display order. */
	public List<Department> children(String code) {
		return List.copyOf(children.getOrDefault(code, List.of()));
	}

	/** The agencies above {@code code}, nearest first, ending with the government; empty for the root or an unknown code. */
	public List<Department> ancestors(String code) {
		var result = new ArrayList<Department>();
		var current = byCode.get(code);
		while (current != null && current != root) {
			var parent = parentCodeOf(current);
			current = parent == null ? null : byCode.get(parent);
			if (current == null || result.contains(current)) {
				break;
			}
			result.add(current);
		}
		return result;
	}

	/** {@code code} and every agency below it, depth first; empty for an unknown code. */
	public List<Department> subtree(String code) {
		var result = new ArrayList<Department>();
		find(code).ifPresent(a -> walk(a, result, true));
		return result;
	}

	/**
	 * The codes the agency's sub-site, statistics and annual report cover: the agency and those below it,
	 * without the districts below it (each reports for itself); empty for an unknown code.
	 */
	public List<String> scope(String code) {
		var result = new ArrayList<Department>();
		find(code).ifPresent(a -> walk(a, result, false));
		return result.stream().map(Department::getCode).toList();
	}

	/**
	 * The agencies whose {@link #scope} contains {@code code}: itself and the agencies above it up to the
	 * nearest government (the district it belongs to, or the government). What the search index records
	 * of an item, so that a sub-site finds the items of its whole scope.
	 */
	public List<String> scopesOf(String code) {
		var result = new ArrayList<String>();
		var agency = byCode.get(code);
		if (agency == null) {
			return code == null ? List.of() : List.of(code);
		}
		result.add(agency.getCode());
		if (agency.getKind().isGovernment()) {
			return result;
		}
		for (var ancestor : ancestors(code)) {
			result.add(ancestor.getCode());
			if (ancestor.getKind().isGovernment()) {
				break;
			}
		}
		return result;
	}

	/** The government the agency belongs to: itself if it is one, else its district or the government. */
	public Optional<Department> governmentOf(String code) {
		var scopes = scopesOf(code);
		return scopes.isEmpty() ? Optional.empty() : find(scopes.get(scopes.size() - 1));
	}

	private void walk(Department agency, List<Department> into, boolean intoDistricts) {
		if (into.contains(agency)) {
			return;
		}
		into.add(agency);
		for (var child : children.getOrDefault(agency.getCode(), List.of())) {
			if (intoDistricts || !child.isDistrict()) {
				walk(child, into, intoDistricts);
			}
		}
	}
}
