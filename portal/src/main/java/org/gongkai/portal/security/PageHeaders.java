package org.gongkai.portal.security;

import java.net.URI;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of the pages: a Content-Security-Policy that allows scripts only from our own
 * files ({@code static/js}, the ECharts webjar; templates carry no inline script or event handler),
 * Referrer-Policy, Permissions-Policy, and Spring Security's defaults, which include HSTS on requests
 * that arrived over TLS (also behind a proxy that says {@code X-Forwarded-Proto: https}). Camunda's web
 * apps send their own policy and are not in this chain.
 */
final class PageHeaders {

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

	private PageHeaders() {
	}

	/**
	 * The policy. Forms post to the portal, but signing out redirects a form's POST on to Keycloak, so
	 * Keycloak's origin is a form target too. Style attributes stay allowed ({@code style-src-attr}):
	 * ECharts writes them into its tooltips; style sheets come only from the portal (and inline ones on
	 * Swagger UI's pages).
	 */
	static String contentSecurityPolicy(KeycloakProperties keycloak, String styles) {
		var url = URI.create(keycloak.url());
		var keycloakOrigin = url.getScheme() + "://" + url.getRawAuthority();
		return "default-src 'self'; script-src 'self'; " + styles + "; "
				+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "frame-ancestors 'self'; form-action 'self' " + keycloakOrigin;
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> of(KeycloakProperties keycloak) {
		// Swagger UI adds <style> elements from its script: its pages allow inline style sheets too
		RequestMatcher swaggerUi = request -> request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
		return headers -> headers.frameOptions(frame -> frame.sameOrigin())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(
							contentSecurityPolicy(keycloak, "style-src 'self'; style-src-attr 'unsafe-inline'"))))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(keycloak, "style-src 'self' 'unsafe-inline'"))))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}
}
