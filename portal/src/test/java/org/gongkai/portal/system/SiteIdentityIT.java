package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.PortalIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public page names the configured government in its header and carries the footer a Chinese
 * government website must show: 主办单位, 网站标识码, the ICP and 公安机关 registrations linked to their
 * registers, the contacts and the 网站地图.
 */
class SiteIdentityIT extends PortalIT {

	@Autowired
	SiteIdentity site;

	@Test
	void headerNamesTheGovernmentAndFooterShowsTheRegistrations() {
		var home = get("/", null);
		assertThat(home.status()).isEqualTo(200);
		var header = home.text().substring(0, home.text().indexOf("</header>"));
		assertThat(header).contains(site.government(), "政府信息公开", site.emblem());
		var footer = home.text().substring(home.text().indexOf("<footer"));
		assertThat(footer).contains("主办单位：" + site.sponsor(), "网站标识码：" + site.siteCode(),
				"<a class=\"icp\" href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">" + site.icp() + "</a>",
				"href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + site.publicSecurityCode() + "\"",
				site.publicSecurity(), site.phone(), site.email(), site.address(), "href=\"/sitemap\"")
			.doesNotContain("swagger");
	}

	@Test
	void siteMapIsPublic() {
		var sitemap = get("/sitemap", null);
		assertThat(sitemap.status()).isEqualTo(200);
		assertThat(sitemap.text()).contains("网站地图", "href=\"/catalogue\"", site.phone());
		assertThat(get("/sitemap?lang=en", null).text()).contains("Site map", site.government());
	}

	@Test
	void apiDocumentationStaysReachable() {
		assertThat(get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}
}
