package org.gongkai.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Screenshots for the documentation, taken only when asked: {@code -Dgongkai.screenshots=true} saves them under
 * {@code target/screenshots}, {@code -Dgongkai.screenshots=/some/dir} into that directory (the tests run in the
 * module's directory, so give an absolute path). Each is the page from a given height down, as tall as the page
 * but no taller than a limit, so that the PNGs stay small.
 */
public final class Screenshots {

	static final String PROPERTY = "gongkai.screenshots";

	private Screenshots() {
	}

	/** The directory asked for, or null when no screenshots are wanted. */
	static Path directory() {
		String value = System.getProperty(PROPERTY, "");
		if (value.isBlank() || "false".equals(value)) {
			return null;
		}
		return "true".equals(value) ? Path.of("target", "screenshots") : Path.of(value);
	}

	/** Saves {@code name.png}: the page from {@code top} (CSS pixels) down, at most {@code maxHeight} tall. */
	public static void save(Browser browser, String name, int top, int maxHeight) {
		Path directory = directory();
		if (directory == null) {
			return;
		}
		var js = (JavascriptExecutor) browser.driver;
		int width = ((Number) js.executeScript("return document.documentElement.clientWidth")).intValue();
		int pageHeight = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
		int from = Math.max(0, Math.min(top, pageHeight - 1));
		int height = Math.min(maxHeight, pageHeight - from);
		Map<String, Object> shot = ((ChromiumDriver) browser.driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true,
						"clip", Map.of("x", 0, "y", from, "width", width, "height", height, "scale", 1)));
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
