package org.gongkai.portal.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches the requests no controller or actuator endpoint maps (any method): an unknown URL, which
 * answers 404 to everyone rather than sending an anonymous visitor to the sign-in. A path that a
 * mapping knows, even for another method or a missing record, is not matched and keeps its rule.
 */
final class UnmappedPaths implements RequestMatcher {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	UnmappedPaths(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		List<RequestMappingInfoHandlerMapping> all = mappings.orderedStream().toList();
		if (all.isEmpty()) {
			return false;
		}
		var probe = new Probe(request);
		// the mappings match the parsed path, which the DispatcherServlet has not parsed yet
		ServletRequestPathUtils.parseAndCache(probe);
		for (var mapping : all) {
			try {
				if (mapping.getHandler(probe) != null) {
					return false;
				}
			}
			catch (Exception knownOtherwise) {
				// e.g. the path is mapped for another method: known
				return false;
			}
		}
		return true;
	}

	/** The request with attributes of its own, so the mappings' look-up leaves no trace in the real one. */
	private static final class Probe extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		private final java.util.Set<String> removed = new HashSet<>();

		Probe(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (attributes.containsKey(name)) {
				return attributes.get(name);
			}
			return removed.contains(name) ? null : super.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			var names = new HashSet<>(Collections.list(super.getAttributeNames()));
			names.removeAll(removed);
			names.addAll(attributes.keySet());
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
			removed.remove(name);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
			removed.add(name);
		}
	}
}
