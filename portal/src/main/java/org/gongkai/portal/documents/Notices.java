package org.gongkai.portal.documents;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the notice records. */
final class Notices {

	private Notices() {
	}

	static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	/** Notices that only a request for information can receive (fees, art. 32, art. 35, the disclosure reply). */
	static RequestDetails requireDisclosure(RequestDetails request, String notice) {
		Objects.requireNonNull(request, "request");
		if (request.isCorrection()) {
			throw new IllegalArgumentException("a correction request (art. 41) gets no " + notice);
		}
		return request;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** An immutable copy without blank entries; {@code null} gives an empty list. */
	static List<String> texts(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
	}
}
