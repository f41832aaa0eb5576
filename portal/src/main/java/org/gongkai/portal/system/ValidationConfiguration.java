package org.gongkai.portal.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future} …) is the application's clock, in
 * the agency's zone: with the validator's default (the server's zone, UTC in containers) a 成文日期 of
 * today was refused as "in the future" for the first eight hours of each China day.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ValidationConfigurationCustomizer agencyClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
