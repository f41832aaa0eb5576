package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint and page of the portal, as Spring MVC maps them, called by an anonymous caller and a
 * user of every role, against the table {@code src/test/resources/authorization-matrix.md}: one row per
 * HTTP method and path pattern, the concrete request made (ids that do not exist where a missing id is
 * the natural probe, so nothing is written), and the exact outcome per caller. API calls carry the
 * user's bearer token; pages the user's session after signing in on Keycloak's login form, with the
 * session's CSRF token on writes; a body {@code multipart:NAME} sends one empty file part. A mapping missing from the table, or a row without a mapping, fails.
 * <p>
 * Outcomes: the status code; a redirect to the sign-in reads {@code 302>login}, any other redirect
 * {@code 302}. With {@code -Dmatrix.record=true} the observed table is written to
 * {@code target/authorization-matrix.md} (and missing rows get generated probes) for review.
 */
class AuthorizationMatrixIT extends PortalIT {

	static final List<String> CALLERS = List.of("anonymous", "applicant1", "clerk1", "head1", "secrecy1", "editor1",
			"leader1", "officehead1", "admin");

	private static final String TABLE = "/authorization-matrix.md";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyEndpointAndPageAnswersEveryCallerAsTheTableSays() throws Exception {
		var mapped = mappings();
		var table = readTable();
		boolean record = Boolean.getBoolean("matrix.record");

		var missing = new TreeSet<>(mapped.keySet());
		missing.removeAll(table.keySet());
		var stale = new TreeSet<>(table.keySet());
		stale.removeAll(mapped.keySet());
		if (!record) {
			assertThat(missing).as("mappings that are not in " + TABLE + " (add a row for each, with its probe and "
					+ "expected outcomes):\n" + String.join("\n", missing.stream().map(k -> mapped.get(k).line()).toList()))
				.isEmpty();
			assertThat(stale).as("rows of " + TABLE + " that no mapping answers any more").isEmpty();
		}

		var rows = new TreeMap<String, Row>(table);
		if (record) {
			missing.forEach(key -> rows.put(key, mapped.get(key)));
			stale.forEach(rows::remove);
		}
		var callers = new LinkedHashMap<String, Caller>();
		for (var name : CALLERS) {
			callers.put(name, name.equals("anonymous") ? Caller.anonymous() : signIn(name));
		}

		var mismatches = new ArrayList<String>();
		var observed = new TreeMap<String, Row>();
		for (var row : rows.values()) {
			var outcomes = new ArrayList<String>();
			for (var caller : callers.entrySet()) {
				var outcome = call(row, caller.getValue());
				outcomes.add(outcome);
				var expected = row.expected().isEmpty() ? null : row.expected().get(outcomes.size() - 1);
				if (!outcome.equals(expected)) {
					mismatches.add(row.method() + " " + row.probe() + " as " + caller.getKey() + ": expected " + expected
							+ ", got " + outcome);
				}
			}
			observed.put(row.key(), new Row(row.method(), row.pattern(), row.probe(), row.body(), outcomes));
		}
		if (record) {
			var out = Path.of("target", "authorization-matrix.md");
			Files.writeString(out, render(observed.values()));
		}
		assertThat(mismatches).as("outcomes that differ from " + TABLE).isEmpty();
	}

