package org.gongkai.portal.security;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Camunda engine has no account of its own unless an operator asks for one with
 * {@code GONGKAI_CAMUNDA_ADMIN}; its password {@code GONGKAI_CAMUNDA_ADMIN_PASSWORD} has no default,
 * so start-up fails without it. Camunda's web applications never take a password (see
 * {@link CamundaWebappSecurity}): such an account serves the engine's own identity service only.
 * Registered in {@code META-INF/spring.factories}: Camunda decides whether to create the account by
 * whether {@code camunda.bpm.admin-user.id} exists, before any bean could set it.
 */
public class EngineAccountEnvironment implements EnvironmentPostProcessor {

	static final String ACCOUNT = "GONGKAI_CAMUNDA_ADMIN";

	static final String PASSWORD = "GONGKAI_CAMUNDA_ADMIN_PASSWORD";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var account = environment.getProperty(ACCOUNT);
		if (account == null || account.isBlank()) {
			return;
		}
		var password = environment.getProperty(PASSWORD);
		if (password == null || password.isBlank()) {
			throw new IllegalStateException(ACCOUNT + " is set (" + account.strip() + ") but " + PASSWORD
					+ " is not: the Camunda engine account has no default password. Set " + PASSWORD
					+ ", or unset " + ACCOUNT + " (Gongkai administrators reach Camunda through Keycloak).");
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("gongkaiEngineAccount",
					Map.of("camunda.bpm.admin-user.id", account.strip(), "camunda.bpm.admin-user.password", password,
							"camunda.bpm.admin-user.first-name", "Camunda", "camunda.bpm.admin-user.last-name",
							"Administrator")));
	}
}
