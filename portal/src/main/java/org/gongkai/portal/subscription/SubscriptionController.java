package org.gongkai.portal.subscription;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public subscription pages: the form ({@code /subscriptions/new?column=|agency=|q=}), the
 * confirmation link and the unsubscribe link. A link's {@code GET} only shows a button (so that mail
 * scanners that follow links change nothing); its {@code POST} acts. The unsubscribe {@code POST} also
 * answers mail clients' RFC 8058 one-click requests, without a CSRF token.
 */
@Controller
class SubscriptionController {

	private final SubscriptionTargets targets;

	private final Subscribe subscribe;

	private final Unsubscribe unsubscribe;

	SubscriptionController(SubscriptionTargets targets, Subscribe subscribe, Unsubscribe unsubscribe) {
		this.targets = targets;
		this.subscribe = subscribe;
		this.unsubscribe = unsubscribe;
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@GetMapping("/subscriptions/new")
	String initSubscriptionForm(@RequestParam Map<String, String> parameters, Authentication authentication,
			Model model) {
		var target = target(parameters);
		var email = authentication != null && authentication.getPrincipal() instanceof OidcUser user ? user.getEmail()
				: null;
		model.addAttribute("subscriptionForm", new SubscriptionForm(email));
		return form(target, model);
	}

	@PostMapping("/subscriptions/new")
	String processSubscriptionForm(@RequestParam Map<String, String> parameters,
			@Valid @ModelAttribute SubscriptionForm subscriptionForm, BindingResult result, Authentication authentication,
			Model model) {
		var target = target(parameters);
		if (result.hasErrors()) {
			return form(target, model);
		}
		subscribe.subscribe(target, subscriptionForm.email(), account(authentication));
		return "redirect:/subscriptions/sent";
	}

	@GetMapping("/subscriptions/sent")
	String sent(Model model) {
		return link(model, "subscription.sent.title", "subscription.sent.text", null, null, null);
	}

	@GetMapping("/subscriptions/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		var pending = subscribe.pending(token);
		if (pending.isEmpty()) {
			return link(model, "subscription.confirm.title", "subscription.confirm.invalid", null, null, null);
		}
		return link(model, "subscription.confirm.title", "subscription.confirm.ask",
				label(pending.get()), "/subscriptions/confirm/" + token, "subscription.confirm.button");
	}

	@PostMapping("/subscriptions/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		var confirmed = subscribe.confirm(token);
		if (confirmed.isEmpty()) {
			return link(model, "subscription.confirm.title", "subscription.confirm.invalid", null, null, null);
		}
		return link(model, "subscription.confirm.title", "subscription.confirm.done", label(confirmed.get()), null,
				null);
	}

	@GetMapping("/subscriptions/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model) {
		var subscription = unsubscribe.byLink(token).orElseThrow(() -> new NotFound("Subscription link"));
		if (!subscription.isActive()) {
			return link(model, "subscription.unsubscribe.title", "subscription.unsubscribe.done", label(subscription),
					null, null);
		}
		return link(model, "subscription.unsubscribe.title", "subscription.unsubscribe.ask", label(subscription),
				"/subscriptions/unsubscribe/" + token, "subscription.unsubscribe.button");
	}

	/** The page's button and RFC 8058 one-click ({@code List-Unsubscribe=One-Click} in the body) alike. */
	@PostMapping("/subscriptions/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		var subscription = unsubscribe.unsubscribe(token).orElseThrow(() -> new NotFound("Subscription link"));
		return link(model, "subscription.unsubscribe.title", "subscription.unsubscribe.done", label(subscription), null,
				null);
	}

	private SubscriptionTarget target(Map<String, String> parameters) {
		return targets.existing(SubscriptionTarget.of(parameters)).orElseThrow(() -> new NotFound("Subscription target"));
	}

	private String form(SubscriptionTarget target, Model model) {
		model.addAttribute("kind", target.kind());
		model.addAttribute("label", targets.label(target, LocaleContextHolder.getLocale()));
		model.addAttribute("pagePath", targets.pagePath(target));
		model.addAttribute("targetParameters", parameters(target));
		return "subscription/new";
	}

	/** The hidden fields that carry the target through the form's POST. */
	private static Map<String, String> parameters(SubscriptionTarget target) {
		if (target.kind() == SubscriptionKind.SEARCH) {
			return target.searchParameters();
		}
		var parameters = new LinkedHashMap<String, String>();
		parameters.put(target.kind().name().toLowerCase(), target.value());
		return parameters;
	}

	private String label(Subscription subscription) {
		return targets.label(subscription.target(), LocaleContextHolder.getLocale());
	}

	private static String link(Model model, String title, String text, String label, String action, String button) {
		model.addAttribute("title", title);
		model.addAttribute("text", text);
		model.addAttribute("label", label);
		model.addAttribute("action", action);
		model.addAttribute("button", button);
		return "subscription/link";
	}

	private static String account(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return CurrentUser.of(authentication).userName();
	}
}
