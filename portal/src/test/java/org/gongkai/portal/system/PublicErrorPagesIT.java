package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * What a browser and an API client see of a page or record that does not exist: the browser a Chinese
 * page in the site's layout (never the sign-in, never JSON), the API client its problem JSON. And the
 * Atom feed's stylesheet, which shows the feed to a browser as a page.
 */
class PublicErrorPagesIT extends PortalIT {

	@Test
	void aBrowserAskingForAMissingItemGetsTheChinesePage() {
		var missing = browse("/catalogue/items/999999999");
		assertNotFoundPage(missing);
		assertNotFoundPage(browse("/catalogue/columns/no-such-column"));
		assertNotFoundPage(browse("/annual-reports/2025/no-such-agency"));
	}

	@Test
	void anUnknownUrlIsNotFoundForAnAnonymousVisitorNotTheSignIn() {
		assertNotFoundPage(browse("/no-such-page"));
		assertNotFoundPage(browse("/catalogue-typo/items/1"));
		var english = browse("/no-such-page?lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.text()).contains("Page not found", "Back to the home page");
		// a known page behind the sign-in still sends the anonymous visitor there
		assertThat(browse("/workbench").status()).isEqualTo(302);
	}

	@Test
	void anApiClientKeepsItsProblemJson() {
		var unknown = send(request("/api/requests/999999999", RealServers.token("applicant1"))
			.header("Accept", "application/json").GET());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).contains("application/problem+json");
		var anonymous = send(request("/api/no-such-endpoint", null).header("Accept", "application/json").GET());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).contains("application/problem+json");
	}

	@Test
	void theFeedNamesItsStylesheetWhichIsServed() {
		var feed = get("/catalogue/feed.atom", null);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?xml-stylesheet type=\"text/xsl\" href=\"/feed.xsl\"?>");
		var xsl = send(request("/feed.xsl", null).GET());
		assertThat(xsl.status()).isEqualTo(200);
		assertThat(xsl.contentType()).containsAnyOf("text/xsl", "application/xslt+xml");
		assertThat(xsl.text()).contains("xsl:stylesheet", "最新公开", "atom:entry");
	}

	private Response browse(String path) {
		return send(request(path, null).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	private static void assertNotFoundPage(Response page) {
		assertThat(page.status()).as(page.text()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("页面不存在", "返回首页", "role=\"search\"", "action=\"/catalogue\"");
	}
}
