package org.gongkai.portal.observability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import org.gongkai.portal.security.KeycloakRoleMapper;
import org.gongkai.portal.security.Roles;

/**
 * The metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}) answer an administrator's bearer
 * token only: Prometheus scrapes with a token of a service account holding the {@code admin} role (see
 * docs/operations.md), never with a page session, and nobody else sees the figures. Health stays open for
 * load balancers and probes ({@code /actuator/health/liveness}, {@code /actuator/health/readiness}).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakRoleMapper::authentication)));
		return http.build();
	}
}
