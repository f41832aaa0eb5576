package org.gongkai.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends the visitor to Keycloak with the portal's language as OIDC {@code ui_locales}: Keycloak's pages are
 * Chinese like the portal's, whatever language the browser asks for, and English once the visitor has switched
 * the portal to English (Keycloak prefers {@code ui_locales} to {@code Accept-Language}).
 */
final class LanguageOfThePortal implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver delegate;

	private final LocaleResolver locales;

	LanguageOfThePortal(ClientRegistrationRepository registrations, LocaleResolver locales) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		this.locales = locales;
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return inLanguage(delegate.resolve(request), request);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return inLanguage(delegate.resolve(request, clientRegistrationId), request);
	}

	private OAuth2AuthorizationRequest inLanguage(OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
		if (authorization == null) {
			return null;
		}
		var language = locales.resolveLocale(request).toLanguageTag();
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters(parameters -> parameters.put("ui_locales", language))
			.build();
	}
}
