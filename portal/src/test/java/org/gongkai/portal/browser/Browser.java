package org.gongkai.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.gongkai.portal.RealServers;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for page tests, with the flags our closed network needs and a fresh
 * profile, plus the Keycloak login every page test starts with.
 */
public final class Browser implements AutoCloseable {

	public final WebDriver driver;

	public final WebDriverWait wait;

	public Browser() throws IOException {
		var options = new ChromeOptions();
		options.setBinary(System.getenv().getOrDefault("GONGKAI_CHROME_BIN", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--window-size=1280,1000",
				"--user-data-dir=" + Files.createTempDirectory("gongkai-chromium"));
		// the console, where Chromium reports what the Content-Security-Policy refused
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getenv().getOrDefault("GONGKAI_CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/** Opens a protected page, signs in on Keycloak's page and waits to be back. */
	public void signIn(String url, String user) {
		driver.get(url);
		logIn(user);
	}

	/** Signs in on Keycloak's login page, which a click has just led to, and waits to be back. */
	public void logIn(String user) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		if (!driver.getCurrentUrl().startsWith(RealServers.KEYCLOAK_URL + "/realms/gongkai/")) {
			throw new IllegalStateException("Expected Keycloak's login page, got " + driver.getCurrentUrl());
		}
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(user);
		driver.findElement(By.id("kc-login")).click();
		// Keycloak hashes the password (PBKDF2, many iterations): on a busy 2-core machine that alone can take 20 s
		new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> !d.getCurrentUrl().startsWith(RealServers.KEYCLOAK_URL));
	}

	/**
	 * Waits until the element has left the document (the page it was on was replaced), as
	 * {@link ExpectedConditions#stalenessOf} does, also when Chromium answers the check with "Node with given id
	 * does not belong to the document" instead of a stale element reference.
	 */
	public void awaitGone(WebElement element) {
		wait.until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		});
	}

	public String text(By by) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
	}

	@Override
	public void close() {
		driver.quit();
	}
}
