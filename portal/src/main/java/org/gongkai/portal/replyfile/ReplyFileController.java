package org.gongkai.portal.replyfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.Refusal;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.UnknownReference;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reply files on the pages: the handler uploads, links and removes them from the case page (section
 * 提供的信息, back there with a message), staff open them, the applicant downloads them once the reply is issued.
 */
@Controller
class ReplyFileController {

	private final ReplyFileUploads uploads;

	private final ReplyFileViews views;

	private final MessageSource messages;

	ReplyFileController(ReplyFileUploads uploads, ReplyFileViews views, MessageSource messages) {
		this.uploads = uploads;
		this.views = views;
		this.messages = messages;
	}

	@PostMapping("/workbench/requests/{id}/reply-files")
	String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Authentication authentication, RedirectAttributes redirect) throws IOException {
		return change(id, redirect, () -> {
			var saved = uploads.upload(id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), CurrentUser.of(authentication));
			return saved.getFileName();
		});
	}

	@PostMapping("/workbench/requests/{id}/reply-files/items")
	String link(@PathVariable Long id, @RequestParam(required = false) Long itemId, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		return change(id, redirect, () -> uploads.link(id, itemId, CurrentUser.of(authentication)).getFileName());
	}

	@PostMapping("/workbench/requests/{id}/reply-files/{fileId}/delete")
	String remove(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		return change(id, redirect, () -> {
			uploads.remove(id, fileId, CurrentUser.of(authentication));
			return "";
		});
	}

	/** The original of a file (before redaction): the case's staff only. */
	@GetMapping("/workbench/requests/{id}/reply-files/{fileId}/original")
	ResponseEntity<byte[]> original(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication) {
		return download(views.original(id, fileId, CurrentUser.of(authentication)));
	}

	/** The file as the applicant receives it: for the applicant once the reply is issued, and for the case's staff. */
	@GetMapping("/requests/{id}/reply-files/{fileId}")
	ResponseEntity<byte[]> served(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication) {
		return download(views.served(id, fileId, CurrentUser.of(authentication)));
	}

	static ResponseEntity<byte[]> download(ReplyFileViews.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String change(Long id, RedirectAttributes redirect, Change change) throws IOException {
		try {
			var name = change.run();
			redirect.addFlashAttribute("replyFileMessage", name.isEmpty() ? "replyFiles.removed" : "replyFiles.added");
		}
		catch (InvalidValue | UnknownReference | RequestNotInExpectedState e) {
			var refusal = (Refusal) e;
			redirect.addFlashAttribute("replyFileError", messages.getMessage(refusal.messageKey(), refusal.args(),
					refusal.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/workbench/requests/" + id + "#reply-files";
	}

	private interface Change {

		String run() throws IOException;
	}
}