	/** Every handler method's HTTP methods × path patterns, with a generated probe. */
	private Map<String, Row> mappings() {
		var rows = new TreeMap<String, Row>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			var names = methods.isEmpty() ? List.of("*") : methods.stream().map(RequestMethod::name).sorted().toList();
			for (var pattern : info.getPatternValues()) {
				for (var method : names) {
					var row = new Row(method, pattern, probe(pattern, entry.getValue()), "", List.of());
					rows.putIfAbsent(row.key(), row);
				}
			}
		}
		return rows;
	}

	/** The pattern with its variables filled in (ids that do not exist) and the required parameters given. */
	private static String probe(String pattern, HandlerMethod handler) {
		var types = new LinkedHashMap<String, Class<?>>();
		var query = new ArrayList<String>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			var variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable != null) {
				var name = variable.name().isEmpty() ? parameter.getParameterName() : variable.name();
				types.put(name, parameter.getParameterType());
			}
			var param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)
					&& !Map.class.isAssignableFrom(parameter.getParameterType())
					&& !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
				var name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				query.add(name + "=" + sample(name, parameter.getParameterType()));
			}
		}
		Matcher m = VARIABLE.matcher(pattern);
		var path = new StringBuilder();
		while (m.find()) {
			var type = types.getOrDefault(m.group(1), String.class);
			m.appendReplacement(path, Matcher.quoteReplacement(sample(m.group(1), type)));
		}
		m.appendTail(path);
		var concrete = path.toString().replace("/**", "/x").replace("*", "x");
		return query.isEmpty() ? concrete : concrete + "?" + String.join("&", query);
	}

	private static String sample(String name, Class<?> type) {
		if (name.equals("year")) {
			return "2025";
		}
		if (name.equals("period")) {
			return "2026-01";
		}
		if (type == java.time.LocalDate.class) {
			return "2026-01-05";
		}
		if (type == Long.class || type == long.class) {
			return "999999";
		}
		if (type == Integer.class || type == int.class) {
			return name.toLowerCase().contains("day") ? "5" : "999999";
		}
		return name.toLowerCase().contains("id") ? "999999" : "x";
	}

	/** Calls the row's probe as the caller and names the outcome. */
	private String call(Row row, Caller caller) throws IOException, InterruptedException {
		var method = row.method().equals("*") ? "GET" : row.method();
		boolean api = row.probe().startsWith("/api/");
		var builder = HttpRequest.newBuilder(URI.create(url(row.probe()))).timeout(Duration.ofSeconds(60));
		boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
		if (row.body().startsWith("multipart:")) {
			// one empty file part of the given name
			var part = row.body().substring("multipart:".length());
			var body = "--matrix\r\nContent-Disposition: form-data; name=\"" + part
					+ "\"; filename=\"empty.csv\"\r\nContent-Type: text/csv\r\n\r\n\r\n--matrix--\r\n";
			builder.header("Content-Type", "multipart/form-data; boundary=matrix")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
			if (caller.token() != null && api) {
				builder.header("Authorization", "Bearer " + caller.token());
			}
			if (caller.csrf() != null && !api) {
				builder.header("X-CSRF-TOKEN", caller.csrf());
			}
		}
		else if (api) {
			if (caller.token() != null) {
				builder.header("Authorization", "Bearer " + caller.token());
			}
			builder.header("Content-Type", "application/json")
				.method(method, write ? HttpRequest.BodyPublishers.ofString(row.body().isEmpty() ? "{}" : row.body())
						: HttpRequest.BodyPublishers.noBody());
		}
		else {
			if (write && caller.csrf() != null) {
				builder.header("X-CSRF-TOKEN", caller.csrf());
			}
			builder.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, write ? HttpRequest.BodyPublishers.ofString(row.body()) : HttpRequest.BodyPublishers.noBody());
		}
		var response = caller.http().send(builder.build(), HttpResponse.BodyHandlers.discarding());
		int status = response.statusCode();
		if (status == 302 || status == 303) {
			var location = response.headers().firstValue("Location").orElse("");
			return location.contains("/oauth2/authorization/") || location.endsWith("/login") ? "302>login" : "302";
		}
		return String.valueOf(status);
	}

	/** Signs the user in on Keycloak's login form, as a browser would, and keeps the session and CSRF token. */
	private Caller signIn(String user) {
		var session = PageSession.signIn(url(""), user);
		return new Caller(session.client(), RealServers.token(user), session.csrf());
	}

	/** Reads the table: Markdown rows {@code | method | pattern | probe | body | outcome per caller |}. */
	private static Map<String, Row> readTable() throws IOException {
		var rows = new TreeMap<String, Row>();
		try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				return rows;
			}
			for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.startsWith("| ") || line.startsWith("| method ") || line.startsWith("| ---")) {
					continue;
				}
				var cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
				var values = new ArrayList<String>();
				for (var cell : cells) {
					values.add(cell.strip().replace("\\u007C", "|"));
				}
				if (values.size() != 4 + CALLERS.size()) {
					throw new IllegalStateException("A row of " + TABLE + " needs " + (4 + CALLERS.size()) + " cells: " + line);
				}
				var row = new Row(values.get(0), unquote(values.get(1)), unquote(values.get(2)), unquote(values.get(3)),
						List.copyOf(values.subList(4, values.size())));
				if (rows.put(row.key(), row) != null) {
					throw new IllegalStateException("Two rows for " + row.key() + " in " + TABLE);
				}
			}
		}
		return rows;
	}

	private static String unquote(String cell) {
		return cell.startsWith("`") && cell.endsWith("`") && cell.length() >= 2 ? cell.substring(1, cell.length() - 1)
				: cell;
	}

	private static String render(Iterable<Row> rows) {
		var text = new StringBuilder();
		text.append("| method | pattern | probe | body | ").append(String.join(" | ", CALLERS)).append(" |\n");
		text.append("| --- | --- | --- | --- |").append(" --- |".repeat(CALLERS.size())).append('\n');
		for (var row : rows) {
			text.append(row.line()).append('\n');
		}
		return text.toString();
	}

	/** One mapping: the request made and the outcome expected per caller, in the order of {@link #CALLERS}. */
	record Row(String method, String pattern, String probe, String body, List<String> expected) {

		String key() {
			return method + " " + pattern;
		}

		String line() {
			var cells = new ArrayList<String>(List.of(method, "`" + pattern + "`", "`" + probe + "`",
					body.isEmpty() ? "" : "`" + body.replace("|", "\\u007C") + "`"));
			for (int i = 0; i < CALLERS.size(); i++) {
				cells.add(expected.isEmpty() ? "?" : expected.get(i));
			}
			return "| " + String.join(" | ", cells) + " |";
		}
	}

	/** A caller: a cookie-keeping client with a page session (none for the anonymous), a token and the CSRF token. */
	record Caller(HttpClient http, String token, String csrf) {

		static Caller anonymous() {
			return new Caller(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), null, null);
		}
	}
}
