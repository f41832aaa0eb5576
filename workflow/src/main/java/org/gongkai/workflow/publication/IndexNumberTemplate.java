package org.gongkai.workflow.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency's 索引号 template (SPEC §4.2), default {@code {org_code}/{YYYY}-{NNNNN}}: the run of N
 * gives the zero-padded width of the serial.
 */
public record IndexNumberTemplate(String pattern) {

	public static final String DEFAULT = "{org_code}/{YYYY}-{NNNNN}";

	private static final Pattern SERIAL = Pattern.compile("\\{(N+)}");

	public IndexNumberTemplate {
		if (pattern == null || pattern.isBlank()) {
			pattern = DEFAULT;
		}
		if (!pattern.contains("{org_code}") || !pattern.contains("{YYYY}") || !SERIAL.matcher(pattern).find()) {
			throw new IllegalArgumentException(
					"Index number template must contain {org_code}, {YYYY} and a serial such as {NNNNN}: " + pattern);
		}
	}

	public String format(String orgCode, int year, int serial) {
		Matcher m = SERIAL.matcher(pattern);
		m.find();
		int width = m.group(1).length();
		String padded = String.format("%0" + width + "d", serial);
		if (padded.length() > width) {
			throw new IllegalStateException("Serial " + serial + " does not fit the template " + pattern);
		}
		return pattern.replace("{org_code}", orgCode)
			.replace("{YYYY}", String.valueOf(year))
			.replace(m.group(), padded);
	}
}
