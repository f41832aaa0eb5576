package org.gongkai.portal.redaction;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.request.WithholdingReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The marking page of every {@link RedactableFiles} kind: the pages as images with the saved marks, new
 * marks drawn with the mouse, typed as coordinates or found by pattern, each with its withholding
 * reason; saving runs {@link PdfRedactor#redact} and hands the result to the kind. The kind's
 * {@code load} decides who may redact what; an unknown kind is not found.
 */
@Controller
class RedactionController {

	/** Resolution of the page images on the marking page. */
	static final int PAGE_DPI = 100;

	/** Free-text searches longer than this are refused. */
	static final int MAX_SEARCH = 200;

	private final Map<String, RedactableFiles> kinds;

	private final PdfRedactor redactor;

	private final ObjectMapper json;

	private final MessageSource messages;

	RedactionController(List<RedactableFiles> kinds, PdfRedactor redactor, ObjectMapper json, MessageSource messages) {
		this.kinds = kinds.stream().collect(Collectors.toMap(RedactableFiles::kind, Function.identity()));
		this.redactor = redactor;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/workbench/redaction/{kind}/{id}")
	String initMarkingForm(@PathVariable String kind, @PathVariable long id, Authentication caller, Model model,
			HttpServletResponse response) throws JsonProcessingException {
		var files = files(kind);
		RedactableFiles.RedactableFile file;
		try {
			file = files.load(id, caller);
		}
		catch (RedactionRejected e) {
			// a file that cannot be opened for marking (cannot be converted): said on the page, nothing to mark
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			file = new RedactableFiles.RedactableFile("#" + id, new byte[0], List.of(), "/workbench");
			model.addAttribute("error", e.messageKey());
			model.addAttribute("pages", List.of());
		}
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("file", file);
		model.addAttribute("reasons", WithholdingReason.values());
		model.addAttribute("patterns", RedactionPatterns.values());
		model.addAttribute("marksJson", json.writeValueAsString(file.marks()));
		if (!model.containsAttribute("pages")) {
			try {
				model.addAttribute("pages", redactor.pageSizes(file.originalPdf()));
			}
			catch (RedactionRejected e) {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				model.addAttribute("pages", List.of());
				model.addAttribute("error", e.messageKey());
			}
		}
		return "redaction/mark";
	}

	@GetMapping("/workbench/redaction/{kind}/{id}/pages/{page}.png")
	ResponseEntity<byte[]> pageImage(@PathVariable String kind, @PathVariable long id, @PathVariable int page,
			Authentication caller) {
		var files = files(kind);
		byte[] png;
		try {
			png = redactor.pagePng(files.load(id, caller).originalPdf(), page, PAGE_DPI);
		}
		catch (RedactionRejected e) {
			throw new NotFound("Page " + page);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(png);
	}

	/** The areas of every match of a ready pattern ({@code pattern}) or of a text ({@code text}, literally). */
	@PostMapping(path = "/workbench/redaction/{kind}/{id}/find", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> find(@PathVariable String kind, @PathVariable long id,
			@RequestParam(name = "pattern", required = false) String pattern,
			@RequestParam(name = "text", required = false) String text, Authentication caller) {
		RedactableFiles.RedactableFile file;
		try {
			file = files(kind).load(id, caller);
		}
		catch (RedactionRejected e) {
			return problem(e.messageKey());
		}
		Pattern regex;
		if (pattern != null && !pattern.isBlank()) {
			try {
				regex = RedactionPatterns.valueOf(pattern).pattern();
			}
			catch (IllegalArgumentException e) {
				return problem("redaction.find.pattern");
			}
		}
		else if (text != null && !text.isBlank() && text.strip().length() <= MAX_SEARCH) {
			regex = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}
		else {
			return problem("redaction.find.empty");
		}
		try {
			return ResponseEntity.ok(redactor.find(file.originalPdf(), regex));
		}
		catch (RedactionRejected e) {
			return problem(e.messageKey());
		}
	}

	@PostMapping("/workbench/redaction/{kind}/{id}")
	String processMarkingForm(@PathVariable String kind, @PathVariable long id,
			@RequestParam(name = "marks", required = false) String marksJson, Authentication caller,
			RedirectAttributes redirect) {
		var files = files(kind);
		String self = "redirect:/workbench/redaction/" + kind + "/" + id;
		RedactableFiles.RedactableFile file;
		try {
			file = files.load(id, caller);
		}
		catch (RedactionRejected e) {
			redirect.addFlashAttribute("error", e.messageKey());
			return self;
		}
		List<RedactionMark> marks;
		try {
			marks = marksJson == null || marksJson.isBlank() ? List.of()
					: json.readValue(marksJson, new TypeReference<List<RedactionMark>>() {
					});
		}
		catch (JsonProcessingException e) {
			redirect.addFlashAttribute("error", "redaction.marks.invalid");
			return self;
		}
		if (marks.isEmpty() || marks.contains(null)) {
			redirect.addFlashAttribute("error", "redaction.marks.none");
			return self;
		}
		try {
			var redacted = redactor.redact(file.originalPdf(), marks);
			files.saveRedaction(id, marks, redacted, caller);
			redirect.addFlashAttribute("message",
					redacted.rasterisedPages().isEmpty() ? "redaction.saved" : "redaction.saved.rasterised");
		}
		catch (RedactionRejected e) {
			redirect.addFlashAttribute("error", e.messageKey());
			return self;
		}
		return "redirect:" + file.backUrl();
	}

	private RedactableFiles files(String kind) {
		var files = kinds.get(kind);
		if (files == null) {
			throw new NotFound("Redactable files " + kind);
		}
		return files;
	}

	private ResponseEntity<Object> problem(String key) {
		var detail = messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "redaction", detail);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
