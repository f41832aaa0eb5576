package org.gongkai.portal.request;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.system.ApiProblemHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/requests/lookup}: a request's progress for whoever holds its receipt number and 查询码, without a token. */
@RestController
@Tag(name = "disclosure requests", description = "政府信息公开申请（依申请公开）")
class RequestLookupApiController {

	private final RequestQueries queries;

	private final StepNotes notes;

	private final MessageSource messages;

	RequestLookupApiController(RequestQueries queries, StepNotes notes, MessageSource messages) {
		this.queries = queries;
		this.notes = notes;
		this.messages = messages;
	}

	@GetMapping("/api/requests/lookup")
	@Operation(summary = "凭受理编号和查询码查询办理进度（无需登录）", description = "Status, dated steps and due date of the "
			+ "request, with no personal data. A wrong pair, whichever half is wrong, answers 404 `request-lookup-failed`; "
			+ "10 tries a minute per client, then 429 `rate-limited` with `Retry-After`.")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RequestLookupView.class)))
	@ApiResponse(responseCode = "404", description = "no request with this receipt number and 查询码",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> lookup(@Parameter(description = "受理编号, e.g. GK2026-000012") @RequestParam String no,
			@Parameter(description = "查询码, 8 characters; case, spaces and dashes do not matter") @RequestParam String code) {
		return queries.lookup(no, code, notes).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
			var locale = LocaleContextHolder.getLocale();
			var problem = ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "request-lookup-failed",
					messages.getMessage("lookup.notFound", null, locale));
			problem.setTitle(messages.getMessage("lookup.notFound.title", null, locale));
			problem.setInstance(URI.create("/api/requests/lookup"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		});
	}
}
