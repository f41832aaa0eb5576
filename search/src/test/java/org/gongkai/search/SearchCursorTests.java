package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

class SearchCursorTests {

	@Test
	void roundTripsScoresDatesAndIds() {
		List<FieldValue> values = List.of(FieldValue.of(3.1415927), FieldValue.of(Long.MIN_VALUE), FieldValue.of("a/b"));
		String cursor = SearchCursor.encode("r", values);
		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(SearchCursor.decode(cursor, "r", 3)).extracting(FieldValue::_get)
			.containsExactly(3.1415927, Long.MIN_VALUE, "a/b");
	}

	@Test
	void refusesWhatIsNotBase64Json() {
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.decode("not a cursor!", "d", 2))
			.withMessageContaining("Malformed search cursor");
		String notJson = Base64.getUrlEncoder().encodeToString("{oops".getBytes(StandardCharsets.UTF_8));
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.decode(notJson, "d", 2))
			.withMessageContaining("Malformed search cursor");
	}

	@Test
	void refusesACursorOfAnotherSortOrder() {
		String byDate = SearchCursor.encode("d", List.of(FieldValue.of(1L), FieldValue.of("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.decode(byDate, "r", 3))
			.withMessageContaining("same sort order");
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.decode(byDate, "d", 3));
	}

}
