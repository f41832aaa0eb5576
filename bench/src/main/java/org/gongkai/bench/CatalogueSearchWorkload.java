package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * G5: public search with facets and highlighting, drawn from a set of citizens' queries at a fixed rate
 * (open model), beside the exact Elasticsearch requests the portal sends for the same queries at the same
 * rate; then both at saturation (closed model) for the throughput ratio.
 */
final class CatalogueSearchWorkload {

	/** How the portal's answer says the search overran its time budget. */
	private static final String PORTAL_PARTIAL = "\"partial\":true";

	/** How Elasticsearch's does, for either search of the {@code _msearch}. */
	private static final String RAW_PARTIAL = "\"timed_out\":true";

	private final Stack stack;

	CatalogueSearchWorkload(Stack stack) {
		this.stack = stack;
	}

	void run(List<String> agencies) throws IOException, InterruptedException {
		var searches = SearchQueries.of(stack.options.queries(), stack.options.seed(), stack.alias, agencies,
				stack.options.searchBudget());
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
		var portalPartial = new LongAdder();
		var portalOpen = stack.open.run("G5 portal search", rate, stack.measured(), i -> pick(portal, i),
				r -> answered(r, PORTAL_PARTIAL, portalPartial));
		stack.results.fact("G5 portal search: partial answers (time budget)", portalPartial.sum());
		stack.results.add(portalOpen);
		stack.settle("G5 portal search");
		var rawPartial = new LongAdder();
		var rawOpen = stack.open.run("G5 raw ES, same queries", rate, stack.measured(), i -> pick(raw, i),
				r -> answered(r, RAW_PARTIAL, rawPartial));
		stack.results.fact("G5 raw ES: partial answers (time budget)", rawPartial.sum());
		stack.results.add(rawOpen);
		stack.settle("G5 raw ES");
		int connections = stack.options.connections();
		var portalClosedPartial = new LongAdder();
		var portalClosed = stack.closed.run("G5 portal search capacity", connections, stack.measured(),
				i -> pick(portal, i), r -> answered(r, PORTAL_PARTIAL, portalClosedPartial));
		stack.results.fact("G5 portal search capacity: partial answers (time budget)", portalClosedPartial.sum());
		stack.results.add(portalClosed);
		stack.settle("G5 portal capacity");
		var rawClosedPartial = new LongAdder();
		var rawClosed = stack.closed.run("G5 raw ES capacity, same queries", connections, stack.measured(),
				i -> pick(raw, i), r -> answered(r, RAW_PARTIAL, rawClosedPartial));
		stack.results.fact("G5 raw ES capacity: partial answers (time budget)", rawClosedPartial.sum());
		stack.results.add(rawClosed);
		stack.results.fact("G5 portal/raw throughput at saturation",
				rawClosed.perSecond() == 0 ? 0 : Math.round(portalClosed.perSecond() / rawClosed.perSecond() * 100) / 100.0);
		stack.results.fact("G5 added p50 ms at " + rate + "/s", Math.round((portalOpen.p50() - rawOpen.p50()) * 100) / 100.0);
	}

	/** Whether the search was answered (200), counting it in {@code partial} if it says it is partial. */
	private static boolean answered(HttpResponse<byte[]> response, String partialMark, LongAdder partial) {
		if (response.statusCode() != 200) {
			return false;
		}
		if (new String(response.body(), StandardCharsets.UTF_8).contains(partialMark)) {
			partial.increment();
		}
		return true;
	}

	/** The calls cycle through the set with a stride, so that neighbours in time are different queries. */
	private static HttpRequest pick(List<HttpRequest> calls, long i) {
		return calls.get((int) ((i * 7919) % calls.size()));
	}
}
