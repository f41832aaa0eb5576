package org.gongkai.portal.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request id and the signed-in user into the logging context (MDC), so that every line a request
 * logs carries them ({@code requestId}, {@code user} in the JSON logs of the {@code json-logs} profile).
 * The request id is the caller's {@value #HEADER} when it is a plain token (a load balancer's), else a new
 * one, and is sent back in the same header. The user is the account name, masked when it looks like an
 * ID card or mobile number, since an account may be named after one and logs must never hold them.
 */
@Configuration(proxyBeanMethods = false)
class LogContext {

	static final String HEADER = "X-Request-Id";

	static final String REQUEST_ID = "requestId";

	static final String USER = "user";

	/** What a request id from outside may look like; anything else is replaced, never logged. */
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** 身份证号 (15 or 18 characters) and mobile numbers, anywhere in a name. */
	private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}|1[3-9]\\d{9}");

	/** First of all filters, so that even the security filters' lines carry the id. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var id = requestId(request.getHeader(HEADER));
				MDC.put(REQUEST_ID, id);
				response.setHeader(HEADER, id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove(REQUEST_ID);
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("requestIdFilter");
		return registration;
	}

	/** After Spring Security's filters (order -100), which establish who is signed in. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> userLogFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated()
						&& !(authentication instanceof AnonymousAuthenticationToken)) {
					MDC.put(USER, userName(authentication.getName()));
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove(USER);
				}
			}
		});
		registration.setOrder(-99);
		registration.setName("userLogFilter");
		return registration;
	}

	static String requestId(String header) {
		return header != null && SAFE_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
	}

	static String userName(String name) {
		return name == null ? null : PERSONAL_NUMBER.matcher(name).replaceAll(match -> "*".repeat(match.group().length()));
	}
}
