package org.gongkai.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * G6: the first page and a deep page (page 200, reached by the {@code next} cursor) of the catalogue's
 * browsing and of broad searches, each at the same fixed rate: a cursor page should cost what the first
 * page costs.
 */
final class DeepPaging {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Broad listings a reader pages through: the catalogue by date, common words by relevance, a year. */
	private static final List<String> LISTINGS = List.of("/api/catalogue/search?sort=date",
			"/api/catalogue/search?q=" + URLEncoder.encode("通知", StandardCharsets.UTF_8),
			"/api/catalogue/search?q=" + URLEncoder.encode("工作", StandardCharsets.UTF_8) + "&sort=date",
			"/api/catalogue/search?sort=date&genre=" + URLEncoder.encode("通知", StandardCharsets.UTF_8));

	private final Stack stack;

	DeepPaging(Stack stack) {
		this.stack = stack;
	}

	void run() throws IOException, InterruptedException {
		var first = new ArrayList<HttpRequest>();
		var deep = new ArrayList<HttpRequest>();
		int reached = Integer.MAX_VALUE;
		for (var listing : LISTINGS) {
			String path = listing;
			int page = 1;
			while (page < stack.options.deepPage()) {
				var next = JSON.readTree(stack.call(stack.portal(path).GET().build(), 200)).path("next");
				if (next.isMissingNode() || next.isNull()) {
					break;
				}
				path = listing + "&after=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
				page++;
			}
			if (page > 1) {
				first.add(stack.portal(listing).GET().build());
				deep.add(stack.portal(path).GET().build());
				reached = Math.min(reached, page);
			}
		}
		if (deep.isEmpty()) {
			throw new IllegalStateException("G6: no listing has a second page; generate more items");
		}
		stack.results.fact("G6 deep page reached by cursor", reached);
		double rate = stack.options.pagingRate();
		stack.open.run("G6 warm-up", rate, stack.warmup(), i -> deep.get((int) (i % deep.size())), r -> r.statusCode() == 200);
		stack.settle("G6 warm-up");
		var page1 = stack.open.run("G6 page 1", rate, stack.measured(), i -> first.get((int) (i % first.size())),
				r -> r.statusCode() == 200);
		stack.results.add(page1);
		stack.settle("G6 page 1");
		var pageN = stack.open.run("G6 page " + reached + " by cursor", rate, stack.measured(),
				i -> deep.get((int) (i % deep.size())), r -> r.statusCode() == 200);
		stack.results.add(pageN);
		stack.results.fact("G6 deep/first p99", page1.p99() == 0 ? 0 : Math.round(pageN.p99() / page1.p99() * 100) / 100.0);
	}
}
