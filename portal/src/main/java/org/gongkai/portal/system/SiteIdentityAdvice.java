package org.gongkai.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the site's identity into every page's model for the header and the footer. */
@ControllerAdvice(annotations = Controller.class)
class SiteIdentityAdvice {

	private final SiteIdentity site;

	SiteIdentityAdvice(SiteIdentity site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteIdentity site() {
		return site;
	}
}
