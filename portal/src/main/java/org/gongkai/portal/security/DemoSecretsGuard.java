package org.gongkai.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo ({@code GONGKAI_DEMO=false}) the portal does not start with a secret that is
 * missing or has a value published with Gongkai (the demo defaults in {@code application.yml}, the
 * test keys, the {@code change-me} placeholders of the deployment templates): the message names the
 * environment variable to set. It runs before any other bean is created, so nothing has been
 * encrypted or signed in with such a value.
 */
@Component
class DemoSecretsGuard implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	/** A secret the portal needs, where it is configured, and the values everybody knows. */
	record Secret(String property, String variable, Set<String> published) {

		boolean acceptable(String value) {
			return value != null && !value.isBlank() && !published.contains(value.strip())
					&& !value.strip().toLowerCase(java.util.Locale.ROOT).startsWith("change-me");
		}
	}

	static final List<Secret> SECRETS = List.of(
			new Secret("gongkai.workflow.encryption-key", "GONGKAI_ENCRYPTION_KEY",
					Set.of("ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=", "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1mb3Itd2Zsb3c=")),
			new Secret("gongkai.keycloak.client-secret", "GONGKAI_OIDC_CLIENT_SECRET", Set.of("gongkai-portal-secret")));

	/** The engine account's password, checked when an account is configured at all. */
	static final Secret ENGINE_ACCOUNT = new Secret("camunda.bpm.admin-user.password", "GONGKAI_CAMUNDA_ADMIN_PASSWORD",
			Set.of("camunda-admin", "demo", "admin"));

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (environment.getProperty("gongkai.demo.enabled", Boolean.class, false)) {
			return;
		}
		var secrets = new ArrayList<>(SECRETS);
		if (environment.containsProperty("camunda.bpm.admin-user.id")) {
			secrets.add(ENGINE_ACCOUNT);
		}
		var refused = secrets.stream()
			.filter(secret -> !secret.acceptable(environment.getProperty(secret.property())))
			.map(secret -> secret.variable() + " (" + secret.property() + ")")
			.toList();
		if (!refused.isEmpty()) {
			throw new IllegalStateException("GONGKAI_DEMO=false but " + String.join(", ", refused)
					+ (refused.size() == 1 ? " is" : " are")
					+ " not set or set to a value published with Gongkai (a demo, test or change-me value). "
					+ "Set a secret of your own (e.g. openssl rand -base64 32; the same client secret as in Keycloak), "
					+ "or GONGKAI_DEMO=true for a demonstration.");
		}
	}
}
