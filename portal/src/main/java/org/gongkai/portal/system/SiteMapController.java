package org.gongkai.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 网站地图: the public pages of the site, linked from every page's footer. */
@Controller
class SiteMapController {

	@GetMapping("/sitemap")
	String sitemap() {
		return "sitemap";
	}
}
