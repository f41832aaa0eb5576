package org.gongkai.portal.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongkai.portal.documents.DocumentFormat;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.NewAttachment;
import org.gongkai.workflow.request.RecordFormSuggestions;
import org.gongkai.workflow.request.RequestAttachments;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's pages: the application form (works without JavaScript), my requests, tracking. */
@Controller
class RequestController {

	/** Rows a page of 我的申请 shows unless {@code size} says otherwise. */
	static final int PAGE_SIZE = 20;

	private final FileDisclosureRequest file;

	private final ApplicantActions actions;

	private final DisclosureRequests requests;

	private final RequestAttachments attachments;

	private final RequestQueries queries;

	private final RequestDocuments documents;

	private final ApplicationFormChoices choices;

	private final RecordFormSuggestions suggestions;

	RequestController(FileDisclosureRequest file, ApplicantActions actions, DisclosureRequests requests,
			RequestAttachments attachments, RequestQueries queries, RequestDocuments documents,
			ApplicationFormChoices choices, RecordFormSuggestions suggestions) {
		this.choices = choices;
		this.suggestions = suggestions;
		this.documents = documents;
		this.file = file;
		this.actions = actions;
		this.requests = requests;
		this.attachments = attachments;
		this.queries = queries;
	}

	@ModelAttribute
	void choices(Model model) {
		choices.addTo(model);
	}

	/**
	 * The form, its name and contact details filled in from the account (editable). {@code ?kind=CORRECTION}
	 * asks to correct a record about the applicant (art. 41) instead of for information; {@code ?agency=}
	 * chooses the agency applied to (受理机关). The page gets a random form-session id that the
	 * "already published?" suggestions are counted under.
	 */
	@GetMapping("/requests/new")
	String initApplicationForm(@RequestParam(required = false) RequestKind kind,
			@RequestParam(required = false) String agency, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var contact = CurrentUser.contact(authentication);
		var name = user.displayName() == null || user.displayName().equals(user.userName()) ? null : user.displayName();
		var agencyCode = agency == null || agency.isBlank() ? null : agency.strip();
		if (agencyCode != null && !choices.knownAgency(agencyCode)) {
			model.addAttribute("agencyUnknown", agencyCode);
			agencyCode = null;
		}
		model.addAttribute("form", new ApplicationForm(ApplicantType.NATURAL_PERSON, name, null, null, null,
				contact.phone(), contact.email(), null, null, null, null, null, DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, kind == null ? RequestKind.DISCLOSURE : kind, null, IdType.RESIDENT_ID,
				agencyCode));
		model.addAttribute("prefilled", name != null || contact.email() != null || contact.phone() != null);
		model.addAttribute("formSession", UUID.randomUUID().toString());
		return "request/form";
	}

	@PostMapping("/requests")
	String processApplicationForm(@Validated @ModelAttribute("form") ApplicationForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String formSession, Authentication authentication, Model model,
			RedirectAttributes redirect) throws IOException {
		var session = RecordFormSuggestions.isSessionId(formSession) ? formSession : UUID.randomUUID().toString();
		model.addAttribute("formSession", session);
		choices.checkAgency(form, result);
		var accepted = new ArrayList<NewAttachment>();
		for (var upload : files == null ? List.<MultipartFile>of() : files) {
			if (upload.isEmpty()) {
				continue;
			}
			var attachment = new NewAttachment(upload.getOriginalFilename(), upload.getContentType(), upload.getBytes());
			if (attachment.problem() != null) {
				result.reject(attachment.problem(), new Object[] { upload.getOriginalFilename() }, null);
			}
			accepted.add(attachment);
		}
		if (accepted.size() > NewAttachment.MAX_FILES) {
			result.reject("request.attachment.tooMany");
		}
		if (result.hasErrors()) {
			return "request/form";
		}
		var request = file.file(form, accepted, CurrentUser.of(authentication).userName());
		suggestions.filed(session);
		redirect.addFlashAttribute("message", "request.filed");
		return "redirect:/requests/" + request.getId();
	}

	/** The form showed "already published?" suggestions; no personal data is recorded, only the form-session id. */
	@PostMapping("/requests/form-sessions/{session}/shown")
	ResponseEntity<Void> suggestionsShown(@PathVariable String session) {
		if (!RecordFormSuggestions.isSessionId(session)) {
			return ResponseEntity.badRequest().build();
		}
		suggestions.shown(session);
		return ResponseEntity.noContent().build();
	}

	/** The applicant followed one of the suggestions. */
	@PostMapping("/requests/form-sessions/{session}/clicked")
	ResponseEntity<Void> suggestionClicked(@PathVariable String session) {
		if (!RecordFormSuggestions.isSessionId(session)) {
			return ResponseEntity.badRequest().build();
		}
		suggestions.clicked(session);
		return ResponseEntity.noContent().build();
	}

