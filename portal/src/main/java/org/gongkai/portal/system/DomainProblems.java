package org.gongkai.portal.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.portal.security.AccountDirectoryUnavailable;
import org.gongkai.search.IndexingFailed;
import org.gongkai.search.RebuildAlreadyRunning;
import org.gongkai.search.SearchBusy;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.emergency.EmergencyNotInExpectedState;
import org.gongkai.workflow.information.ReportAlreadyInCatalogue;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.ReportNotInExpectedState;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.Refusal;
import org.gongkai.workflow.annual.AnnualReportAlreadyPublished;
import org.gongkai.workflow.annual.AnnualReportNotPublishable;
import org.gongkai.workflow.annual.AnnualReportUnderReview;
import org.gongkai.workflow.annual.UnknownAgency;
import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.ChangeAlreadyUnderReview;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.request.HistoricalRequestsRejected;
import org.gongkai.workflow.request.RemedyAlreadyDecided;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.SupplementAlreadyRequested;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where the API's answers to the facts of the domain are written down, as a table: for each
 * exception type the status, the stable {@code type} (after {@link ApiProblemHandler#TYPE_BASE}), the message
 * key of the {@code detail} and the properties that name the business ids. The workflow's facts
 * ({@link Refusal}, {@link InvalidValue}) bring their own key and arguments, resolved in the caller's language
 * from {@code workflow-messages*.properties}; the portal's and the search's facts name a key of
 * {@code messages*.properties} here. {@link ApiProblemHandler} answers the framework's failures (unreadable
 * bodies, mismatched parameters) and any other exception.
 *
 * <p>Ordered after the infrastructure's advices ({@link DatabaseUnavailableHandler}, {@link MalformedRequestProblems},
 * the rate limit) and before the feature advices that handle any {@link IllegalArgumentException}, so that a
 * refused value names its field everywhere. A fact found among an exception's causes (an {@link InvalidValue}
 * thrown while Jackson creates a record) is answered as itself.
 */
