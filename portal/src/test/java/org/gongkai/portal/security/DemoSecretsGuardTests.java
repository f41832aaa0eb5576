package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Outside the demo the portal refuses to start with the secrets published in its own
 * {@code application.yml} (read here as the application reads it) or in the deployment templates,
 * and names the environment variable to set; the engine account never has a default password.
 */
class DemoSecretsGuardTests {

	private static final String OWN_KEY = "q0n5Wm9xk3l2c2VjcmV0LWtleS1vZi1hbi1vcGVyYXRvcg==";

	/**
	 * The key by its property: on the test class path, workflow's test {@code application.properties}
	 * sets it (to a published test key), and a properties file wins over the variable in the YAML.
	 */
	private static final String KEY = "gongkai.workflow.encryption-key=";

	/** The real application.yml, with environment variables given as properties. */
	private final ApplicationContextRunner portal = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(DemoSecretsGuard.class);

	@Test
	void outsideTheDemoTheDefaultsOfApplicationYmlStopStartUp() {
		portal.withPropertyValues("GONGKAI_DEMO=false").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("GONGKAI_ENCRYPTION_KEY")
				.hasMessageContaining("GONGKAI_OIDC_CLIENT_SECRET");
		});
	}

	@Test
	void eachMissingOrPublishedSecretIsNamed() {
		portal.withPropertyValues("GONGKAI_DEMO=false", KEY + OWN_KEY).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("GONGKAI_OIDC_CLIENT_SECRET")
				.hasMessageNotContaining("GONGKAI_ENCRYPTION_KEY");
		});
		portal.withPropertyValues("GONGKAI_DEMO=false", KEY, "GONGKAI_OIDC_CLIENT_SECRET=s3cr3t-of-ours")
			.run(context -> assertThat(context.getStartupFailure()).hasMessageContaining("GONGKAI_ENCRYPTION_KEY")
				.hasMessageNotContaining("GONGKAI_OIDC_CLIENT_SECRET"));
		portal.withPropertyValues("GONGKAI_DEMO=false", KEY + OWN_KEY,
				"GONGKAI_OIDC_CLIENT_SECRET=change-me-client-secret")
			.run(context -> assertThat(context.getStartupFailure()).hasMessageContaining("GONGKAI_OIDC_CLIENT_SECRET"));
		portal.withPropertyValues("GONGKAI_DEMO=false", KEY + "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=",
				"GONGKAI_OIDC_CLIENT_SECRET=s3cr3t-of-ours")
			.run(context -> assertThat(context.getStartupFailure()).hasMessageContaining("GONGKAI_ENCRYPTION_KEY"));
	}

	@Test
	void secretsOfTheOperatorsOwnStartUp() {
		portal.withPropertyValues("GONGKAI_DEMO=false", KEY + OWN_KEY,
				"GONGKAI_OIDC_CLIENT_SECRET=s3cr3t-of-ours")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void theDemoStartsWithItsPublishedSecrets() {
		portal.withPropertyValues("GONGKAI_DEMO=true").run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void anEngineAccountOutsideTheDemoNeedsAPasswordOfItsOwn() {
		portal
			.withPropertyValues("GONGKAI_DEMO=false", KEY + OWN_KEY,
					"GONGKAI_OIDC_CLIENT_SECRET=s3cr3t-of-ours", "camunda.bpm.admin-user.id=ops",
					"camunda.bpm.admin-user.password=camunda-admin")
			.run(context -> assertThat(context.getStartupFailure())
				.hasMessageContaining("GONGKAI_CAMUNDA_ADMIN_PASSWORD"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Nothing {
	}

	/** Through a real SpringApplication, which applies the post-processor from spring.factories. */
	@Test
	void anEngineAccountWithoutPasswordStopsStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> application().run("--GONGKAI_DEMO=true", "--GONGKAI_CAMUNDA_ADMIN=ops").close())
			.withMessageContaining("GONGKAI_CAMUNDA_ADMIN_PASSWORD");
	}

	@Test
	void withoutGongkaiCamundaAdminTheEngineHasNoAccount() {
		try (var context = application().run("--GONGKAI_DEMO=true")) {
			assertThat(context.getEnvironment().containsProperty("camunda.bpm.admin-user.id")).isFalse();
		}
		try (var context = application().run("--GONGKAI_DEMO=true", "--GONGKAI_CAMUNDA_ADMIN=ops",
				"--GONGKAI_CAMUNDA_ADMIN_PASSWORD=pw-of-ours")) {
			assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.id")).isEqualTo("ops");
			assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.password")).isEqualTo("pw-of-ours");
		}
	}

	private static SpringApplication application() {
		return new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE).logStartupInfo(false).build();
	}
}
