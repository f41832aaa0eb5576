package org.gongkai.portal.request;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.documents.DocumentFormat;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosure requests through the API: file, read, list one's own, supplement, explain reasons, withdraw. */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "disclosure requests", description = "政府信息公开申请（依申请公开）")
class RequestApiController {

	private final FileDisclosureRequest file;

	private final ApplicantActions actions;

	private final DisclosureRequests requests;

	private final RequestQueries queries;

	private final RequestDocuments documents;

	private final RequestRegister register;

	RequestApiController(FileDisclosureRequest file, ApplicantActions actions, DisclosureRequests requests,
			RequestQueries queries, RequestDocuments documents, RequestRegister register) {
		this.register = register;
		this.documents = documents;
		this.file = file;
		this.actions = actions;
		this.requests = requests;
		this.queries = queries;
	}

	@PostMapping
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "提交政府信息公开申请", description = "Durable before 201; the receipt number follows when the office confirms receipt (art. 31).")
	ResponseEntity<RequestView> file(@Valid @RequestBody ApplicationForm form, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var view = queries.filed(() -> file.file(form, List.of(), user.userName()), user);
		return ResponseEntity.created(URI.create("/api/requests/" + view.id())).body(view);
	}

	/**
	 * An application that came otherwise than online, as the office registers it (art. 29).
	 *
	 * @param receivedOn the day art. 31 counts as received: handed in, signed for, confirmed, arrived or written down
	 * @param applicantUser the applicant's portal account, if they have one
	 */
	record OfflineApplication(@Valid @NotNull ApplicationForm application, @NotNull ApplicationChannel channel,
			@NotNull LocalDate receivedOn, @Size(max = 100) String applicantUser) {
	}

	@PostMapping("/offline")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "代为登记申请（当面、邮寄、信函、传真、电子邮件、口头）", description = "The office registers an application that "
			+ "did not come online; it is received on `receivedOn` (art. 31), gets its receipt number and waits for registration.")
	ResponseEntity<RequestView> registerOffline(@Valid @RequestBody OfflineApplication body, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var view = queries.filed(() -> file.fileOffline(body.application(), List.of(), body.channel(),
				body.receivedOn(), body.applicantUser(), user.staff()), user);
		return ResponseEntity.created(URI.create("/api/requests/" + view.id())).body(view);
	}

	@GetMapping
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "我的申请", description = "The caller's requests, newest first, without their steps: `size` "
			+ "(1 to 100, default 100) a page from `page` 0; the header `X-Total-Count` gives how many there are in all.")
	ResponseEntity<List<RequestView>> mine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var result = requests.findPageByApplicantUserOrderBySubmittedAtDesc(user.userName(),
				PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100))));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(result.getTotalElements()))
			.body(result.stream().map(r -> RequestView.of(r, queries.daysLeft(r), List.of(), List.of(), queries.agencyName(r), true)).toList());
	}

	@GetMapping("/register")
	@Operation(summary = "依申请公开登记台账", description = "Every request the caller handles (office staff: all; a department's "
			+ "clerks and heads: their department's), newest first, 50 a page from page 0; `q` matches a receipt number or its "
			+ "beginning (any case), otherwise any part of the applicant's name or the title; `overdue=true`: open, not paused and past the due date. "
			+ "403 for applicants.")
	RequestRegister.Result register(@ParameterObject RequestRegister.Filter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication authentication) {
		return register.search(filter, CurrentUser.of(authentication), Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看申请（状态、期限、办理记录）")
	RequestView get(@PathVariable Long id, Authentication authentication) {
		return queries.view(id, CurrentUser.of(authentication));
	}

	@GetMapping(value = { "/{id}/reply-letter", "/{id}/reply-letter.pdf" }, produces = "application/pdf")
	@Operation(summary = "下载答复告知书（PDF）", description = "Also at `…/reply-letter.pdf`, beside `…/reply-letter.ofd`.")
	ResponseEntity<byte[]> replyLetter(@PathVariable Long id, Authentication authentication) {
		return replyLetter(id, authentication, DocumentFormat.PDF);
	}

	@GetMapping(value = "/{id}/reply-letter.ofd", produces = "application/ofd")
	@Operation(summary = "下载答复告知书（OFD）", description = "The reply letter as OFD (GB/T 33190-2016), laid out like the PDF.")
	ResponseEntity<byte[]> replyLetterOfd(@PathVariable Long id, Authentication authentication) {
		return replyLetter(id, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> replyLetter(Long id, Authentication authentication, DocumentFormat format) {
		var request = queries.visible(id, CurrentUser.of(authentication));
		return RequestController.document(documents.replyLetter(request, format), format, "reply-" + request.getReceiptNo());
	}

	@GetMapping(value = { "/{id}/receipt", "/{id}/receipt.pdf" }, produces = "application/pdf")
	@Operation(summary = "下载受理回执（PDF）", description = "Also at `…/receipt.pdf`, beside `…/receipt.ofd`.")
	ResponseEntity<byte[]> receipt(@PathVariable Long id, Authentication authentication) {
		return receipt(id, authentication, DocumentFormat.PDF);
	}

	@GetMapping(value = "/{id}/receipt.ofd", produces = "application/ofd")
	@Operation(summary = "下载受理回执（OFD）", description = "The receipt as OFD (GB/T 33190-2016), laid out like the PDF.")
	ResponseEntity<byte[]> receiptOfd(@PathVariable Long id, Authentication authentication) {
		return receipt(id, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> receipt(Long id, Authentication authentication, DocumentFormat format) {
		var user = CurrentUser.of(authentication);
		var request = queries.visible(id, user);
		return RequestController.document(documents.receipt(request, RequestQueries.mayReadQueryCode(request, user), format),
				format, "receipt-" + request.getReceiptNo());
	}

	@GetMapping(value = { "/{id}/notices/{noticeId}", "/{id}/notices/{noticeId}.pdf" }, produces = "application/pdf")
	@Operation(summary = "下载告知书（补正、延期、收费；征询函仅限办理人员）（PDF）",
			description = "Also at `…/notices/{noticeId}.pdf`, beside `…/notices/{noticeId}.ofd`.")
	ResponseEntity<byte[]> notice(@PathVariable Long id, @PathVariable Long noticeId, Authentication authentication) {
		return notice(id, noticeId, authentication, DocumentFormat.PDF);
	}

	@GetMapping(value = "/{id}/notices/{noticeId}.ofd", produces = "application/ofd")
	@Operation(summary = "下载告知书（补正、延期、收费；征询函仅限办理人员）（OFD）",
			description = "The notice as OFD (GB/T 33190-2016), laid out like the PDF.")
	ResponseEntity<byte[]> noticeOfd(@PathVariable Long id, @PathVariable Long noticeId, Authentication authentication) {
		return notice(id, noticeId, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> notice(Long id, Long noticeId, Authentication authentication, DocumentFormat format) {
		var user = CurrentUser.of(authentication);
		var request = queries.visible(id, user);
		var notice = queries.notice(request, noticeId, user);
		return RequestController.document(documents.notice(request, notice, format), format,
				notice.getKind().name().toLowerCase(java.util.Locale.ROOT) + "-" + request.getReceiptNo() + "-"
						+ notice.getId());
	}

	record Supplement(@NotBlank(message = "{request.supplement.required}") String text) {
	}

	@PostMapping("/{id}/supplement")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "答复补正告知", description = "The reply period restarts from the supplement (art. 30).")
	RequestView supplement(@PathVariable Long id, @Valid @RequestBody Supplement supplement,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		actions.supplement(id, user.userName(), supplement.text());
		return queries.view(id, user);
	}

	record Reasons(@NotBlank(message = "{request.reasons.required}") String text) {
	}

	@PostMapping("/{id}/reasons")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "说明申请理由", description = "Answers the 说明理由通知书 (art. 35); the handler then judges the reasons.")
	RequestView reasons(@PathVariable Long id, @Valid @RequestBody Reasons reasons, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		actions.explainReasons(id, user.userName(), reasons.text());
		return queries.view(id, user);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "撤回申请")
	RequestView withdraw(@PathVariable Long id, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		actions.withdraw(id, user.userName());
		return queries.view(id, user);
	}
}
