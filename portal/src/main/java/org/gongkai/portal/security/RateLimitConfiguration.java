package org.gongkai.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.portal.security.RateLimits.Endpoint;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the rate limits ({@link RateLimits}) in front of the anonymous endpoints that cost a search or
 * a computation, and the request form's submission. They run after Spring Security, so they know who
 * signed in.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final RateLimits limits;

	RateLimitConfiguration(RateLimitProperties properties) {
		this.limits = new RateLimits(properties);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the search page runs a search whether or not a query was typed
		limit(registry, Endpoint.SEARCH, HttpMethod.GET, "/api/catalogue/search", "/catalogue");
		limit(registry, Endpoint.SUGGEST, HttpMethod.GET, "/api/catalogue/suggest");
		limit(registry, Endpoint.CALENDAR, HttpMethod.GET, "/api/calendar/**");
		limit(registry, Endpoint.FEES, HttpMethod.GET, "/api/fees/**");
		limit(registry, Endpoint.FEED, HttpMethod.GET, "/catalogue/feed.atom");
		limit(registry, Endpoint.REQUESTS, HttpMethod.POST, "/requests", "/api/requests");
		limit(registry, Endpoint.SITE_ERRORS, HttpMethod.POST, "/site-errors", "/api/site-errors");
		// the request form's "already published?" counting, posted while typing like the suggestions
		limit(registry, Endpoint.SUGGEST, HttpMethod.POST, "/requests/form-sessions/**");
		// every try of a receipt number and 查询码, however it comes; the empty form is free
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getParameter("code") != null) {
					limits.consume(Endpoint.LOOKUP, request);
				}
				return true;
			}
		}).addPathPatterns("/requests/lookup", "/api/requests/lookup");
		limit(registry, Endpoint.SUBSCRIPTIONS, HttpMethod.POST, "/subscriptions/new");
		// 政民互动: a citizen's letters share the bucket of their other submissions
		limit(registry, Endpoint.REQUESTS, HttpMethod.POST, "/letters/new", "/api/letters");
		// 意见征集: so are their comments on a draft
		limit(registry, Endpoint.REQUESTS, HttpMethod.POST, "/consultations/*/comments", "/api/consultations/*/comments");
	}

	private void limit(InterceptorRegistry registry, Endpoint endpoint, HttpMethod method, String... paths) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				var called = HttpMethod.valueOf(request.getMethod());
				if (called.equals(method) || method == HttpMethod.GET && called.equals(HttpMethod.HEAD)) {
					limits.consume(endpoint, request);
				}
				return true;
			}
		}).addPathPatterns(paths);
	}
}
