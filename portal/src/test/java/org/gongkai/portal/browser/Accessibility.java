package org.gongkai.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility scan of the page open in a {@link Browser}: the pinned axe.min.js
 * (installed by {@code deploy/gongkai test} or {@code deploy/gongkai axe} from
 * {@code portal/src/test/axe/package-lock.json}) is injected through WebDriver, which the page's
 * Content-Security-Policy does not govern, and its serious and critical violations fail the test.
 */
public final class Accessibility {

	/** Where the file is looked for: the system property, else the environment, else the CLI's default place. */
	static final String PROPERTY = "gongkai.axe.js";

	static final String ENVIRONMENT = "GONGKAI_AXE_JS";

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static String source;

	private Accessibility() {
	}

	/** The path of axe.min.js this run uses; a missing file fails with how to get it, never skips. */
	static Path axeFile() {
		String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
		Path file;
		if (configured != null && !configured.isBlank()) {
			file = Path.of(configured);
		}
		else {
			String home = System.getenv("GONGKAI_HOME");
			if (home == null || home.isBlank()) {
				home = "root".equals(System.getProperty("user.name")) ? "/var/lib/gongkai"
						: System.getProperty("user.home") + "/.gongkai";
			}
			file = Path.of(home, "axe", "node_modules", "axe-core", "axe.min.js");
		}
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("axe-core is missing at " + file + ": the accessibility scan cannot run. "
					+ "Run 'deploy/gongkai axe' (npm ci of portal/src/test/axe) or 'deploy/gongkai test', "
					+ "or point " + ENVIRONMENT + " (or -D" + PROPERTY + ") at axe.min.js.");
		}
		return file;
	}

	private static synchronized String source() {
		if (source == null) {
			try {
				source = Files.readString(axeFile(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return source;
	}

	/**
	 * Runs axe on the page open in the driver (WCAG 2.0/2.1 A and AA rules and axe's best practices)
	 * and fails listing each serious or critical violation: rule id, impact, the selectors of the nodes.
	 */
	public static void assertNoSeriousViolations(WebDriver driver) {
		var violations = seriousViolations(driver);
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core found " + violations.size() + " serious or critical violation(s) on "
					+ driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
		}
	}

	/** The serious and critical violations on the open page, one line per rule. */
	public static List<String> seriousViolations(WebDriver driver) {
		var js = (JavascriptExecutor) driver;
		js.executeScript(source());
		Boolean loaded = (Boolean) js.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function'");
		if (!Boolean.TRUE.equals(loaded)) {
			throw new AssertionError("axe-core did not load into " + driver.getCurrentUrl());
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object answer = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				window.axe.run(document, { resultTypes: ['violations'] })
				  .then(function (r) { done(JSON.stringify(r.violations)); })
				  .catch(function (e) { done('ERROR ' + e); });
				""");
		String text = String.valueOf(answer);
		if (text.startsWith("ERROR ")) {
			throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + text);
		}
		try {
			var lines = new ArrayList<String>();
			for (JsonNode violation : JSON.readTree(text)) {
				String impact = violation.path("impact").asText();
				if (!FAILING_IMPACTS.contains(impact)) {
					continue;
				}
				var targets = new ArrayList<String>();
				for (JsonNode node : violation.path("nodes")) {
					targets.add(node.path("target").toString());
				}
				lines.add("  " + violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
						+ " at " + String.join(", ", targets));
			}
			return lines;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
