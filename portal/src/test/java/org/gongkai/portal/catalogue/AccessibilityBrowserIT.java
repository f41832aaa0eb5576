package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Accessibility;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.request.RequestApiIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 适老化 and 无障碍 in Chromium: the axe-core scan of every public page on a desktop and on a 390-px
 * phone, the 长者模式 text size and high contrast that stay chosen across pages and reloads, a focus
 * ring that shows on the red header, and search results above the facets on a phone.
 */
class AccessibilityBrowserIT extends CatalogueIT {

	/** A phone's CSS width (iPhone 12 to 15). */
	private static final int PHONE = 390;

	/**
	 * The public pages the scan visits without signing in. Another public page joins the scan with one
	 * line here.
	 */
	static final List<String> PUBLIC_PAGES = List.of(
			"/",
			"/catalogue?q=" + encode("信息公开"),
			"/catalogue",
			"/catalogue/columns",
			"/catalogue/columns/policy",
			"/sitemap",
			"/guide",
			"/site-errors/new",
			"/apply",
			"/requests/lookup",
			"/agencies",
			"/annual-reports",
			"/proposals",
			"/proposals/summary",
			"/subscriptions/new?column=policy",
			"/consultations",
			"/consultations/1",
			"/letters",
			"/no-such-page");

	/** The pages an applicant sees once signed in, scanned after signing in as applicant1. */
	static final List<String> SIGNED_IN_PAGES = List.of(
			"/requests/new",
			"/requests",
			"/letters/new",
			"/me/letters");

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = new Browser();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void publicPagesHaveNoSeriousAccessibilityViolationsOnDesktopAndPhone() {
		var pages = new ArrayList<>(PUBLIC_PAGES);
		pages.add(firstItemPage());
		var failures = new ArrayList<String>();
		scan(pages, failures);

		// the scan runs under the pages' Content-Security-Policy and does find a planted violation
		browser.driver.get(url("/"));
		js("var img = document.createElement('img'); img.src = 'data:,'; document.querySelector('main').appendChild(img);");
		assertThat(String.join("\n", Accessibility.seriousViolations(browser.driver))).contains("image-alt (critical)");

		browser.signIn(url("/requests/new"), "applicant1");
		var signedIn = new ArrayList<>(SIGNED_IN_PAGES);
		signedIn.add("/requests/" + fileRequest());
		scan(signedIn, failures);
		assertThat(failures).as("serious or critical axe-core violations").isEmpty();
	}

	@Test
	void largeTextAndHighContrastStayChosenAcrossPagesAndReloads() {
		var driver = browser.driver;
		driver.get(url("/"));
		assertThat(htmlClass()).doesNotContain("text-large").doesNotContain("contrast-high");
		double normal = fontSize("main");

		driver.findElement(By.cssSelector("a[data-text-size=large]")).click();
		browser.wait.until(d -> htmlClass().contains("text-large"));
		assertThat(fontSize("main")).isGreaterThan(normal * 1.2);
		driver.findElement(By.cssSelector("a[data-contrast=high]")).click();
		browser.wait.until(d -> htmlClass().contains("contrast-high"));

		driver.get(url("/catalogue/columns"));
		assertThat(htmlClass()).contains("text-large", "contrast-high");
		assertThat(fontSize("main")).isGreaterThan(normal * 1.2);
		driver.navigate().refresh();
		assertThat(htmlClass()).as("the server renders the choice, no flash on reload").contains("text-large", "contrast-high");
		assertThat(driver.findElement(By.cssSelector("a[data-text-size=large]")).getAttribute("aria-current")).isEqualTo("true");
		assertThat(lineHeightRatio("main p")).isGreaterThanOrEqualTo(1.3);
		assertThat(Accessibility.seriousViolations(driver)).as("high contrast passes the scan").isEmpty();

		driver.findElement(By.cssSelector("a[data-text-size=small]")).click();
		browser.wait.until(d -> htmlClass().contains("text-small"));
		driver.findElement(By.cssSelector("a[data-contrast=normal]")).click();
		browser.wait.until(d -> !htmlClass().contains("contrast-high"));
		driver.get(url("/"));
		assertThat(htmlClass()).contains("text-small").doesNotContain("contrast-high", "text-large");
		assertThat(fontSize("main")).isLessThan(normal);
	}

	@Test
	void theFocusRingShowsOnTheRedHeader() {
		var driver = browser.driver;
		driver.get(url("/"));
		// the skip link comes first and leads to the main content
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getAttribute("href")).endsWith("#main");
		assertThat(skip.isDisplayed()).isTrue();

