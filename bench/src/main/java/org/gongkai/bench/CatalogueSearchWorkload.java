package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * G5: public search with facets and highlighting, drawn from a set of citizens' queries at a fixed rate
 * (open model), beside the exact Elasticsearch requests the portal sends for the same queries at the same
 * rate; then both at saturation (closed model) for the throughput ratio.
 */
final class CatalogueSearchWorkload {

	private final Stack stack;

	CatalogueSearchWorkload(Stack stack) {
		this.stack = stack;
	}

	void run(List<String> agencies) throws IOException, InterruptedException {
		var searches = SearchQueries.of(stack.options.queries(), stack.options.seed(), stack.alias, agencies);
		stack.results.fact("G5 distinct queries", searches.size());
		var portal = searches.stream().map(s -> stack.portal(s.portalPath()).GET().build()).toList();
		var raw = searches.stream()
			.map(s -> stack.elasticsearch(s.esPath())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(s.esBody()))
				.build())
			.toList();
		double rate = stack.options.searchRate();
		// every query once through each path warms both caches alike, then an unmeasured load at the rate
		stack.open.run("G5 warm-up portal", rate, stack.warmup(), i -> pick(portal, i), r -> r.statusCode() == 200);
		stack.settle("G5 warm-up portal");
		stack.open.run("G5 warm-up raw", rate, stack.warmup(), i -> pick(raw, i), r -> r.statusCode() == 200);
		stack.settle("G5 warm-up raw");
		var portalOpen = stack.open.run("G5 portal search", rate, stack.measured(), i -> pick(portal, i),
				r -> r.statusCode() == 200);
		stack.results.add(portalOpen);
		stack.settle("G5 portal search");
		var rawOpen = stack.open.run("G5 raw ES, same queries", rate, stack.measured(), i -> pick(raw, i),
				r -> r.statusCode() == 200);
		stack.results.add(rawOpen);
		stack.settle("G5 raw ES");
		int connections = stack.options.connections();
		var portalClosed = stack.closed.run("G5 portal search capacity", connections, stack.measured(),
				i -> pick(portal, i), r -> r.statusCode() == 200);
		stack.results.add(portalClosed);
		stack.settle("G5 portal capacity");
		var rawClosed = stack.closed.run("G5 raw ES capacity, same queries", connections, stack.measured(),
				i -> pick(raw, i), r -> r.statusCode() == 200);
		stack.results.add(rawClosed);
		stack.results.fact("G5 portal/raw throughput at saturation",
				rawClosed.perSecond() == 0 ? 0 : Math.round(portalClosed.perSecond() / rawClosed.perSecond() * 100) / 100.0);
		stack.results.fact("G5 added p50 ms at " + rate + "/s", Math.round((portalOpen.p50() - rawOpen.p50()) * 100) / 100.0);
	}

	/** The calls cycle through the set with a stride, so that neighbours in time are different queries. */
	private static HttpRequest pick(List<HttpRequest> calls, long i) {
		return calls.get((int) ((i * 7919) % calls.size()));
	}
}
