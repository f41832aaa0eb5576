package org.gongkai.portal.subscription;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Checks that a target exists and names it for people: the column's or agency's name, the search's words. */
@Component
class SubscriptionTargets {

	private final CatalogueColumns columns;

	private final Departments departments;

	private final MessageSource messages;

	SubscriptionTargets(CatalogueColumns columns, Departments departments, MessageSource messages) {
		this.columns = columns;
		this.departments = departments;
		this.messages = messages;
	}

	/** The target if the column or agency exists; a search always does. */
	Optional<SubscriptionTarget> existing(Optional<SubscriptionTarget> target) {
		return target.filter(t -> switch (t.kind()) {
			case COLUMN -> columns.existsById(t.value());
			case AGENCY -> departments.existsById(t.value());
			case SEARCH -> true;
		});
	}

	/** For example 政策解读, 市教育局, or 检索“潮汐能”（体裁：通知）. */
	String label(SubscriptionTarget target, Locale locale) {
		return switch (target.kind()) {
			case COLUMN -> columns.findById(target.value()).map(c -> c.getName()).orElse(target.value());
			case AGENCY -> departments.findById(target.value()).map(d -> d.getName()).orElse(target.value());
			case SEARCH -> searchLabel(target, locale);
		};
	}

	private String searchLabel(SubscriptionTarget target, Locale locale) {
		var text = target.searchText();
		var label = text.isBlank() ? messages.getMessage("subscription.search.all", null, locale)
				: messages.getMessage("subscription.search.text", new Object[] { text }, locale);
		var filters = target.searchFilters();
		if (filters.isEmpty()) {
			return label;
		}
		var described = filters.entrySet()
			.stream()
			.map(f -> messages.getMessage("subscription.search.filter",
					new Object[] { messages.getMessage("facet." + f.getKey(), null, f.getKey(), locale), f.getValue() },
					locale))
			.collect(Collectors.joining(messages.getMessage("subscription.search.separator", null, locale)));
		return messages.getMessage("subscription.search.filtered", new Object[] { label, described }, locale);
	}

	/** The portal page that shows what the subscription follows, without the host. */
	String pagePath(SubscriptionTarget target) {
		return switch (target.kind()) {
			case COLUMN -> "/catalogue/columns/" + target.value();
			case AGENCY -> "/agencies/" + target.value();
			case SEARCH -> "/catalogue?" + target.value() + "&sort=date";
		};
	}
}
