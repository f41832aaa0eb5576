package org.gongkai.portal.system;

import java.net.URI;
import java.util.LinkedHashMap;

import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.publication.UnknownReference;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.SupplementAlreadyRequested;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of {@code /api/**} into RFC 9457 problem JSON with a stable {@code type} URI
 * per problem and the business ids as properties.
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
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ProblemDetail unknownReference(UnknownReference e) {
		var problem = problem(HttpStatus.BAD_REQUEST, "unknown-reference", e.getMessage());
		problem.setProperty("field", e.field());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail illegalArgument(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
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
