package org.gongkai.portal.system;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.SupplementAlreadyRequested;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.context.MessageSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of {@code /api/**} into RFC 9457 problem JSON with a stable {@code type} URI
 * per problem and the business ids as properties. A {@code detail} comes from our message keys or from
 * our own exceptions' texts ({@link SafeDetail}), never from a JDK or library exception: a bad enum
 * value names the field and its allowed values; anything unexpected is answered by {@link UnexpectedErrors}.
 */
@RestControllerAdvice(basePackages = "org.gongkai.portal", annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	public static final String TYPE_BASE = "https://gongkai.org/problems/";

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	public static ProblemDetail problem(HttpStatus status, String type, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "提交的内容有误，请按字段提示修改。");
		var errors = new LinkedHashMap<String, String>();
		ex.getBindingResult().getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), fieldMessage(e)));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ProblemDetail unknownReference(UnknownReference e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "unknown-reference", e.getMessage());
		problem.setProperty("field", e.field());
		return problem;
	}

	/** A field's message; a value that could not be converted names the allowed values, never the types. */
	private String fieldMessage(FieldError error) {
		if (error.isBindingFailure()) {
			var mismatch = unwrap(error, TypeMismatchException.class);
			if (mismatch != null && mismatch.getRequiredType() != null && mismatch.getRequiredType().isEnum()) {
				return text("api.value.enum", allowed(mismatch.getRequiredType()));
			}
		}
		var message = messages.getMessage(error, LocaleContextHolder.getLocale());
		return SafeDetail.revealsInternals(message) ? text("api.value.malformed") : message;
	}

	private static <T> T unwrap(FieldError error, Class<T> type) {
		try {
			return error.unwrap(type);
		}
		catch (IllegalArgumentException notWrapped) {
			return null;
		}
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var cause = ex.getCause();
		if (cause instanceof ValueInstantiationException created && created.getCause() != null
				&& SafeDetail.ours(created.getCause())) {
			var detail = SafeDetail.of(created.getCause(), text("api.body.invalid"));
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", detail));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			var field = path(mismatch);
			var type = mismatch.getTargetType();
			var message = type != null && type.isEnum() ? text("api.value.enum", allowed(type))
					: cause instanceof InvalidFormatException && type == java.time.LocalDate.class
							? text("api.value.date") : text("api.value.malformed");
			var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("api.body.field", field, message));
			problem.setProperty("errors", Map.of(field, message));
			return ResponseEntity.badRequest().body(problem);
		}
		var key = cause instanceof JsonProcessingException ? "api.body.malformed" : "api.body.missing";
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", text(key)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
		var type = ex.getRequiredType();
		String detail;
		if (type != null && type.isEnum()) {
			detail = text("api.parameter.enum", name, allowed(type));
		}
		else if (type != null && Temporal.class.isAssignableFrom(type)) {
			detail = text("api.parameter.date", name);
		}
		else if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
			detail = text("api.parameter.integer", name);
		}
		else {
			detail = text("api.parameter.malformed", name);
		}
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", detail);
		problem.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(problem);
	}

	/** Framework answers keep their status; a detail that would show internals gets a generic text. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && SafeDetail.revealsInternals(problem.getDetail())) {
			problem.setDetail(text(statusCode.is5xxServerError() ? "api.problem.server" : "api.body.invalid"));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler
	ProblemDetail illegalArgument(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", SafeDetail.of(e, text("api.body.invalid")));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The names of an enum's constants, for "one of …". */
	static String allowed(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining("、"));
	}

	/** {@code applicant.type}, {@code items[2].kind}: the JSON path of a mismatched value. */
	private static String path(JsonMappingException e) {
		var path = new StringBuilder();
		for (var reference : e.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler
	ProblemDetail taskNotFound(TaskNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "task-not-found", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail taskNotYours(TaskNotYours e) {
		return problem(HttpStatus.FORBIDDEN, "task-not-yours", "该任务未分配给您，也不在您所在岗位的待办中。");
	}

	@ExceptionHandler
	ProblemDetail taskAlreadyCompleted(TaskAlreadyCompleted e) {
		return problem(HttpStatus.CONFLICT, "task-already-completed", "该任务已由他人办理完毕，请刷新后查看最新状态。");
	}

	@ExceptionHandler
	ProblemDetail decisionIncomplete(DecisionIncomplete e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "decision-incomplete",
				"办理该任务需要填写“" + e.variable() + "”，任务未办结。");
		problem.setProperty("parameter", e.variable());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail wrongState(ItemNotInExpectedState e) {
		return problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail searchUnavailable(SearchUnavailable e) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "检索服务暂时不可用，请稍后再试。");
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "您的角色无权执行此操作。");
	}

	@ExceptionHandler
	ProblemDetail requestNotFound(RequestNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "request-not-found", "申请不存在或您无权查看。");
	}

	@ExceptionHandler
	ProblemDetail requestWrongState(RequestNotInExpectedState e) {
		return problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail supplementAlreadyRequested(SupplementAlreadyRequested e) {
		return problem(HttpStatus.CONFLICT, "supplement-already-requested", "依条例第三十条，补正只能一次性告知。");
	}

	@ExceptionHandler
	ProblemDetail invalidItemContent(org.gongkai.workflow.publication.InvalidItemContent e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
				messages.getMessage(e.messageKey(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
		problem.setProperty("field", e.field());
		problem.setProperty("errors", java.util.Map.of(e.field(),
				messages.getMessage(e.messageKey(), e.args(), e.getMessage(), LocaleContextHolder.getLocale())));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail attachmentRejected(org.gongkai.workflow.publication.AttachmentRejected e) {
		var status = "attachment.tooLarge".equals(e.messageKey()) ? HttpStatus.PAYLOAD_TOO_LARGE
				: "attachment.type".equals(e.messageKey()) ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
		return problem(status, "attachment-rejected",
				messages.getMessage(e.messageKey(), null, e.getMessage(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail changeAlreadyUnderReview(org.gongkai.workflow.publication.ChangeAlreadyUnderReview e) {
		return problem(HttpStatus.CONFLICT, "change-already-under-review", "该条目已有一项变更正在审核中。");
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
	}
}
