package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.gongkai.portal.siteerror.SiteErrorKind;
import org.gongkai.portal.subscription.SubscriptionKind;
import org.gongkai.portal.subscription.SubscriptionStatus;
import org.gongkai.workflow.annual.AnnualReportStatus;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.commission.Commission;
import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.EmergencyStatus;
import org.gongkai.workflow.emergency.EmergencySteps;
import org.gongkai.workflow.emergency.SituationReportChannel;
import org.gongkai.workflow.emergency.SituationReportKind;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.ReportStatus;
import org.gongkai.workflow.information.Urgency;
import org.gongkai.workflow.organisation.AgencyKind;
import org.gongkai.workflow.publication.ChangeKind;
import org.gongkai.workflow.publication.ChangeStatus;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.ReportQuotas;
import org.gongkai.workflow.supervision.Supervision;
import org.junit.jupiter.api.Test;

/**
 * No page shows "??key_zh_CN??": every message key the templates and the Java code use exists in the Chinese
 * and the English bundles. Literal keys ({@code #{request.status}}, {@code getMessage("…")}, flash messages,
 * {@code InvalidValue}'s keys) are read from the sources; keys built from a value ({@code #{'item.status.' +
 * ${item.status}}}, the timelines' {@code prefix + event type}) are expanded over every value the value can
 * take: the enum's constants, or for the case logs every event type the code writes (read from the
 * {@code log(…, "TYPE", …)} calls). A new dynamic key pattern fails here until it is listed below.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<Path> JAVA = List.of(Path.of("src/main/java"), Path.of("../workflow/src/main/java"));

	/** {@code #{key}} or {@code #{key(args)}} in a template. */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)\\s*[}(]");

	/** {@code #{'prefix.' + ${value}}} and {@code #{'prefix.' + ${value} + '.suffix'}} in a template. */
	private static final Pattern DYNAMIC_KEY = Pattern
		.compile("#\\{'([\\w.]+\\.)'\\s*\\+\\s*\\$\\{[^}]*}\\s*(?:\\+\\s*'([\\w.]+)'\\s*)?[}(]");

	/** A timeline fragment with the key prefix of its event types. */
	private static final Pattern TIMELINE = Pattern.compile("fragments/timeline :: timeline\\([^,]+,\\s*'([\\w.]+)'\\)");

	/** Keys named in Java: getMessage("key", …), rejectValue("field", "key"), flash messages. */
	private static final List<Pattern> JAVA_KEYS = List.of(Pattern.compile("getMessage\\(\\s*\"([\\w.]+)\"\\s*,"),
			Pattern.compile("rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([\\w.]+)\""),
			Pattern.compile("\\.reject\\(\\s*\"([\\w.]+)\""),
			Pattern.compile("addFlashAttribute\\(\\s*\"(?:message|error)\"\\s*,\\s*\"([\\w.]+)\"(?!\\s*\\+)"));

	/** {@code new InvalidValue(…)}: its dotted string literals are message keys. */
	private static final Pattern INVALID_VALUE = Pattern.compile("new InvalidValue\\(([^;]*)");

	private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

	/** {@code getMessage("prefix." + value, …)} and flash messages {@code "prefix." + value + ".suffix"} in Java. */
	private static final Pattern JAVA_DYNAMIC_KEY = Pattern.compile(
			"(?:getMessage\\(|addFlashAttribute\\(\\s*\"(?:message|error)\"\\s*,)\\s*\"([\\w.]+\\.)\"\\s*\\+\\s*[\\w.()]+\\s*(?:\\+\\s*\"\\.?([\\w.]+)\")?");

	/** Every value a dynamic key's variable part can take, by the key's prefix (and suffix). */
	private static final Map<String, Supplier<Collection<?>>> DYNAMIC = new LinkedHashMap<>();

	static {
		DYNAMIC.put("agency.kind.", () -> constants(AgencyKind.class));
		DYNAMIC.put("annual.status.", () -> constants(AnnualReportStatus.class));
		DYNAMIC.put("annual.event.", () -> eventTypes().get(CaseType.ANNUAL_REPORT));
		DYNAMIC.put("disclosureOffice.field.",
				() -> inlineList("admin/disclosure-office-form.html", "'disclosureOffice.field.'"));
		DYNAMIC.put("display.textSize.", () -> staticField(DisplayChoice.class, "SIZES"));
		DYNAMIC.put("display.textSize.|.long", () -> staticField(DisplayChoice.class, "SIZES"));
		DYNAMIC.put("emergency.channel.", () -> constants(SituationReportChannel.class));
		DYNAMIC.put("emergency.deduction.", () -> List.of(EmergencySteps.LATE, EmergencySteps.MISSED, EmergencySteps.CONCEALED));
		DYNAMIC.put("emergency.kind.", () -> constants(SituationReportKind.class));
		DYNAMIC.put("emergency.severity.", () -> constants(EmergencySeverity.class));
		DYNAMIC.put("emergency.status.", () -> constants(EmergencyStatus.class));
		DYNAMIC.put("facet.", () -> staticField(type("org.gongkai.portal.catalogue.CatalogueSearchApiController"), "FILTERS"));
		DYNAMIC.put("item.status.", () -> constants(ItemStatus.class));
		DYNAMIC.put("pub.change.status.", () -> constants(ChangeStatus.class));
		DYNAMIC.put("report.catalogue.status.", () -> constants(ItemStatus.class));
		DYNAMIC.put("report.class.", () -> IntStream.rangeClosed(ReportQuotas.FIRST_CLASS, ReportQuotas.LAST_CLASS).boxed().toList());
		DYNAMIC.put("report.commission.", () -> constants(Commission.Status.class));
		DYNAMIC.put("report.kind.", () -> constants(FactKind.class));
		DYNAMIC.put("report.level.", () -> constants(Level.class));
		DYNAMIC.put("report.status.", () -> constants(ReportStatus.class));
		DYNAMIC.put("report.supervision.", () -> constants(Supervision.Status.class));
		DYNAMIC.put("report.urgency.", () -> constants(Urgency.class));
		DYNAMIC.put("request.event.", () -> eventTypes().get(CaseType.DISCLOSURE_REQUEST));
		DYNAMIC.put("request.notice.", () -> constants(NoticeKind.class));
		DYNAMIC.put("request.notice.ofd.", () -> constants(NoticeKind.class));
		DYNAMIC.put("role.", () -> java.util.stream.Stream
			.concat(java.util.stream.Stream.of(org.gongkai.portal.security.Roles.APPLICANT),
					java.util.Arrays.stream(org.gongkai.portal.security.Roles.STAFF))
			.toList());
		DYNAMIC.put("siteError.kind.", () -> constants(SiteErrorKind.class));
		// the core sections, and the ids of the StatisticsSection beans of 意见征集, 政民互动 and 建议提案办理
		DYNAMIC.put("statistics.section.", () -> java.util.stream.Stream
			.concat(((Map<?, ?>) staticValue(type("org.gongkai.portal.statistics.DashboardView"), "SECTIONS")).keySet()
				.stream(), java.util.stream.Stream.of("consultations", "letters", "proposals"))
			.toList());
		DYNAMIC.put("subscription.kind.", () -> constants(SubscriptionKind.class));
		DYNAMIC.put("subscription.status.", () -> constants(SubscriptionStatus.class));
		DYNAMIC.put("workbench.inbox.due.", () -> staticField(type("org.gongkai.portal.workbench.InboxFilter"), "DUES"));
		DYNAMIC.put("workbench.kind.", () -> staticField(type("org.gongkai.portal.workbench.InboxFilter"), "KINDS"));
		// 意见征集
		DYNAMIC.put("consultation.status.", () -> constants(org.gongkai.workflow.consultation.ConsultationStatus.class));
		DYNAMIC.put("consultation.kind.", () -> constants(org.gongkai.workflow.consultation.ConsultationKind.class));
		DYNAMIC.put("consultation.attachment.", () -> constants(org.gongkai.workflow.consultation.AttachmentRole.class));
		DYNAMIC.put("consultation.comment.status.", () -> constants(org.gongkai.workflow.consultation.CommentStatus.class));
		DYNAMIC.put("consultation.reject.", () -> constants(org.gongkai.workflow.consultation.RejectReason.class));
		DYNAMIC.put("consultation.outcome.", () -> constants(org.gongkai.workflow.consultation.AdoptionOutcome.class));
		DYNAMIC.put("consultation.event.", () -> eventTypes().get(CaseType.CONSULTATION));
		// --- 建议提案办理 ---
		DYNAMIC.put("proposal.kind.", () -> constants(org.gongkai.workflow.proposal.ProposalKind.class));
		DYNAMIC.put("proposal.class.", () -> constants(org.gongkai.workflow.proposal.ReplyClass.class));
		DYNAMIC.put("proposal.status.", () -> constants(org.gongkai.workflow.proposal.ProposalStatus.class));
		DYNAMIC.put("proposal.satisfaction.", () -> constants(org.gongkai.workflow.proposal.Satisfaction.class));
		DYNAMIC.put("proposal.channel.", () -> constants(org.gongkai.workflow.proposal.ConsultationChannel.class));
		DYNAMIC.put("proposal.role.", () -> constants(org.gongkai.workflow.proposal.UnitRole.class));
		DYNAMIC.put("proposal.event.", () -> eventTypes().get(CaseType.DEPUTY_PROPOSAL));
		// 政民互动
		DYNAMIC.put("publicletter.mailbox.", () -> constants(org.gongkai.workflow.letter.LetterMailbox.class));
		DYNAMIC.put("publicletter.status.", () -> constants(org.gongkai.workflow.letter.LetterStatus.class));
		DYNAMIC.put("publicletter.decline.", () -> constants(org.gongkai.workflow.letter.DeclineReason.class));
		DYNAMIC.put("publicletter.rating.", () -> constants(org.gongkai.workflow.letter.LetterRating.class));
	}

	/** The case logs shown as a timeline, by the key prefix of their event types. */
	private static final Map<String, CaseType> TIMELINES = Map.of("event.", CaseType.CATALOGUE_ITEM, "request.event.",
			CaseType.DISCLOSURE_REQUEST, "report.event.", CaseType.INFORMATION_REPORT, "emergency.event.",
			CaseType.EMERGENCY_EVENT, "consultation.event.", CaseType.CONSULTATION, "proposal.event.",
			CaseType.DEPUTY_PROPOSAL, "publicletter.event.", CaseType.PUBLIC_LETTER);

	/** Event types built as {@code "PREFIX_" + value} in the code, with the values. */
	private static final Map<String, Supplier<Collection<?>>> DYNAMIC_EVENTS = Map.of("CHANGE_REQUESTED_",
			() -> constants(ChangeKind.class), "CHANGE_APPLIED_", () -> constants(ChangeKind.class), "CHANGE_RETURNED_",
			() -> constants(ChangeKind.class), "REPORT_", () -> constants(SituationReportKind.class),
			"RATED_", () -> constants(org.gongkai.workflow.proposal.Satisfaction.class));

	/** A line that writes a case event: the logs' own methods and the helpers that pass the type on. */
	private static final Pattern EVENT_CALL = Pattern.compile("\\b(?:log|resume|reasonsAnswered|start|CaseEvent)\\(");

	private static final Pattern EVENT_TYPE = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"(?:\\s*\\+\\s*[\\w.()]+)?");

	private static final Pattern CASE_TYPE = Pattern.compile("new CaseEvent\\(CaseType\\.(\\w+)");

	/** The loggers that write one kind of case's events for their callers. */
	private static final Map<String, CaseType> LOGGERS = Map.of("RequestStepSupport", CaseType.DISCLOSURE_REQUEST,
			"RequestLog", CaseType.DISCLOSURE_REQUEST, "ReportLog", CaseType.INFORMATION_REPORT, "EmergencySteps",
			CaseType.EMERGENCY_EVENT, "ConsultationSteps", CaseType.CONSULTATION, "ProposalSteps",
			CaseType.DEPUTY_PROPOSAL, "LetterSteps", CaseType.PUBLIC_LETTER);

	private final Properties chinese = bundles("");

	private final Properties english = bundles("_en");

	@Test
	void everyLiteralKeyOfTheTemplatesIsInBothBundles() {
		var keys = new TreeSet<String>();
		templates().forEach(text -> matches(LITERAL_KEY, text).forEach(keys::add));
		assertThat(keys).as("literal keys in the templates").hasSizeGreaterThan(500);
		assertThat(missing(keys)).as("template keys missing from messages*.properties").isEmpty();
	}

	@Test
	void everyKeyADynamicPatternCanBuildIsInBothBundles() {
		var patterns = new TreeSet<String>();
		templates().forEach(text -> {
			Matcher m = DYNAMIC_KEY.matcher(text);
			while (m.find()) {
				patterns.add(m.group(1) + (m.group(2) == null ? "" : "|" + m.group(2)));
			}
		});
		java().forEach(text -> {
			Matcher m = JAVA_DYNAMIC_KEY.matcher(text);
			while (m.find()) {
				patterns.add(m.group(1) + (m.group(2) == null ? "" : "|" + m.group(2)));
			}
		});
		patterns.removeAll(JAVA_ONLY.keySet());
		assertThat(DYNAMIC.keySet()).as("every dynamic key pattern of the templates and Java is listed here")
			.containsAll(patterns);

		var keys = new TreeSet<String>();
		DYNAMIC.forEach((pattern, values) -> expand(pattern, values.get(), keys));
		JAVA_ONLY.forEach((pattern, values) -> expand(pattern, values.get(), keys));
		assertThat(missing(keys)).as("keys built from values, missing from messages*.properties").isEmpty();
	}

	/** Dynamic keys that only the Java code builds (mails), with the values they are built from. */
	private static final Map<String, Supplier<Collection<?>>> JAVA_ONLY = Map.of(
			"mail.subject.", () -> constants(type("org.gongkai.portal.notification.ApplicantMail")),
			"mail.fee.", () -> constants(org.gongkai.workflow.request.fee.FeeQuote.Method.class),
			"mail.delivery.", () -> constants(org.gongkai.workflow.request.ReplyDelivery.class),
			// the fields SendReportToCatalogue reports as UnknownReference
			"report.catalogue.|unknown", () -> List.of("departmentCode", "columnCode"));

	@Test
	void everyEventTypeTheCodeWritesHasItsLabelOnTheTimelines() {
		var prefixes = new TreeSet<String>();
		templates().forEach(text -> matches(TIMELINE, text).forEach(prefixes::add));
		assertThat(TIMELINES.keySet()).as("the timelines' prefixes").containsExactlyInAnyOrderElementsOf(prefixes);

		var types = eventTypes();
		assertThat(types.get(CaseType.CATALOGUE_ITEM)).contains("DRAFTED", "FROM_ANNUAL_REPORT", "CHANGE_APPLIED_REPEAL");
		assertThat(types.get(CaseType.DISCLOSURE_REQUEST)).contains("RECEIVED", "FEE_PAID", "REASONS_LAPSED");
		assertThat(types.get(CaseType.INFORMATION_REPORT)).contains("ADOPTED", "INSTRUCTED", "FEEDBACK_RECEIVED");
		assertThat(types.get(CaseType.EMERGENCY_EVENT)).contains("REGISTERED", "REPORT_FIRST", "CLOSED");
		var keys = new TreeSet<String>();
		TIMELINES.forEach((prefix, caseType) -> types.get(caseType).forEach(type -> keys.add(prefix + type)));
		assertThat(missing(keys)).as("event types without a label on the timeline").isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeNamesIsInBothBundles() {
		var keys = new TreeSet<String>();
		java().forEach(text -> {
			JAVA_KEYS.forEach(pattern -> matches(pattern, text).forEach(keys::add));
			Matcher m = INVALID_VALUE.matcher(text);
			while (m.find()) {
				matches(DOTTED_LITERAL, m.group(1)).forEach(keys::add);
			}
		});
		assertThat(keys).as("keys named in Java").hasSizeGreaterThan(100);
		assertThat(missing(keys)).as("keys named in Java, missing from the bundles").isEmpty();
	}

	/** The check itself: a key removed from one bundle is reported, for each bundle. */
	@Test
	void aKeyRemovedFromABundleIsReported() {
		var keys = Set.of("event.FROM_ANNUAL_REPORT", "request.status");
		assertThat(missing(keys)).isEmpty();
		chinese.remove("event.FROM_ANNUAL_REPORT");
		assertThat(missing(keys)).containsExactly("event.FROM_ANNUAL_REPORT (zh)");
		english.remove("request.status");
		assertThat(missing(keys)).containsExactly("event.FROM_ANNUAL_REPORT (zh)", "request.status (en)");
	}

	private List<String> missing(Collection<String> keys) {
		var missing = new ArrayList<String>();
		for (var key : new TreeSet<>(keys)) {
			if (chinese.getProperty(key, "").isBlank()) {
				missing.add(key + " (zh)");
			}
			if (english.getProperty(key, "").isBlank()) {
				missing.add(key + " (en)");
			}
		}
		return missing;
	}

	private static void expand(String pattern, Collection<?> values, Set<String> keys) {
		assertThat(values).as("values of " + pattern).isNotEmpty();
		String[] parts = pattern.split("\\|");
		String suffix = parts.length > 1 ? "." + parts[1].replaceFirst("^\\.", "") : "";
		values.forEach(value -> keys.add(parts[0] + value + suffix));
	}

	/**
	 * The event types the code writes, by kind of case: the upper-case string literals of the lines that
	 * write an event ({@code new CaseEvent(CaseType.X, …, "TYPE", …)}, a logger's {@code log(id, "TYPE", …)},
	 * the helpers that hand the type on), "PREFIX_" + value expanded over the value's constants.
	 */
	static Map<CaseType, Set<String>> eventTypes() {
		var types = new TreeMap<CaseType, Set<String>>();
		for (var type : CaseType.values()) {
			types.put(type, new TreeSet<>());
		}
		javaFiles().forEach(file -> {
			String text = read(file);
			var fileTypes = EnumSet.noneOf(CaseType.class);
			matches(CASE_TYPE, text).forEach(name -> fileTypes.add(CaseType.valueOf(name)));
			LOGGERS.forEach((logger, type) -> {
				if (Pattern.compile("\\b" + logger + "\\b").matcher(text).find()) {
					fileTypes.add(type);
				}
			});
			for (var line : text.split("\n")) {
				if (!EVENT_CALL.matcher(line).find() || line.strip().startsWith("*") || line.strip().startsWith("//")) {
					continue;
				}
				Matcher literal = EVENT_TYPE.matcher(line);
				while (literal.find()) {
					var onLine = matches(CASE_TYPE, line).stream().map(CaseType::valueOf).toList();
					var caseTypes = onLine.isEmpty() ? fileTypes : EnumSet.copyOf(onLine);
					if (caseTypes.size() != 1) {
						fail("cannot tell whose event %s is in %s: %s", literal.group(1), file, caseTypes);
					}
					var target = types.get(caseTypes.iterator().next());
					String type = literal.group(1);
					if (literal.group().contains("+")) {
						var values = DYNAMIC_EVENTS.get(type);
						if (values == null) {
							fail("event type %s + … in %s: list its values in DYNAMIC_EVENTS", type, file);
						}
						values.get().forEach(value -> target.add(type + value));
					}
					else {
						target.add(type);
					}
				}
			}
		});
		return types;
	}

	private static List<String> inlineList(String template, String near) {
		String text = read(TEMPLATES.resolve(template));
		int at = text.indexOf(near);
		int start = text.lastIndexOf("${ {", at);
		int end = text.indexOf("} }", start);
		assertThat(start).as("inline list before " + near).isPositive();
		return matches(Pattern.compile("'(\\w+)'"), text.substring(start, end));
	}

	private static Collection<?> staticField(Class<?> type, String name) {
		return (Collection<?>) staticValue(type, name);
	}

	private static Object staticValue(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field.get(null);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> constants(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
	}

	/** A package-private class of another feature package. */
	private static Class<?> type(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> matches(Pattern pattern, String text) {
		var found = new ArrayList<String>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Stream<String> templates() {
		try (var files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).map(MessageKeysTests::read).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Stream<String> java() {
		return javaFiles().stream().map(MessageKeysTests::read);
	}

	private static List<Path> javaFiles() {
		var found = new ArrayList<Path>();
		for (var root : JAVA) {
			try (var files = Files.walk(root)) {
				files.filter(f -> f.toString().endsWith(".java")).forEach(found::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return found;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** messages and workflow-messages, as the portal's MessageSource reads them, in one language. */
	private static Properties bundles(String suffix) {
		var all = new Properties();
		for (var bundle : List.of("messages", "workflow-messages")) {
			try (var in = MessageKeysTests.class.getClassLoader().getResourceAsStream(bundle + suffix + ".properties")) {
				all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return all;
	}
}
