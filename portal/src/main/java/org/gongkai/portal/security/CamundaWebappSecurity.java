package org.gongkai.portal.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Camunda Cockpit, Tasklist and Admin, their REST API under {@code /camunda/api} and the engine REST
 * API are for Gongkai administrators only, signed in through Keycloak like on every other page (or
 * with an administrator's bearer token). Camunda takes the user from Spring Security through its
 * container-based authentication; its own password login is closed, and the engine keeps no
 * accounts unless an operator configures one.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSecurity {

	/** Camunda's password login, e.g. {@code POST /camunda/api/admin/auth/user/default/login/cockpit}. */
	private static final Pattern PASSWORD_LOGIN = Pattern.compile("/camunda/api/[^/]+/auth/user/[^/]+/login(/.*)?");

	@Bean
	@Order(2)
	SecurityFilterChain camunda(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(under("/camunda"), under("/engine-rest")))
			.authorizeHttpRequests(auth -> auth
				// Camunda's own sign-in with an engine account and password: never, the user comes from Keycloak
				.requestMatchers(request -> PASSWORD_LOGIN.matcher(path(request)).matches())
				.denyAll()
				.anyRequest()
				.hasRole(Roles.ADMIN))
			// Camunda's CsrfPreventionFilter protects /camunda/api; /engine-rest takes bearer tokens only
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(
					KeycloakRoleMapper::authentication)))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(new BearerTokenAuthenticationEntryPoint(), under("/engine-rest"))
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint(
								"/oauth2/authorization/" + SecurityConfiguration.REGISTRATION_ID),
						AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	/**
	 * The request's path below the given one. By the request URI: Camunda's Jersey servlets, not Spring
	 * MVC, serve these paths, so MVC's path matching does not apply.
	 */
	private static RequestMatcher under(String prefix) {
		return request -> {
			var path = path(request);
			return path.equals(prefix) || path.startsWith(prefix + "/");
		};
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Runs after Spring Security's filter chain (order -100) and before the filters Camunda's web
	 * application initializer adds (authentication, CSRF, session cookie), as in Camunda's Spring
	 * Security example.
	 */
	@Bean
	FilterRegistrationBean<KeycloakAdministrators> camundaContainerAuthentication() {
		var registration = new FilterRegistrationBean<>(new KeycloakAdministrators());
		registration.setName("Gongkai container-based authentication");
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(101);
		return registration;
	}

	/**
	 * Without an engine account configured ({@link EngineAccountEnvironment}) the engine's identity
	 * service is read-only: nobody can create an account with a password, not through Camunda Admin,
	 * not through its first-start setup page (which Camunda would otherwise show while the engine has
	 * no {@code camunda-admin} member), and accounts left by earlier versions serve nothing.
	 */
	@Bean
	ProcessEnginePlugin readOnlyEngineIdentity(Environment environment) {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				if (!environment.containsProperty("camunda.bpm.admin-user.id")) {
					configuration
						.setIdentityProviderSessionFactory(new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
				}
			}
		};
	}

	/**
	 * The user Spring Security signed in, for Camunda: the Keycloak user name, with the realm roles as
	 * Camunda groups (they are the candidate groups of the tasks). Only administrators get this far.
	 */
	public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
					|| authentication.getName().isBlank()) {
				return AuthenticationResult.unsuccessful();
			}
			var result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(authentication.getAuthorities()
				.stream()
				.map(authority -> authority.getAuthority().replaceFirst("^ROLE_", ""))
				.toList());
			result.setTenants(List.of());
			return result;
		}
	}

	/**
	 * Camunda's container-based authentication for users who exist in Keycloak, not in the engine's
	 * identity service (where Camunda's own filter would look them up and find nobody).
	 */
	static class KeycloakAdministrators extends ContainerBasedAuthenticationFilter {

		@Override
		protected UserAuthentication createAuthentication(ProcessEngine engine, String userName, List<String> groups,
				List<String> tenants) {
			var authentication = new UserAuthentication(userName, engine.getName());
			authentication.setGroupIds(groups);
			authentication.setTenantIds(tenants);
			var apps = new HashSet<>(Set.of(AuthenticationUtil.APPS));
			apps.add(AuthenticationUtil.APP_WELCOME);
			authentication.setAuthorizedApps(apps);
			return authentication;
		}
	}
}
