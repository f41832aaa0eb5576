package org.gongkai.portal.me;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.subscription.MySubscriptions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的订阅: the signed-in citizen's e-mail subscriptions, each with a button to end it. */
@Controller
class MySubscriptionsController {

	private final MySubscriptions subscriptions;

	MySubscriptionsController(MySubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping("/me/subscriptions")
	String list(Authentication authentication, Model model) {
		model.addAttribute("subscriptions",
				subscriptions.of(CurrentUser.of(authentication).userName(), LocaleContextHolder.getLocale()));
		return "subscription/mine";
	}

	@PostMapping("/me/subscriptions/{id}/cancel")
	String cancel(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		if (subscriptions.cancel(id, CurrentUser.of(authentication).userName())) {
			redirect.addFlashAttribute("cancelled", true);
		}
		return "redirect:/me/subscriptions";
	}
}
