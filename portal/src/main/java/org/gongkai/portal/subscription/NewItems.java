package org.gongkai.portal.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumn;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.stereotype.Component;

/**
 * The public items a subscription has not been told about: published from {@code since} (included) to
 * {@code until} (excluded), oldest first. Both ends are whole seconds (see {@link DailyDigest}), so that
 * the windows of successive digests neither overlap nor leave a gap, whether the database keeps
 * fractions of a second or rounds them. A column or an agency is asked of the database; a saved search runs the
 * real search ({@link CatalogueSearch}, newest first) and reads each hit's publication time from the
 * database, page after page until the hits are older than the window. A saved search is not run while
 * the search outbox still holds changes from the window, so an item is never skipped for being indexed
 * late.
 */
@Component
class NewItems {

	/** A saved search reads at most this many pages of 100 hits for one digest. */
	static final int MAX_PAGES = 10;

	private final SubscribedItems items;

	private final CatalogueColumns columns;

	private final CatalogueSearch search;

	private final SubscriptionProperties properties;

	private final Departments departments;

	NewItems(SubscribedItems items, CatalogueColumns columns, CatalogueSearch search,
			SubscriptionProperties properties, Departments departments) {
		this.departments = departments;
		this.items = items;
		this.columns = columns;
		// a digest must list every new item it matches, however long the search takes: no time budget
		this.search = search.withoutBudget();
		this.properties = properties;
	}

	/**
	 * @throws org.gongkai.search.SearchUnavailable for a saved search while Elasticsearch is down
	 * @throws SearchIndexBehind for a saved search while the index lags behind the window
	 */
	List<CatalogueItem> find(SubscriptionTarget target, Instant since, Instant until) {
		var found = switch (target.kind()) {
			case COLUMN -> items.inColumns(ItemStatus.PUBLISHED, withDescendants(target.value()), since, until);
			// what the agency's sub-site shows: the agency and the departments below it (a district's too)
			case AGENCY -> items.ofDepartments(ItemStatus.PUBLISHED, departments.tree().scope(target.value()), since,
					until);
			case SEARCH -> searched(target, since, until);
		};
		return found.stream().filter(CatalogueItem::isPublic).toList();
	}

	/** The column and every column below it. */
	private List<String> withDescendants(String code) {
		var all = columns.findAll();
		var codes = new ArrayList<String>(List.of(code));
		for (int i = 0; i < codes.size(); i++) {
			var parent = codes.get(i);
			all.stream().filter(c -> parent.equals(c.getParentCode())).map(CatalogueColumn::getCode).forEach(codes::add);
		}
		return codes;
	}

	private List<CatalogueItem> searched(SubscriptionTarget target, Instant since, Instant until) {
		if (items.pendingIndexChanges(until) > 0) {
			// an item published in the window may not be searchable yet: the digest waits for the index
			throw new SearchIndexBehind(until);
		}
		var sinceDay = since.atZone(properties.zone()).toLocalDate();
		var query = new SearchQuery(target.searchText(), target.searchFilters(), SearchQuery.DATE, SearchQuery.MAX_SIZE,
				null);
		var found = new ArrayList<CatalogueItem>();
		var seen = new HashSet<Long>();
		for (int page = 0; page < MAX_PAGES; page++) {
			SearchResult result = search.search(query);
			var ids = result.hits()
				.stream()
				.map(SearchResult.Hit::id)
				.filter(id -> !id.isEmpty() && id.chars().allMatch(Character::isDigit))
				.map(Long::valueOf)
				.toList();
			var byId = items.findByIdIn(ids).stream().collect(Collectors.toMap(CatalogueItem::getId, Function.identity()));
			boolean older = false;
			for (var id : ids) {
				var item = byId.get(id);
				if (item == null || item.getPublishedAt() == null) {
					continue;
				}
				// the hits come by publication day, newest first: one from before the window's first day ends it
				older |= item.getPublishedAt().atZone(properties.zone()).toLocalDate().isBefore(sinceDay);
				if (item.getStatus() == ItemStatus.PUBLISHED && !item.getPublishedAt().isBefore(since)
						&& item.getPublishedAt().isBefore(until) && seen.add(id)) {
					found.add(item);
				}
			}
			if (older || result.next() == null) {
				break;
			}
			query = query.withAfter(result.next());
		}
		found.sort(Comparator.comparing(CatalogueItem::getPublishedAt).thenComparing(CatalogueItem::getId));
		return found;
	}
}
