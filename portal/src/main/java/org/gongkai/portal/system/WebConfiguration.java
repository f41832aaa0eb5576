package org.gongkai.portal.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese first, English on request ({@code ?lang=en}); the choice lives in a cookie, not
 * in the server, so any node can serve the next page. An API client without the cookie may ask with
 * {@code Accept-Language} instead; pages stay Chinese until the visitor switches.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The languages the product is offered in, the first the default. */
	static final List<Locale> OFFERED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("gongkai-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** Chinese, or for {@code /api/**} the better of Chinese and English that {@code Accept-Language} names. */
	static Locale defaultLocale(HttpServletRequest request) {
		var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			var chosen = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
			return chosen == null ? Locale.SIMPLIFIED_CHINESE : chosen;
		}
		catch (IllegalArgumentException malformed) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

	/** The feed's stylesheet ({@code /feed.xsl}) as an XSLT type a browser applies. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> xslMimeType() {
		return factory -> {
			var mappings = new MimeMappings(MimeMappings.DEFAULT);
			mappings.add("xsl", "text/xsl");
			factory.setMimeMappings(mappings);
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}
}
