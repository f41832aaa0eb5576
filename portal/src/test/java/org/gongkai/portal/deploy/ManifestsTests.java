package org.gongkai.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production manifests carry what the tests proved on this machine: two or more portal replicas that
 * need no stickiness, a disruption budget, the liveness and readiness probes of ObservabilityIT, resources,
 * secrets from Secrets only; and every variable they give the portal is one it reads (a mistyped name
 * would otherwise be ignored silently and the default used).
 */
class ManifestsTests {

	private static final Path DEPLOY = Path.of("../deploy");

	/** Variables the JVM or Spring Boot itself reads. */
	private static final Set<String> PLATFORM = Set.of("JAVA_TOOL_OPTIONS", "TZ", "SPRING_PROFILES_ACTIVE");

	@Test
	void kubernetesRunsTwoPortalsWithProbesResourcesABudgetAndSecretsFromSecrets() throws IOException {
		var documents = yaml(DEPLOY.resolve("k8s/portal.yaml"));
		var deployment = kind(documents, "Deployment");
		assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
		var container = portalContainer(deployment);
		assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(at(container, "startupProbe", "httpGet", "path")).isNotNull();
		assertThat(keys(at(container, "resources", "requests"))).contains("cpu", "memory");
		assertThat(keys(at(container, "resources", "limits"))).contains("memory");
		for (var variable : env(container)) {
			var name = (String) variable.get("name");
			if (name.matches(".*(PASSWORD|SECRET|ENCRYPTION_KEY).*")) {
				assertThat(at(variable, "valueFrom", "secretKeyRef")).as(name + " comes from a Secret").isNotNull();
				assertThat(keys(variable)).as(name + " has no value in the manifest").doesNotContain("value");
			}
		}
		var budget = kind(documents, "PodDisruptionBudget");
		assertThat(at(budget, "spec", "selector", "matchLabels"))
			.isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
		assertThat((Integer) at(budget, "spec", "minAvailable")).isGreaterThanOrEqualTo(1);

		var kustomization = yaml(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
		for (var resource : (List<?>) kustomization.get("resources")) {
			assertThat(DEPLOY.resolve("k8s").resolve((String) resource)).as("listed in kustomization.yaml").exists();
		}
		var configMap = (Map<?, ?>) kind(yaml(DEPLOY.resolve("k8s/configmap.yaml")), "ConfigMap").get("data");
		assertThat(configMap.keySet().stream().map(String::valueOf))
			.as("the ConfigMap holds no secret").noneMatch(key -> key.matches(".*(PASSWORD|SECRET|ENCRYPTION_KEY).*"));
		assertThat(configMap.get("GONGKAI_DEMO")).isEqualTo("false");
	}

	@Test
	void composeRunsTwoPortalsOnTheSameSettingsWithElasticsearchSecurityOn() throws IOException {
		var compose = yaml(DEPLOY.resolve("compose/compose.yaml")).get(0);
		var services = (Map<?, ?>) compose.get("services");
		var portals = services.keySet().stream().map(String::valueOf).filter(name -> name.startsWith("portal-")).toList();
		assertThat(portals).hasSizeGreaterThanOrEqualTo(2);
		for (var portal : portals) {
			assertThat(at((Map<?, ?>) services.get(portal), "healthcheck", "test")).as(portal).isNotNull();
		}
		var environment = (Map<?, ?>) at(compose, "x-portal", "environment");
		environment.forEach((name, value) -> {
			if (String.valueOf(name).matches(".*(PASSWORD|SECRET|ENCRYPTION_KEY).*")) {
				assertThat(String.valueOf(value)).as(name + " comes from .env").startsWith("${");
			}
		});
		assertThat(at((Map<?, ?>) services.get("elasticsearch"), "environment", "xpack.security.enabled")).isEqualTo("true");
	}

	@Test
	void everyVariableTheManifestsSetIsOneThePortalReads() throws IOException {
		var set = new TreeSet<String>();
		env(portalContainer(kind(yaml(DEPLOY.resolve("k8s/portal.yaml")), "Deployment")))
			.forEach(variable -> set.add((String) variable.get("name")));
		((Map<?, ?>) kind(yaml(DEPLOY.resolve("k8s/configmap.yaml")), "ConfigMap").get("data")).keySet()
			.forEach(name -> set.add(String.valueOf(name)));
		((Map<?, ?>) at(yaml(DEPLOY.resolve("compose/compose.yaml")).get(0), "x-portal", "environment")).keySet()
			.forEach(name -> set.add(String.valueOf(name)));
		assertThat(set).contains("GONGKAI_DB_URL", "GONGKAI_DB_PASSWORD", "GONGKAI_KEYCLOAK_URL");

		var read = readByThePortal();
		assertThat(read).as("the scan finds the portal's variables").contains("GONGKAI_DB_URL", "GONGKAI_CAMUNDA_ADMIN")
			.doesNotContain("GONGKAI_DB_PASWORD");
		assertThat(set).allSatisfy(name -> assertThat(PLATFORM.contains(name) || read.contains(name))
			.as(name + " is read by the portal (application*.yml or the code)").isTrue());
	}

	/** The variables of the placeholders in application*.yml, and those the code names. */
	private static Set<String> readByThePortal() throws IOException {
		var names = new TreeSet<String>();
		var placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
		var literal = Pattern.compile("\"(GONGKAI_[A-Z0-9_]+)\"");
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources")), Files.walk(Path.of("src/main/java")))) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				var name = file.getFileName().toString();
				if (name.startsWith("application") && name.endsWith(".yml")) {
					placeholder.matcher(Files.readString(file)).results().forEach(m -> names.add(m.group(1)));
				}
				else if (name.endsWith(".java")) {
					literal.matcher(Files.readString(file)).results().forEach(m -> names.add(m.group(1)));
				}
			}
		}
		return names;
	}

	private static List<Map<?, ?>> yaml(Path file) throws IOException {
		var documents = new ArrayList<Map<?, ?>>();
		new Yaml().loadAll(Files.readString(file)).forEach(document -> {
			if (document instanceof Map<?, ?> map) {
				documents.add(map);
			}
		});
		return documents;
	}

	private static Set<String> keys(Object map) {
		var keys = new TreeSet<String>();
		((Map<?, ?>) map).keySet().forEach(key -> keys.add(String.valueOf(key)));
		return keys;
	}

	private static Map<?, ?> kind(List<Map<?, ?>> documents, String kind) {
		return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind));
	}

	private static Map<?, ?> portalContainer(Map<?, ?> deployment) {
		return (Map<?, ?>) ((List<?>) at(deployment, "spec", "template", "spec", "containers")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> env(Map<?, ?> container) {
		return (List<Map<?, ?>>) container.get("env");
	}

	private static Object at(Map<?, ?> map, String... path) {
		Object current = map;
		for (var key : path) {
			if (!(current instanceof Map<?, ?> m)) {
				return null;
			}
			current = m.get(key);
		}
		return current;
	}
}