@RestControllerAdvice(basePackages = "org.gongkai.portal", annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class DomainProblems {

	/** How one exception type is answered. */
	record Entry(Function<RuntimeException, HttpStatus> status, String type, Function<RuntimeException, String> key,
			Function<RuntimeException, Object[]> args, BiConsumer<RuntimeException, ProblemDetail> properties) {
	}

	private static final Object[] NONE = {};

	private static final Map<Class<? extends RuntimeException>, Entry> TABLE = new LinkedHashMap<>();

	static {
		// bad input: the field and its message, like a validation error
		refusal(InvalidValue.class, HttpStatus.BAD_REQUEST, "invalid-input", (e, p) -> {
			p.setProperty("field", e.field());
			p.setProperty("errors", Map.of(e.field(), p.getDetail()));
		});
		refusal(UnknownReference.class, HttpStatus.BAD_REQUEST, "unknown-reference", (e, p) -> {
			p.setProperty("field", e.field());
			p.setProperty("errors", Map.of(e.field(), p.getDetail()));
		});
		put(InvalidParameter.class, e -> HttpStatus.BAD_REQUEST, "invalid-parameter", InvalidParameter::messageKey,
				InvalidParameter::arguments, (e, p) -> p.setProperty("parameter", e.parameter()));
		refusal(DecisionIncomplete.class, HttpStatus.BAD_REQUEST, "decision-incomplete",
				(e, p) -> p.setProperty("parameter", e.variable()));
		put(AttachmentRejected.class, e -> switch (e.messageKey()) {
			case "attachment.tooLarge" -> HttpStatus.PAYLOAD_TOO_LARGE;
			case "attachment.type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.BAD_REQUEST;
		}, "attachment-rejected", AttachmentRejected::messageKey, e -> NONE, (e, p) -> {
		});
		put(HistoricalRequestsRejected.class, e -> HttpStatus.BAD_REQUEST, "import-rejected",
				e -> "api.problem.importRejected", e -> new Object[] { String.valueOf(e.problems().size()) },
				(e, p) -> p.setProperty("errors", e.problems()));
		// does not exist, or the caller may not know that it does
		refusal(RequestNotFound.class, HttpStatus.NOT_FOUND, "request-not-found", (e, p) -> {
		});
		refusal(TaskNotFound.class, HttpStatus.NOT_FOUND, "task-not-found", (e, p) -> {
		});
		refusal(UnknownAgency.class, HttpStatus.NOT_FOUND, "unknown-agency",
				(e, p) -> p.setProperty("parameter", "agency"));
		fixed(NotFound.class, HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound");
		refusal(ReportNotFound.class, HttpStatus.NOT_FOUND, "report-not-found", (e, p) -> {
		});
		refusal(EmergencyEventNotFound.class, HttpStatus.NOT_FOUND, "emergency-not-found", (e, p) -> {
		});
		// not the caller's to do
		refusal(TaskNotYours.class, HttpStatus.FORBIDDEN, "task-not-yours", (e, p) -> {
		});
		fixed(AccessDeniedException.class, HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden");
		// the case has moved on
		refusal(RequestNotInExpectedState.class, HttpStatus.CONFLICT, "wrong-state",
				(e, p) -> p.setProperty("requestId", e.requestId()));
		refusal(ItemNotInExpectedState.class, HttpStatus.CONFLICT, "wrong-state",
				(e, p) -> p.setProperty("itemId", e.itemId()));
		refusal(ReportNotInExpectedState.class, HttpStatus.CONFLICT, "wrong-state", (e, p) -> {
		});
		refusal(EmergencyNotInExpectedState.class, HttpStatus.CONFLICT, "wrong-state", (e, p) -> {
		});
		refusal(ReportAlreadyInCatalogue.class, HttpStatus.CONFLICT, "report-already-in-catalogue",
				(e, p) -> p.setProperty("itemId", e.itemId()));
		refusal(TaskAlreadyCompleted.class, HttpStatus.CONFLICT, "task-already-completed", (e, p) -> {
		});
		refusal(SupplementAlreadyRequested.class, HttpStatus.CONFLICT, "supplement-already-requested", (e, p) -> {
		});
		refusal(ChangeAlreadyUnderReview.class, HttpStatus.CONFLICT, "change-already-under-review", (e, p) -> {
		});
		refusal(RemedyAlreadyDecided.class, HttpStatus.CONFLICT, "remedy-already-decided",
				(e, p) -> p.setProperty("remedyId", e.remedyId()));
		refusal(AnnualReportAlreadyPublished.class, HttpStatus.CONFLICT, "annual-report-published", (e, p) -> {
		});
		refusal(AnnualReportUnderReview.class, HttpStatus.CONFLICT, "annual-report-under-review", (e, p) -> {
			p.setProperty("year", e.year());
			p.setProperty("agency", e.agency());
		});
		put(RebuildAlreadyRunning.class, e -> HttpStatus.CONFLICT, "rebuild-already-running",
				e -> "api.problem.rebuildRunning", e -> NONE, (e, p) -> p.setProperty("index", e.index()));
		// failing checks name every cell
		refusal(AnnualReportNotPublishable.class, HttpStatus.UNPROCESSABLE_ENTITY, "annual-report-fails-checks",
				(e, p) -> p.setProperty("failures", e.failures()));
		// another system does not answer, or refuses
		fixed(SearchUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
				"api.problem.searchUnavailable");
		fixed(SearchBusy.class, HttpStatus.SERVICE_UNAVAILABLE, "search-busy", "api.problem.searchBusy");
		fixed(AccountDirectoryUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE, "account-directory-unavailable",
				"request.applicantUser.unavailable");
		put(IndexingFailed.class, e -> HttpStatus.BAD_GATEWAY, "indexing-failed", e -> "api.problem.indexingFailed",
				e -> new Object[] { e.getMessage() }, (e, p) -> p.setProperty("ids", e.ids()));
	}

	private final MessageSource messages;

	DomainProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** Every type of the table; {@code DomainProblemsTests} checks that the two lists agree. */
	@ExceptionHandler({ InvalidValue.class, UnknownReference.class, DecisionIncomplete.class, AttachmentRejected.class,
			HistoricalRequestsRejected.class, InvalidParameter.class, RequestNotFound.class, TaskNotFound.class,
			UnknownAgency.class, NotFound.class, ReportNotFound.class, EmergencyEventNotFound.class,
			ReportNotInExpectedState.class, EmergencyNotInExpectedState.class, ReportAlreadyInCatalogue.class, TaskNotYours.class, AccessDeniedException.class,
			RequestNotInExpectedState.class, ItemNotInExpectedState.class, TaskAlreadyCompleted.class,
			SupplementAlreadyRequested.class, ChangeAlreadyUnderReview.class, RemedyAlreadyDecided.class,
			AnnualReportAlreadyPublished.class, AnnualReportUnderReview.class, RebuildAlreadyRunning.class,
			AnnualReportNotPublishable.class, SearchUnavailable.class, SearchBusy.class,
			AccountDirectoryUnavailable.class, IndexingFailed.class })
	ProblemDetail fact(Exception e, HttpServletResponse response) throws Exception {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof RuntimeException fact && entry(fact.getClass()) != null) {
				if (fact instanceof SearchBusy busy) {
					// RFC 9110: when a client shed for load may try again
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfter().toSeconds()));
				}
				return problem(fact, messages, LocaleContextHolder.getLocale());
			}
		}
		throw e;
	}

	/** The exception types the table lists. */
	static Set<Class<? extends RuntimeException>> types() {
		return Collections.unmodifiableSet(TABLE.keySet());
	}

	/** The problem for the exception, or null if the table does not list its type nor a supertype of it. */
	static ProblemDetail problem(RuntimeException e, MessageSource messages, Locale locale) {
		var entry = entry(e.getClass());
		if (entry == null) {
			return null;
		}
		var key = entry.key().apply(e);
		var args = entry.args().apply(e);
		var detail = messages.getMessage(key, args.length == 0 ? null : args, key, locale);
		var problem = ApiProblemHandler.problem(entry.status().apply(e), entry.type(), detail);
		entry.properties().accept(e, problem);
		return problem;
	}

	private static Entry entry(Class<?> type) {
		for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			var entry = TABLE.get(c);
			if (entry != null) {
				return entry;
			}
		}
		return null;
	}

	/** A workflow fact: its message key and arguments come with it. */
	private static <E extends RuntimeException & Refusal> void refusal(Class<E> type, HttpStatus status,
			String problemType, BiConsumer<E, ProblemDetail> properties) {
		put(type, e -> status, problemType, Refusal::messageKey, Refusal::args, properties);
	}

	/** A fact answered with one text. */
	private static <E extends RuntimeException> void fixed(Class<E> type, HttpStatus status, String problemType,
			String key) {
		put(type, e -> status, problemType, e -> key, e -> NONE, (e, p) -> {
		});
	}

	@SuppressWarnings("unchecked")
	private static <E extends RuntimeException> void put(Class<E> type, Function<E, HttpStatus> status,
			String problemType, Function<E, String> key, Function<E, Object[]> args,
			BiConsumer<E, ProblemDetail> properties) {
		TABLE.put(type, new Entry(e -> status.apply((E) e), problemType, e -> key.apply((E) e),
				e -> args.apply((E) e), (e, p) -> properties.accept((E) e, p)));
	}
}
