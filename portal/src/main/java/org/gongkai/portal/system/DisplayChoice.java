package org.gongkai.portal.system;

import java.time.Duration;
import java.util.Set;

/**
 * A visitor's 长者模式 choices, kept in two cookies so that the server renders the first paint with
 * them (no flash): the text size (大/中/小) and high contrast.
 */
public record DisplayChoice(String textSize, boolean highContrast) {

	static final String TEXT_COOKIE = "gongkai-text";

	static final String CONTRAST_COOKIE = "gongkai-contrast";

	static final Duration KEPT = Duration.ofDays(365);

	static final String MEDIUM = "medium";

	static final Set<String> SIZES = Set.of("small", MEDIUM, "large");

	static final String HIGH = "high";

	static final String NORMAL = "normal";

	static DisplayChoice of(String textCookie, String contrastCookie) {
		return new DisplayChoice(textCookie != null && SIZES.contains(textCookie) ? textCookie : MEDIUM, HIGH.equals(contrastCookie));
	}

	/** The classes of the page's {@code <html>} element that the style sheet reads. */
	public String htmlClass() {
		String size = MEDIUM.equals(textSize) ? "" : "text-" + textSize;
		String contrast = highContrast ? "contrast-high" : "";
		String both = (size + " " + contrast).trim();
		return both.isEmpty() ? null : both;
	}
}
