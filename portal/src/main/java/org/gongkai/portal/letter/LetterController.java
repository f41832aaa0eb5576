package org.gongkai.portal.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.letter.LetterDetails;
import org.gongkai.workflow.letter.LetterMailbox;
import org.gongkai.workflow.letter.LetterNotFound;
import org.gongkai.workflow.letter.LetterNotInExpectedState;
import org.gongkai.workflow.letter.LetterRating;
import org.gongkai.workflow.letter.LetterSteps;
import org.gongkai.workflow.letter.WriteLetter;
import org.gongkai.workflow.request.NewAttachment;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The 政民互动 pages: the public list of published replies and one of them; for a signed-in citizen the
 * letter form, their own letters, and the rating of a reply.
 */
@Controller
class LetterController {

	static final int PAGE_SIZE = 20;

	private final WriteLetter write;

	private final LetterSteps steps;

	private final LetterQueries queries;

	LetterController(WriteLetter write, LetterSteps steps, LetterQueries queries) {
		this.write = write;
		this.steps = steps;
		this.queries = queries;
	}

	@GetMapping("/letters")
	String published(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var shownQ = q == null ? "" : q.strip();
		var shownAgency = agency == null ? "" : agency.strip();
		var result = queries.published(shownQ, shownAgency, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("letters", result.getContent());
		model.addAttribute("q", shownQ);
		model.addAttribute("agency", shownAgency);
		model.addAttribute("agencies", queries.agencies());
		return "publicletter/list";
	}

	@GetMapping("/letters/{id:\\d+}")
	String publishedOne(@PathVariable Long id, Model model) {
		model.addAttribute("letter", queries.publishedOne(id));
		return "publicletter/view";
	}

	@GetMapping("/letters/new")
	@PreAuthorize("hasRole('applicant')")
	String initLetterForm(@RequestParam(required = false) LetterMailbox mailbox, Authentication authentication,
			Model model) {
		var user = CurrentUser.of(authentication);
		var contact = CurrentUser.contact(authentication);
		model.addAttribute("form", new LetterForm(mailbox == null ? LetterMailbox.AGENCY : mailbox, null, null, null,
				false, user.displayName(), contact.email(), contact.phone()));
		return form(model);
	}

	@PostMapping("/letters/new")
	@PreAuthorize("hasRole('applicant')")
	String processLetterForm(@Validated @ModelAttribute("form") LetterForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication authentication,
			Model model, RedirectAttributes redirect) throws IOException {
		var accepted = new ArrayList<WriteLetter.Attachment>();
		for (var upload : files == null ? List.<MultipartFile>of() : files) {
			if (upload.isEmpty()) {
				continue;
			}
			// a part without a type is no accepted type (and Set.contains(null) would throw)
			var type = upload.getContentType() == null ? "application/octet-stream" : upload.getContentType();
			var attachment = new NewAttachment(upload.getOriginalFilename(), type, upload.getBytes());
			if (attachment.problem() != null) {
				result.reject(attachment.problem(), new Object[] { upload.getOriginalFilename() }, null);
			}
			accepted.add(new WriteLetter.Attachment(attachment.fileName(), attachment.contentType(), attachment.content()));
		}
		if (accepted.size() > NewAttachment.MAX_FILES) {
			result.reject("request.attachment.tooMany");
		}
		if (!result.hasErrors()) {
			try {
				var letter = write.write(new LetterDetails(form.mailbox(), form.addresseeCode(), form.subject(),
						form.text(), form.publishable(), form.writerName(), form.email(), form.phone()),
						CurrentUser.of(authentication).userName(), accepted);
				redirect.addFlashAttribute("message", "publicletter.written");
				return "redirect:/me/letters/" + letter.getId();
			}
			catch (UnknownReference e) {
				result.rejectValue("addresseeCode", "publicletter.addressee.unknown");
			}
			catch (InvalidValue e) {
				if (Arrays.stream(LetterForm.class.getRecordComponents()).anyMatch(c -> c.getName().equals(e.field()))) {
					result.rejectValue(e.field(), e.messageKey(), e.args(), e.detail());
				}
				else {
					result.reject(e.messageKey(), e.args(), e.detail());
				}
			}
		}
		return form(model);
	}

	@GetMapping("/me/letters")
	@PreAuthorize("hasRole('applicant')")
	String mine(Authentication authentication, Model model) {
		model.addAttribute("letters", queries.mine(CurrentUser.of(authentication)));
		return "publicletter/mine";
	}

	@GetMapping("/me/letters/{id:\\d+}")
	@PreAuthorize("hasRole('applicant')")
	String mineOne(@PathVariable Long id, Authentication authentication, Model model) {
		model.addAttribute("letter", queries.mine(id, CurrentUser.of(authentication)));
		model.addAttribute("ratings", LetterRating.values());
		return "publicletter/mine-one";
	}

	@PostMapping("/me/letters/{id:\\d+}/rating")
	@PreAuthorize("hasRole('applicant')")
	String rate(@PathVariable Long id, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		queries.mine(id, user);
		var chosen = Arrays.stream(LetterRating.values()).filter(r -> r.name().equals(rating)).findFirst().orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "publicletter.rating.required");
			return "redirect:/me/letters/" + id;
		}
		if (comment != null && comment.length() > 2000) {
			redirect.addFlashAttribute("error", "publicletter.rating.commentTooLong");
			return "redirect:/me/letters/" + id;
		}
		try {
			steps.rate(id, user.userName(), chosen, comment);
			redirect.addFlashAttribute("message", "publicletter.rated");
		}
		catch (LetterNotInExpectedState | LetterNotFound e) {
			redirect.addFlashAttribute("error", "publicletter.rating.refused");
		}
		return "redirect:/me/letters/" + id;
	}

	private String form(Model model) {
		model.addAttribute("mailboxes", LetterMailbox.values());
		model.addAttribute("agencies", queries.agencies());
		return "publicletter/form";
	}
}
