package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated malformed input against every write endpoint of the portal (every POST, PUT, PATCH and DELETE
 * handler mapping, read from Spring's handler mapping so that a new endpoint is covered without a change
 * here): JSON with wrong types, nulls, huge strings, deep nesting, cut short, with the wrong content type
 * or as random bytes; multipart without boundary, with the wrong one or cut short; page forms with values
 * that do not convert. The API is called with bearer tokens of the roles that may call it, the pages with a
 * signed-in session and its CSRF token. No answer may be 500 or above, and an input that is refused must
 * not have written anything (the row counts of the application's tables are unchanged).
 *
 * <p>The inputs come from a fixed seed ({@value #SEED}, or {@code -Dgongkai.fuzz.seed=…}), so a failure is
 * reproduced by running the test again.
 */
class MalformedInputFuzzIT extends PortalIT {

	static final long SEED = 20261206L;

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	private static final Map<String, String> USER_OF_ROLE = Map.ofEntries(Map.entry("applicant", "applicant1"),
			Map.entry("clerk", "clerk1"), Map.entry("dept-head", "head1"), Map.entry("secrecy-reviewer", "secrecy1"),
			Map.entry("office-editor", "editor1"), Map.entry("leader", "leader1"), Map.entry("admin", "admin"),
			Map.entry("office-head", "officehead1"), Map.entry("section-chief", "chief1"),
			Map.entry("deputy-head", "deputy1"));

	private static final Pattern ROLE = Pattern.compile("'([a-z-]+)'");

	private static final List<String> BOGUS_IDS = List.of("0", "-1", "999999999", "abc", "9223372036854775808",
			"1.5", "%20", "null");

	/**
	 * Tables that background jobs change on their own: the relays (after an earlier, accepted input) and the
	 * daily digest, which records each day it has finished.
	 */
	private static final Set<String> BACKGROUND = Set.of("search_outbox", "mail_outbox", "subscription_digest_day",
			// page sessions: every signed-in call may touch its session (the CSRF token, a flash message), which
			// is kept in the database so that every portal node knows it; it is no data of the application
			"spring_session", "spring_session_attributes");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<String, String> tokens = new HashMap<>();

	private final Map<String, Long> tokenTimes = new HashMap<>();

	private final Map<String, PageSession> sessions = new HashMap<>();

	private Random random;

	private Fixture fixture;

	private List<String> tables;

	/** Real ids to address: a request at its handling task, its remedy, a draft item and its attachment. */
	private record Fixture(long requestId, String taskId, long remedyId, long itemId, long attachmentId,
			String reportId, String emergencyId) {
	}

	/** One endpoint: a method and path pattern, and what its handler reads. */
	private record Endpoint(RequestMethod method, String pattern, HandlerMethod handler, boolean multipart,
			boolean csv, Class<?> body, Class<?> form, List<Parameter> params, List<String> users) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

		boolean readsInput() {
			return body != null || form != null || multipart || csv || !params.isEmpty();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/** One malformed input: what it is, and how to send it. */
	/** The fields the task commands read (their union), for the handlers that read a command by hand. */
	private record TaskFields(Boolean approved, String comment, String decision, String departmentCode,
			String supplementNote, String replyType, List<String> replyReasons, String replyNote, Integer extensionDays,
			String extensionReason, String feeMethod, Integer feePages, String consultationKind, String consultedParty,
			String consultationOpinion, String replyDelivery, String deliveredOn, String reasonsVerdict,
			String laterDueOn, String correctionOutcome) {
	}

	private record Input(String kind, String query, String contentType, byte[] body, boolean bogusIds) {
	}

	/** What came back for one input. */
	private record Outcome(Endpoint endpoint, String path, String user, Input input, int status, String text) {

		@Override
		public String toString() {
			var shown = text == null ? "" : text.replaceAll("\\s+", " ");
			return endpoint + " as " + user + " → " + path + " [" + input.kind() + "] → " + status + ": "
					+ (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
		}
	}

	@Test
	void noMalformedInputGetsA5xxOrWritesAnything() throws Exception {
		long seed = Long.getLong("gongkai.fuzz.seed", SEED);
		random = new Random(seed);
		fixture = fixture();
		tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
				+ "and table_type = 'BASE TABLE' and table_name not like 'ACT\\_%' and table_name not like 'flyway%'",
				String.class)
			.stream()
			.filter(table -> !BACKGROUND.contains(table.toLowerCase()))
			.sorted()
			.toList();
		var endpoints = endpoints();
		assertThat(endpoints).as("write endpoints found in the handler mapping").hasSizeGreaterThan(40);

		var failures = new ArrayList<String>();
		var statuses = new java.util.TreeMap<Integer, Integer>();
		var report = new StringBuilder();
		int sent = 0;
		long started = System.nanoTime();
		var before = counts();
		for (var endpoint : endpoints) {
			int n = 0;
			var answers = new java.util.TreeMap<Integer, Integer>();
			for (var input : inputs(endpoint)) {
				var user = endpoint.users().get(n++ % endpoint.users().size());
				var path = path(endpoint, input.bogusIds()) + (input.query() == null ? "" : "?" + input.query());
				Outcome outcome;
				try {
					outcome = send(endpoint, path, user, input);
				}
				catch (IllegalStateException broken) {
					outcome = new Outcome(endpoint, path, user, input, 599, "connection broken: " + broken.getMessage());
				}
				sent++;
				statuses.merge(outcome.status(), 1, Integer::sum);
				answers.merge(outcome.status(), 1, Integer::sum);
				var after = counts();
				if (outcome.status() >= 500) {
					failures.add("5xx: " + outcome);
				}
				else if (refused(endpoint, outcome.status()) && !after.equals(before)) {
					failures.add("refused but wrote " + difference(before, after) + ": " + outcome);
				}
				before = after;
			}
			report.append(endpoint).append(' ').append(answers).append('\n');
		}
		var seconds = (System.nanoTime() - started) / 1_000_000_000;
		System.out.printf("MalformedInputFuzzIT: %d inputs to %d write endpoints in %d s (seed %d), answers %s%n%s",
				sent, endpoints.size(), seconds, seed, statuses, report);
		assertThat(failures).as("seed " + seed + ": " + failures.size() + " of " + sent + " inputs\n"
				+ String.join("\n", failures)).isEmpty();
		assertThat(sent).as("inputs sent").isGreaterThanOrEqualTo(1000);
	}

	/** A refused API input is a 4xx; a refused page form is shown again (200) or a 4xx. A redirect may be success. */
	private static boolean refused(Endpoint endpoint, int status) {
		return status >= 400 || !endpoint.api() && status == 200;
	}

	// ---- the endpoints --------------------------------------------------------------------------------

	private List<Endpoint> endpoints() {
		var endpoints = new ArrayList<Endpoint>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			var handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.gongkai")) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			var writes = methods.isEmpty() ? Set.of(RequestMethod.POST)
					: methods.stream().filter(WRITES::contains).collect(java.util.stream.Collectors.toSet());
			var consumes = info.getConsumesCondition().getConsumableMediaTypes().toString();
			Class<?> body = null;
			Class<?> form = null;
			boolean multipart = consumes.contains("multipart");
			var params = new ArrayList<Parameter>();
			for (var parameter : handler.getMethod().getParameters()) {
				var type = parameter.getType();
				if (parameter.isAnnotationPresent(RequestBody.class)) {
					body = type;
				}
				else if (parameter.isAnnotationPresent(RequestPart.class) || MultipartFile.class.isAssignableFrom(type)
						|| parameter.getParameterizedType().getTypeName().contains("MultipartFile")) {
					multipart = true;
				}
				else if (parameter.isAnnotationPresent(RequestParam.class)) {
					params.add(parameter);
				}
				else if (parameter.isAnnotationPresent(ModelAttribute.class) || type.isRecord()) {
					form = type;
				}
			}
			// completing a task reads the command of the task's type by hand (a JSON tree, the raw form):
			// malform the fields that the task commands have
			if (info.getPatternValues().stream().anyMatch(p -> p.contains("/tasks/{"))) {
				if (body == com.fasterxml.jackson.databind.JsonNode.class) {
					body = TaskFields.class;
				}
				else if (body == null && form == null && Arrays.stream(handler.getMethod().getParameterTypes())
					.anyMatch(jakarta.servlet.http.HttpServletRequest.class::equals)) {
					form = TaskFields.class;
				}
			}
			for (var pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (var method : writes) {
					endpoints.add(new Endpoint(method, pattern, handler, multipart, consumes.contains("csv"), body, form,
							params, users(pattern, handler)));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::toString));
		return endpoints;
	}

	/** The demo users whose roles may call it (from {@code @PreAuthorize}, else by path), and one who may not. */
	private static List<String> users(String pattern, HandlerMethod handler) {
		var users = new LinkedHashSet<String>();
		var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule != null) {
			Matcher role = ROLE.matcher(rule.value());
			while (role.find()) {
				if (USER_OF_ROLE.containsKey(role.group(1))) {
					users.add(USER_OF_ROLE.get(role.group(1)));
				}
			}
		}
		if (users.isEmpty()) {
			if (pattern.startsWith("/api/admin") || pattern.startsWith("/admin")) {
				users.add("admin");
			}
			else if (pattern.startsWith("/workbench")) {
				users.addAll(List.of("clerk1", "editor1", "officehead1"));
			}
			else {
				users.addAll(List.of("applicant1", "clerk1", "editor1"));
			}
		}
		users.add(users.contains("applicant1") ? "clerk1" : "applicant1");
		return List.copyOf(users);
	}

	private String path(Endpoint endpoint, boolean bogus) {
		var path = new StringBuilder();
		var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(endpoint.pattern());
		while (matcher.find()) {
			var value = bogus ? BOGUS_IDS.get(random.nextInt(BOGUS_IDS.size()))
					: realId(matcher.group(1), endpoint.pattern());
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String realId(String name, String pattern) {
		return switch (name) {
			case "taskId" -> fixture.taskId();
			case "remedyId" -> String.valueOf(fixture.remedyId());
			case "attachmentId" -> String.valueOf(fixture.attachmentId());
			case "requestId" -> String.valueOf(fixture.requestId());
			case "year" -> "2026";
			case "agency", "unitCode", "code", "key" -> "fgw";
			default -> pattern.contains("/tasks/{id}") ? fixture.taskId()
					: pattern.contains("emergencies/{id}") ? fixture.emergencyId()
							: pattern.contains("reports/{id}") ? fixture.reportId()
									: pattern.contains("items/{id}") ? String.valueOf(fixture.itemId())
											: String.valueOf(fixture.requestId());
		};
	}

	// ---- the inputs -----------------------------------------------------------------------------------

	private List<Input> inputs(Endpoint endpoint) {
		var inputs = new ArrayList<Input>();
		if (!endpoint.readsInput() && !endpoint.pattern().contains("{")) {
			// nothing to malform: one garbage body, which is ignored
			inputs.add(new Input("ignored random bytes", null, "application/octet-stream", randomBytes(64), false));
			return inputs;
		}
		if (endpoint.body() == null && endpoint.form() == null && !endpoint.multipart() && !endpoint.csv()
				&& !endpoint.params().isEmpty()) {
			// only query parameters: of the wrong type (an ignored body would let the action run for real)
			for (int i = 0; i < 4; i++) {
				inputs.add(new Input("query params of the wrong type", wrongQuery(endpoint), "application/json",
						bytes("{}"), i == 3 && endpoint.pattern().contains("{")));
			}
			return inputs;
		}
		if (!endpoint.readsInput()) {
			// nothing to malform but the address: only bogus ids, so no real case is acted on
			for (int i = 0; i < 6; i++) {
				inputs.add(new Input("bogus id", null, "application/json", bytes("{}"), true));
			}
			inputs.add(new Input("bogus id, random bytes", null, "application/octet-stream", randomBytes(64), true));
			return inputs;
		}
		if (endpoint.multipart()) {
			inputs.addAll(multipartInputs(endpoint));
		}
		if (endpoint.csv()) {
			inputs.add(new Input("csv random bytes", null, "text/csv", randomBytes(300), false));
			inputs.add(new Input("csv header only, bad row", null, "text/csv",
					bytes("legacyNo,kind,applicantType\n\u0000,BOGUS,\"unclosed\n"), false));
			inputs.add(new Input("csv huge field", null, "text/csv", bytes("legacyNo\n" + "长".repeat(200_000)), false));
		}
		if (endpoint.api() && !endpoint.multipart() || endpoint.body() != null) {
			inputs.addAll(jsonInputs(endpoint));
		}
		if (!endpoint.api()) {
			inputs.addAll(formInputs(endpoint));
		}
		if (!endpoint.params().isEmpty()) {
			inputs.add(new Input("query params of the wrong type", wrongQuery(endpoint), "application/json", bytes("{}"),
					false));
		}
		inputs.add(new Input("bogus ids", null, endpoint.api() ? "application/json" : "application/x-www-form-urlencoded",
				endpoint.api() ? bytes("{\"x\":") : bytes("a=%zz"), true));
		return inputs;
	}

	private List<Input> jsonInputs(Endpoint endpoint) {
		var inputs = new ArrayList<Input>();
		var fields = fields(endpoint.body() != null ? endpoint.body() : endpoint.form());
		var json = "application/json";
		inputs.add(new Input("json empty body", null, json, new byte[0], false));
		inputs.add(new Input("json null", null, json, bytes("null"), false));
		inputs.add(new Input("json [null]", null, json, bytes("[null]"), false));
		inputs.add(new Input("json string", null, json, bytes("\"" + "x".repeat(50) + "\""), false));
		inputs.add(new Input("json cut short", null, json, bytes(truncate(objectOf(fields, false))), false));
		for (int i = 0; i < 3; i++) {
			inputs.add(new Input("json wrong types", null, json, bytes(objectOf(fields, true)), false));
		}
		for (int i = 0; i < 7; i++) {
			inputs.add(new Input("json one wrong type", null, json, bytes(oneWrong(fields)), false));
		}
		inputs.add(new Input("json all null", null, json, bytes(nullsOf(fields)), false));
		inputs.add(new Input("json huge strings", null, json, bytes(hugeOf(fields, 100 * 1024)), false));
		inputs.add(new Input("json deep nesting", null, json,
				bytes("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), false));
		inputs.add(new Input("json random bytes", null, json, randomBytes(200 + random.nextInt(800)), false));
		inputs.add(new Input("json invalid UTF-8", null, json,
				new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' }, false));
		inputs.add(new Input("json numbers out of range", null, json, bytes(overflowOf(fields)), false));
		inputs.add(new Input("json as text/plain", null, "text/plain", bytes(objectOf(fields, false)), false));
		inputs.add(new Input("json as xml", null, "application/xml", bytes("<a><b>1</b></a>"), false));
		inputs.add(new Input("json NUL characters", null, json, bytes(nulOf(fields)), false));
		if (random.nextInt(4) == 0) {
			inputs.add(new Input("json 2 MB string", null, json, bytes(hugeOf(fields, 2 * 1024 * 1024)), false));
		}
		return inputs;
	}

	private List<Input> multipartInputs(Endpoint endpoint) {
		var boundary = "----gongkaiFuzz" + Long.toHexString(random.nextLong());
		var part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 not really\r\n--" + boundary + "--\r\n");
		var type = "multipart/form-data; boundary=" + boundary;
		var inputs = new ArrayList<Input>();
		inputs.add(new Input("multipart no boundary", null, "multipart/form-data", bytes(part), false));
		inputs.add(new Input("multipart boundary mismatch", null, "multipart/form-data; boundary=other", bytes(part),
				false));
		inputs.add(new Input("multipart cut short", null, type, bytes(part.substring(0, part.length() / 2)), false));
		inputs.add(new Input("multipart random bytes", null, type, randomBytes(500), false));
		inputs.add(new Input("multipart empty", null, type, new byte[0], false));
		inputs.add(new Input("multipart NUL in file name", null, type, bytes(part.replace("a.pdf", "a\u0000b.pdf")),
				false));
		inputs.add(new Input("multipart wrong part, bad fields", null, type,
				bytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n"
						+ formFields(endpoint.form(), true).replace('&', ' ') + "\r\n--" + boundary + "--\r\n")),
				false));
		inputs.add(new Input("multipart header without end", null, type,
				bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x"), false));
		return inputs;
	}

	private List<Input> formInputs(Endpoint endpoint) {
		var form = "application/x-www-form-urlencoded";
		var inputs = new ArrayList<Input>();
		for (int i = 0; i < 6; i++) {
			inputs.add(new Input("form wrong types", null, form, bytes(formFields(endpoint.form(), true)), false));
		}
		inputs.add(new Input("form empty", null, form, new byte[0], false));
		inputs.add(new Input("form huge values", null, form, bytes(formHuge(endpoint.form())), false));
		inputs.add(new Input("form bad percent-encoding", null, form, bytes("title=%zz%&kind=%E4%B8&=&&="), false));
		inputs.add(new Input("form random bytes", null, form, randomBytes(400), false));
		inputs.add(new Input("form repeated fields", null, form,
				bytes(formFields(endpoint.form(), true) + "&" + formFields(endpoint.form(), true)), false));
		return inputs;
	}

	/** The record's components (what the JSON or form carries), or none. */
	private static List<RecordComponent> fields(Class<?> type) {
		return type == null || !type.isRecord() ? List.of() : List.of(type.getRecordComponents());
	}

	private String objectOf(List<RecordComponent> fields, boolean wrong) {
		var object = new LinkedHashMap<String, Object>();
		for (var field : fields) {
			object.put(field.getName(), wrong ? wrongValue(field.getType()) : plausibleValue(field.getType()));
		}
		if (object.isEmpty()) {
			object.put("decision", wrong ? 12345 : "BOGUS");
			object.put("title", wrong ? List.of(1, 2) : "x");
		}
		return write(object);
	}

	/** Plausible values but for one field of the wrong type. */
	private String oneWrong(List<RecordComponent> fields) {
		if (fields.isEmpty()) {
			return objectOf(fields, true);
		}
		int wrong = random.nextInt(fields.size());
		var object = new LinkedHashMap<String, Object>();
		for (int i = 0; i < fields.size(); i++) {
			var type = fields.get(i).getType();
			object.put(fields.get(i).getName(), i == wrong ? wrongValue(type) : plausibleValue(type));
		}
		return write(object);
	}

	private Object plausibleValue(Class<?> type) {
		if (type == String.class) {
			return "值" + random.nextInt(100);
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return random.nextInt(10);
		}
		if (type == Boolean.class || type == boolean.class) {
			return random.nextBoolean();
		}
		if (type.isEnum()) {
			var values = type.getEnumConstants();
			return values.length == 0 ? "X" : values[random.nextInt(values.length)].toString();
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return LocalDate.of(2026, 1, 1).toString();
		}
		return null;
	}

	private Object wrongValue(Class<?> type) {
		int pick = random.nextInt(4);
		if (type == String.class) {
			return switch (pick) {
				case 0 -> 12345;
				case 1 -> List.of("a", "b");
				case 2 -> Map.of("nested", true);
				default -> true;
			};
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return switch (pick) {
				case 0 -> "abc";
				case 1 -> "9".repeat(40);
				case 2 -> 1.5;
				default -> List.of(1);
			};
		}
		if (type == Boolean.class || type == boolean.class) {
			return pick < 2 ? "maybe" : 2;
		}
		if (type.isEnum()) {
			return pick < 2 ? "BOGUS" : 7;
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return switch (pick) {
				case 0 -> "2026-13-45";
				case 1 -> "yesterday";
				case 2 -> 20260101;
				default -> "+999999999-12-31T99";
			};
		}
		if (Collection.class.isAssignableFrom(type)) {
			return pick < 2 ? "not a list" : List.of(Map.of("x", List.of()));
		}
		return pick < 2 ? "not an object" : List.of();
	}

	private String nullsOf(List<RecordComponent> fields) {
		var object = new LinkedHashMap<String, Object>();
		fields.forEach(field -> object.put(field.getName(), null));
		object.putIfAbsent("decision", null);
		return write(object);
	}

	private String hugeOf(List<RecordComponent> fields, int size) {
		var object = new LinkedHashMap<String, Object>();
		for (var field : fields) {
			object.put(field.getName(), field.getType() == String.class ? "长".repeat(size) : plausibleValue(field.getType()));
		}
		object.putIfAbsent("title", "长".repeat(size));
		return write(object);
	}

	private String overflowOf(List<RecordComponent> fields) {
		var object = new StringBuilder("{");
		for (var field : fields) {
			object.append('"').append(field.getName()).append("\":").append(random.nextBoolean() ? "1e999" : "-9".repeat(30).substring(1)).append(',');
		}
		return object.append("\"n\":1e400}").toString();
	}

	private String nulOf(List<RecordComponent> fields) {
		var object = new LinkedHashMap<String, Object>();
		for (var field : fields) {
			object.put(field.getName(), field.getType() == String.class ? "a\u0000b" : plausibleValue(field.getType()));
		}
		object.putIfAbsent("title", "a\u0000b");
		return write(object);
	}

	private String truncate(String json) {
		return json.substring(0, Math.max(1, json.length() - 1 - random.nextInt(Math.max(1, json.length() / 2))));
	}

	private String formFields(Class<?> type, boolean wrong) {
		var fields = new ArrayList<String>();
		for (var field : fields(type)) {
			var value = wrong ? wrongValue(field.getType()) : plausibleValue(field.getType());
			if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
				value = "[" + value + "]";
			}
			fields.add(field.getName() + "=" + encode(String.valueOf(value)));
		}
		if (fields.isEmpty()) {
			fields.add("decision=BOGUS&approved=maybe&text=" + encode("\u0000"));
		}
		return String.join("&", fields);
	}

	private String formHuge(Class<?> type) {
		var fields = new ArrayList<String>();
		for (var field : fields(type)) {
			fields.add(field.getName() + "=" + (field.getType() == String.class ? "x".repeat(100 * 1024) : "1"));
		}
		fields.add("text=" + "x".repeat(100 * 1024));
		return String.join("&", fields);
	}

	private String wrongQuery(Endpoint endpoint) {
		var query = new ArrayList<String>();
		for (var parameter : endpoint.params()) {
			var annotation = parameter.getAnnotation(RequestParam.class);
			var name = !annotation.name().isEmpty() ? annotation.name()
					: !annotation.value().isEmpty() ? annotation.value() : parameter.getName();
			query.add(encode(name) + "=" + encode(String.valueOf(wrongValue(parameter.getType()))));
		}
		return String.join("&", query);
	}

	private byte[] randomBytes(int size) {
		var bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---- sending and counting -------------------------------------------------------------------------

	private Outcome send(Endpoint endpoint, String path, String user, Input input) {
		if (endpoint.api()) {
			var builder = request(path, token(user)).method(endpoint.method().name(),
					HttpRequest.BodyPublishers.ofByteArray(input.body()));
			if (input.contentType() != null) {
				builder.header("Content-Type", input.contentType());
			}
			var response = send(builder);
			return new Outcome(endpoint, path, user, input, response.status(), response.text());
		}
		var session = sessions.computeIfAbsent(user, u -> PageSession.signIn(url(""), u, "/requests/new"));
		HttpResponse<String> response = session.send(endpoint.method().name(), path, input.contentType(), input.body());
		return new Outcome(endpoint, path, user, input, response.statusCode(), response.body());
	}

	private String token(String user) {
		var fetched = tokenTimes.get(user);
		if (fetched == null || System.nanoTime() - fetched > 120_000_000_000L) {
			tokens.put(user, RealServers.token(user));
			tokenTimes.put(user, System.nanoTime());
		}
		return tokens.get(user);
	}

	private Map<String, Long> counts() {
		var sql = new StringBuilder();
		for (var table : tables) {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			sql.append("select '").append(table).append("' t, count(*) n from `").append(table).append('`');
		}
		var counts = new LinkedHashMap<String, Long>();
		jdbc.query(sql.toString(), row -> {
			counts.put(row.getString("t"), row.getLong("n"));
		});
		return counts;
	}

	private static String difference(Map<String, Long> before, Map<String, Long> after) {
		var changed = new ArrayList<String>();
		before.forEach((table, n) -> {
			if (!n.equals(after.get(table))) {
				changed.add(table + " " + n + "→" + after.get(table));
			}
		});
		return changed.toString();
	}

	// ---- real cases to address ------------------------------------------------------------------------

	private Fixture fixture() throws Exception {
		var applicant = RealServers.token("applicant1");
		var created = post("/api/requests", applicant, RequestApiIT.application());
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long requestId = created.json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeOpenTask(editor, requestId, "Task_ConfirmReceipt", Map.of());
		completeOpenTask(editor, requestId, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var clerk = RealServers.token("clerk1");
		var taskId = openTaskId(clerk, requestId, "Task_HandleRequest");
		assertThat(taskId).as("Task_HandleRequest of request " + requestId).isNotNull();
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		var remedy = post("/api/requests/" + requestId + "/remedies", editor,
				Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", today, "authority", "市司法局"));
		assertThat(remedy.status()).as(remedy.text()).isEqualTo(201);
		var item = post("/api/catalogue/items", clerk, MalformedInputIT.item("输入容错测试条目"));
		assertThat(item.status()).as(item.text()).isEqualTo(201);
		long itemId = item.json().get("id").asLong();
		var boundary = "----gongkaiFixture";
		var upload = send(request("/api/catalogue/items/" + itemId + "/attachments", clerk)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(MalformedInputIT.multipart(boundary, "file", "a.pdf", TestPdf.bytes()))));
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		return new Fixture(requestId, taskId, remedy.json().get("id").asLong(), itemId, upload.json().get("id").asLong(),
				firstId("information_report"), firstId("emergency_event"));
	}

	private String firstId(String table) {
		var id = jdbc.queryForObject("select min(id) from " + table, Long.class);
		return id == null ? "1" : id.toString();
	}
}
