package org.gongkai.portal.system;

import org.gongkai.portal.security.CurrentUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or nothing) into every page's model for the header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		try {
			return CurrentUser.of(authentication);
		}
		catch (IllegalStateException notKeycloak) {
			return null;
		}
	}
}
