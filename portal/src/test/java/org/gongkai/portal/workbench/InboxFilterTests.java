package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inbox's query parameters: what it does not know falls back to the defaults; links keep the rest. */
class InboxFilterTests {

	@Test
	void noParametersMeanTheDefaults() {
		var filter = InboxFilter.of(null, null, null, null, null, null, null, InboxFilter.PAGE_SIZE);
		assertThat(filter).isEqualTo(new InboxFilter(null, null, null, "due", "asc", 1, 20, null));
		assertThat(filter.link()).isEqualTo("/workbench");
	}

	@Test
	void unknownValuesAreDropped() {
		var filter = InboxFilter.of("bogus", "<script>", "yesterday", "title", "up", "-3", "x", InboxFilter.PAGE_SIZE);
		assertThat(filter).isEqualTo(new InboxFilter(null, null, null, "due", "asc", 1, 20, null));
		assertThat(InboxFilter.of(null, null, null, null, null, "2", "100000", 20).size()).isEqualTo(InboxFilter.MAX_SIZE);
	}

	@Test
	void linksKeepTheFilterAndResetThePage() {
		var filter = InboxFilter.of("item", "Task_PrepareDraft", "overdue", "created", "desc", "3", null, 20);
		assertThat(filter.link()).isEqualTo("/workbench?kind=item&step=Task_PrepareDraft&due=overdue&sort=created&dir=desc&page=3");
		assertThat(filter.sortedBy("created").link()).isEqualTo("/workbench?kind=item&step=Task_PrepareDraft&due=overdue&sort=created");
		assertThat(filter.sortedBy("due").link()).isEqualTo("/workbench?kind=item&step=Task_PrepareDraft&due=overdue");
		assertThat(filter.withKind(null).link()).isEqualTo("/workbench?step=Task_PrepareDraft&due=overdue&sort=created&dir=desc");
		assertThat(filter.atPage(1).link()).doesNotContain("page=");
	}

	@Test
	void theCaseSearchIsTrimmedBoundedAndKeptInLinks() {
		var filter = InboxFilter.of("request", null, null, "created", null, "2", null, 20, "  GK2026-0012 ");
		assertThat(filter.q()).isEqualTo("GK2026-0012");
		assertThat(filter.narrowed()).isTrue();
		assertThat(filter.link()).isEqualTo("/workbench?q=GK2026-0012&kind=request&sort=created&page=2");
		assertThat(filter.withKind(null).link()).isEqualTo("/workbench?q=GK2026-0012&sort=created");
		assertThat(InboxFilter.of(null, null, null, null, null, null, null, 20, "   ").q()).isNull();
		assertThat(InboxFilter.of(null, null, null, null, null, null, null, 20, "x".repeat(80)).q()).hasSize(InboxFilter.MAX_QUERY);
		assertThat(InboxFilter.of(null, null, null, null, null, null, null, 20, null).narrowed()).isFalse();
	}
}
