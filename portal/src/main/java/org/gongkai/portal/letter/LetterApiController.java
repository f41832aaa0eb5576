package org.gongkai.portal.letter;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.letter.LetterDetails;
import org.gongkai.workflow.letter.LetterMailbox;
import org.gongkai.workflow.letter.LetterRating;
import org.gongkai.workflow.letter.LetterSteps;
import org.gongkai.workflow.letter.WriteLetter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 政民互动: the published replies for everyone; writing a letter, one's own letters and rating a reply for citizens. */
@RestController
@Tag(name = "letters", description = "政民互动：留言、答复、公开、评价")
class LetterApiController {

	private final WriteLetter write;

	private final LetterSteps steps;

	private final LetterQueries queries;

	LetterApiController(WriteLetter write, LetterSteps steps, LetterQueries queries) {
		this.write = write;
		this.steps = steps;
		this.queries = queries;
	}

	/** One page of published letters. */
	record LetterPage(List<LetterViews.Published> letters, int page, int size, long total) {
	}

	@GetMapping("/api/letters")
	@Operation(summary = "已公开的留言及答复", description = "Published letters only, newest first: the reviewer's redacted subject, text and reply, the writer's masked name, the agency and the dates. `q` searches the public texts (its first 100 characters); `agency` is a department code; `size` at most 100.")
	LetterPage published(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var result = queries.published(q, agency, page, size);
		return new LetterPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
	}

	@GetMapping("/api/letters/{id:\\d+}")
	@Operation(summary = "一件已公开的留言", description = "404 unless published.")
	LetterViews.Published publishedOne(@PathVariable Long id) {
		return queries.publishedOne(id);
	}

	/**
	 * A letter to an agency or a leader's mailbox.
	 *
	 * @param writerName the name to show the office; the account's name if empty
	 */
	@Schema(name = "LetterRequest")
	record LetterRequest(@NotNull LetterMailbox mailbox, @NotBlank @Size(max = 32) String addresseeCode,
			@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 8000) String text, boolean publishable,
			@Size(max = 100) String writerName, @Email @Size(max = 200) String email,
			@Pattern(regexp = "[0-9+\\- ]{5,30}") String phone) {
	}

	@PostMapping("/api/letters")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "写留言", description = "Answers 201 with the letter number (2026-000123) once the letter is saved and its process started. The office registers it within ⚙ gongkai.letters.register-working-days working days. Rate-limited like request submissions.")
	ResponseEntity<LetterViews.Mine> write(@Valid @RequestBody LetterRequest body, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var contact = CurrentUser.contact(authentication);
		var name = body.writerName() == null || body.writerName().isBlank() ? user.displayName() : body.writerName();
		var letter = write.write(new LetterDetails(body.mailbox(), body.addresseeCode(), body.subject(), body.text(),
				body.publishable(), name, body.email() == null ? contact.email() : body.email(),
				body.phone() == null ? contact.phone() : body.phone()), user.userName(), List.of());
		return ResponseEntity.created(URI.create("/api/me/letters/" + letter.getId())).body(queries.mine(letter.getId(), user));
	}

	@GetMapping("/api/me/letters")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "我的留言", description = "The caller's letters, newest first, with their status, the reply once issued and the rating.")
	List<LetterViews.Mine> mine(Authentication authentication) {
		return queries.mine(CurrentUser.of(authentication));
	}

	@GetMapping("/api/me/letters/{id:\\d+}")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "我的一件留言", description = "404 for another writer's letter.")
	LetterViews.Mine mineOne(@PathVariable Long id, Authentication authentication) {
		return queries.mine(id, CurrentUser.of(authentication));
	}

	/** The writer's rating of the reply, with an optional comment. */
	@Schema(name = "LetterRatingRequest")
	record RatingRequest(@NotNull LetterRating rating, @Size(max = 2000) String comment) {
	}

	@PostMapping("/api/letters/{id:\\d+}/rating")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "评价答复", description = "Once per letter, by its writer, after the reply: 409 for a second rating or before the reply, 404 for another writer's letter. DISSATISFIED and VERY_DISSATISFIED open the department's 整改 (due in ⚙ 15 working days) and the office's 回访.")
	ResponseEntity<LetterViews.Mine> rate(@PathVariable Long id, @Valid @RequestBody RatingRequest body,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.mine(id, user);
		steps.rate(id, user.userName(), body.rating(), body.comment());
		return ResponseEntity.status(201).body(queries.mine(id, user));
	}
}