	/** 我的申请, newest first, {@value #PAGE_SIZE} a page from {@code page=0}; {@code size} (1 to 100) for another page size. */
	@GetMapping("/requests")
	String mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
			Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var pageSize = Math.max(1, Math.min(size, 100));
		var result = requests.findPageByApplicantUserOrderBySubmittedAtDesc(user.userName(),
				PageRequest.of(Math.max(0, page), pageSize));
		model.addAttribute("requests", result.getContent());
		model.addAttribute("result", result);
		model.addAttribute("sizeQuery", pageSize == PAGE_SIZE ? "" : "&size=" + pageSize);
		return "request/list";
	}

	@GetMapping("/requests/{id}")
	String track(@PathVariable Long id, Authentication authentication, Model model) {
		model.addAttribute("request", queries.view(id, CurrentUser.of(authentication)));
		model.addAttribute("attachments", attachments.findByRequestIdOrderByIdAsc(id));
		return "request/track";
	}

	@GetMapping("/requests/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable Long id, Authentication authentication) {
		return receipt(id, authentication, DocumentFormat.PDF);
	}

	@GetMapping("/requests/{id}/receipt.ofd")
	ResponseEntity<byte[]> receiptOfd(@PathVariable Long id, Authentication authentication) {
		return receipt(id, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> receipt(Long id, Authentication authentication, DocumentFormat format) {
		var user = CurrentUser.of(authentication);
		var request = queries.visible(id, user);
		return document(documents.receipt(request, RequestQueries.mayReadQueryCode(request, user), format), format,
				"受理回执-" + request.getReceiptNo());
	}

	@GetMapping("/requests/{id}/reply-letter.pdf")
	ResponseEntity<byte[]> replyLetter(@PathVariable Long id, Authentication authentication) {
		return replyLetter(id, authentication, DocumentFormat.PDF);
	}

	@GetMapping("/requests/{id}/reply-letter.ofd")
	ResponseEntity<byte[]> replyLetterOfd(@PathVariable Long id, Authentication authentication) {
		return replyLetter(id, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> replyLetter(Long id, Authentication authentication, DocumentFormat format) {
		var request = queries.visible(id, CurrentUser.of(authentication));
		return document(documents.replyLetter(request, format), format, "答复告知书-" + request.getReceiptNo());
	}

	@GetMapping("/requests/{id}/notices/{noticeId}.pdf")
	ResponseEntity<byte[]> notice(@PathVariable Long id, @PathVariable Long noticeId, Authentication authentication) {
		return notice(id, noticeId, authentication, DocumentFormat.PDF);
	}

	@GetMapping("/requests/{id}/notices/{noticeId}.ofd")
	ResponseEntity<byte[]> noticeOfd(@PathVariable Long id, @PathVariable Long noticeId, Authentication authentication) {
		return notice(id, noticeId, authentication, DocumentFormat.OFD);
	}

	private ResponseEntity<byte[]> notice(Long id, Long noticeId, Authentication authentication, DocumentFormat format) {
		var user = CurrentUser.of(authentication);
		var request = queries.visible(id, user);
		var notice = queries.notice(request, noticeId, user);
		return document(documents.notice(request, notice, format), format,
				notice.getKind().title() + "-" + notice.getNoticeNo());
	}

	/** A file the applicant attached, for the applicant and the request's handlers; always downloaded, never shown inline. */
	@GetMapping("/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		var file = queries.attachment(id, attachmentId, CurrentUser.of(authentication));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** A letter as an attachment named {@code baseName.pdf} or {@code baseName.ofd}. */
	static ResponseEntity<byte[]> document(byte[] content, DocumentFormat format, String baseName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(content);
	}

	@PostMapping("/requests/{id}/supplement")
	String supplement(@PathVariable Long id, @RequestParam(defaultValue = "") String text, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			actions.supplement(id, CurrentUser.of(authentication).userName(), text);
			redirect.addFlashAttribute("message", "request.supplemented");
		}
		catch (IllegalArgumentException blank) {
			redirect.addFlashAttribute("error", "request.supplement.required");
		}
		catch (RequestNotInExpectedState e) {
			redirect.addFlashAttribute("error", "request.wrongState");
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/reasons")
	String reasons(@PathVariable Long id, @RequestParam(defaultValue = "") String text, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			actions.explainReasons(id, CurrentUser.of(authentication).userName(), text);
			redirect.addFlashAttribute("message", "request.reasons.sent");
		}
		catch (IllegalArgumentException blank) {
			redirect.addFlashAttribute("error", "request.reasons.required");
		}
		catch (RequestNotInExpectedState e) {
			redirect.addFlashAttribute("error", "request.wrongState");
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/withdraw")
	String withdraw(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		try {
			actions.withdraw(id, CurrentUser.of(authentication).userName());
			redirect.addFlashAttribute("message", "request.withdrawn");
		}
		catch (RequestNotInExpectedState e) {
			redirect.addFlashAttribute("error", "request.wrongState");
		}
		return "redirect:/requests/" + id;
	}
}