		WebElement home = driver.findElement(By.cssSelector(".site-header nav a"));
		js("arguments[0].focus()", home);
		assertThat(js("return document.activeElement === arguments[0]", home)).isEqualTo(true);
		var style = (Map<?, ?>) js("""
				var s = getComputedStyle(arguments[0]);
				return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, shadow: s.boxShadow };
				""", home);
		assertThat(style.get("style")).isNotEqualTo("none");
		assertThat(((Number) style.get("width")).doubleValue()).isGreaterThanOrEqualTo(2);
		// a light ring on the red (white on #a8151b is 7:1) with a dark ring around it for light backgrounds
		assertThat(contrast(rgb((String) style.get("color")), rgb("rgb(168, 21, 27)"))).isGreaterThanOrEqualTo(3);
		assertThat((String) style.get("shadow")).as("the second, dark ring").isNotEqualTo("none");
	}

	@Test
	void onAPhoneTheResultsComeBeforeTheFacets() {
		var driver = browser.driver;
		phone();
		driver.get(url("/catalogue?q=" + encode("信息公开")));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
		double firstHit = top(".hit");
		assertThat(firstHit).as("the first result is above the facets").isLessThan(top(".facets"));
		assertThat(firstHit).as("and near the top of the page").isLessThan(900);
		WebElement panel = driver.findElement(By.cssSelector("details.facets-panel"));
		assertThat(panel.getAttribute("open")).as("closed on a phone").isNull();
		assertThat(driver.findElement(By.cssSelector("a[data-facet=genre]")).isDisplayed()).isFalse();
		panel.findElement(By.tagName("summary")).click();
		assertThat(driver.findElement(By.cssSelector("a[data-facet=genre]")).isDisplayed()).isTrue();

		desktop();
		driver.get(url("/catalogue?q=" + encode("信息公开")));
		assertThat(driver.findElement(By.cssSelector("a[data-facet=genre]")).isDisplayed()).as("a sidebar on a desktop").isTrue();
		assertThat(driver.findElement(By.cssSelector(".facets")).getRect().getX())
			.isLessThan(driver.findElement(By.cssSelector(".hit")).getRect().getX());
	}

	private void scan(List<String> pages, List<String> failures) {
		for (boolean onPhone : new boolean[] { false, true }) {
			if (onPhone) {
				phone();
			}
			else {
				desktop();
			}
			for (String page : pages) {
				browser.driver.get(url(page));
				var found = Accessibility.seriousViolations(browser.driver);
				if (!found.isEmpty()) {
					failures.add(page + (onPhone ? " at " + PHONE + " px" : "") + ":\n" + String.join("\n", found));
				}
			}
		}
		desktop();
	}

	private String firstItemPage() {
		browser.driver.get(url("/catalogue?q=" + encode("信息公开")));
		String href = browser.driver.findElement(By.cssSelector(".hit h3 a")).getAttribute("href");
		return href.substring(href.indexOf("/catalogue/items/"));
	}

	private long fileRequest() {
		var filed = post("/api/requests", RealServers.token("applicant1"), RequestApiIT.application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		return filed.json().get("id").asLong();
	}

	private void phone() {
		browser.driver.manage().window().setSize(new Dimension(PHONE, 844));
		assertThat(((Number) js("return window.innerWidth")).intValue()).as("the viewport is a phone's").isLessThanOrEqualTo(PHONE);
	}

	private void desktop() {
		browser.driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser.driver).executeScript(script, args);
	}

	private String htmlClass() {
		return String.valueOf(js("return document.documentElement.className"));
	}

	private double fontSize(String selector) {
		return ((Number) js("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)", selector))
			.doubleValue();
	}

	private double lineHeightRatio(String selector) {
		return ((Number) js("""
				var s = getComputedStyle(document.querySelector(arguments[0]));
				return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
				""", selector)).doubleValue();
	}

	private double top(String selector) {
		return ((Number) js("return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY",
				selector)).doubleValue();
	}

	private static double[] rgb(String css) {
		var parts = css.replaceAll("[^0-9.,]", "").split(",");
		return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
	}

	/** WCAG 2.x contrast ratio of two sRGB colours. */
	private static double contrast(double[] a, double[] b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(double[] rgb) {
		double sum = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int i = 0; i < 3; i++) {
			double c = rgb[i] / 255;
			sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
		}
		return sum;
	}
}
