package org.gongkai.portal.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Three filter chains: the REST API with bearer tokens (stateless), Camunda's own web applications
 * and engine REST ({@link CamundaWebappSecurity}), and the pages with the Keycloak login. Public
 * catalogue pages and search stay anonymous, and so does a URL nothing maps ({@link UnmappedPaths}): it
 * answers 404, not the sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	private static final String PROBLEM_BASE = "https://gongkai.org/problems/";

	/**
	 * Built from properties rather than by issuer discovery, so the portal starts and serves the public
	 * catalogue while Keycloak is still starting or briefly down.
	 */
	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
		var registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(keycloak.endpoint("auth"))
			.tokenUri(keycloak.endpoint("token"))
			.userInfoUri(keycloak.endpoint("userinfo"))
			.jwkSetUri(keycloak.endpoint("certs"))
			.issuerUri(keycloak.issuer())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", keycloak.endpoint("logout")))
			.clientName("Keycloak")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	/**
	 * Keycloak's signing keys, held through an outage of Keycloak ({@link KeycloakKeys}); fetched from
	 * {@code gongkai.keycloak.keys.uri} where the portal reaches Keycloak by another address than the
	 * browsers (a back-channel), else from the realm's {@code certs} endpoint.
	 */
	@Bean
	KeycloakKeys keycloakKeys(KeycloakProperties keycloak, @Value("${gongkai.keycloak.keys.uri:}") String uri,
			@Value("${gongkai.keycloak.keys.refresh:5m}") Duration refresh,
			@Value("${gongkai.keycloak.keys.outage-tolerance:12h}") Duration outageTolerance) {
		return new KeycloakKeys(uri.isBlank() ? keycloak.endpoint("certs") : uri, refresh, outageTolerance);
	}

	/**
	 * Validates access tokens locally: signature against Keycloak's JWKs (fetched at start-up and cached,
	 * not requested per call), issuer, expiry and our audience; a token seen before is not parsed and its
	 * signature not verified again ({@link CachingJwtDecoder}), but checked again for the rest.
	 */
	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak, KeycloakKeys keys) {
		var decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.endpoint("certs"))
			.jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(keys.selector()))
			.build();
		var validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
				new AudienceValidator(keycloak.audience()));
		decoder.setJwtValidator(validator);
		return new CachingJwtDecoder(decoder, validator);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ObjectMapper json, MessageSource messages, LocaleResolver locales)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/catalogue/search", "/api/catalogue/suggest",
						"/api/catalogue/public/**")
				.permitAll()
				.requestMatchers("/api/calendar/**", "/api/fees/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/site-errors")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/requests/lookup")
				.permitAll()
				// 意见征集: the open and closed consultations, their accepted comments and feedback
				.requestMatchers(HttpMethod.GET, "/api/consultations", "/api/consultations/{id:\\d+}",
						"/api/consultations/{id:\\d+}/comments", "/api/consultations/{id:\\d+}/feedback")
				.permitAll()
				// 政民互动: the published replies
				.requestMatchers(HttpMethod.GET, "/api/letters", "/api/letters/{id:\\d+}")
				.permitAll()
				// 建议提案办理: the published replies and the year's table
				.requestMatchers(HttpMethod.GET, "/api/proposals", "/api/proposals/{id:\\d+}", "/api/proposals/summary")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(oauth -> oauth
				.jwt(jwt -> jwt.jwtAuthenticationConverter(
						KeycloakRoleMapper::authentication))
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response,
						HttpStatus.UNAUTHORIZED, "unauthenticated",
						messages.getMessage("api.problem.unauthenticated", null, locales.resolveLocale(request)))))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response,
						HttpStatus.UNAUTHORIZED, "unauthenticated",
						messages.getMessage("api.problem.unauthenticated", null, locales.resolveLocale(request))))
				.accessDeniedHandler((request, response, e) -> problem(json, request, response, HttpStatus.FORBIDDEN,
						"forbidden", messages.getMessage("api.problem.forbidden", null, locales.resolveLocale(request)))));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, JwtDecoder jwtDecoder,
			KeycloakProperties keycloak, ObjectProvider<RequestMappingInfoHandlerMapping> mappings, LocaleResolver locales)
			throws Exception {
		var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/catalogue", "/catalogue/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/error", "/error/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/annual-reports/**", "/webjars/**", "/sitemap", "/feed.xsl", "/display")
			.permitAll()
			.requestMatchers("/guide", "/agencies/*/guide", "/site-errors/new", "/site-errors", "/site-errors/filed")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/agencies", "/agencies/**")
			.permitAll()
			// 依申请公开 without an account: the 申请须知 with its forms, and following a request by receipt number and 查询码
			.requestMatchers("/apply", "/apply/**", "/requests/lookup")
			.permitAll()
			// e-mail subscriptions: the form, its confirmation and unsubscribe links (the token is the proof)
			.requestMatchers("/subscriptions/**")
			.permitAll()
			// 互动交流: the public pages; writing (a comment, a letter, a rating) asks the writer to sign in
			.requestMatchers(HttpMethod.GET, "/consultations", "/consultations/{id:\\d+}", "/consultations/{id:\\d+}/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/letters", "/letters/{id:\\d+}")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/proposals", "/proposals/{id:\\d+}", "/proposals/summary")
			.permitAll()
			.requestMatchers("/workbench", "/workbench/**")
			.hasAnyRole(Roles.STAFF)
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Roles.ADMIN)
			.requestMatchers(new UnmappedPaths(mappings))
			.permitAll()
			.anyRequest()
			.authenticated())
			// RFC 8058 one-click unsubscribe: mail clients POST there without a CSRF token (the token in the path is the proof)
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/subscriptions/unsubscribe/*")))
			.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers(jwtDecoder)))
				.authorizationEndpoint(endpoint -> endpoint
					.authorizationRequestResolver(new LanguageOfThePortal(registrations, locales))))
			.logout(out -> out.logoutSuccessHandler(logout))
			.headers(PageHeaders.of(keycloak));
		return http.build();
	}

	/** Reads roles and department from the access token, validated like any API token. */
	private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(JwtDecoder jwtDecoder) {
		var delegate = new OidcUserService();
		return request -> {
			var user = delegate.loadUser(request);
			var claims = jwtDecoder.decode(request.getAccessToken().getTokenValue()).getClaims();
			var current = CurrentUser.from(claims);
			return new KeycloakOidcUser(KeycloakRoleMapper.authorities(claims), user.getIdToken(), user.getUserInfo(),
					current);
		};
	}

	private static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String type, String detail) throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_BASE + type));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"gongkai\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
