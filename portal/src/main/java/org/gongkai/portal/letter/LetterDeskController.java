package org.gongkai.portal.letter;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.letter.DeclineReason;
import org.gongkai.workflow.letter.LetterSteps;
import org.gongkai.workflow.letter.PublicLetter;
import org.gongkai.workflow.letter.PublicLetterAttachments;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff page of a letter: what was written, where it is, its log, and the forms of the caller's open
 * tasks, which post to the workbench's {@code /workbench/tasks/{id}} and come back here.
 */
@Controller
@PreAuthorize("hasAnyRole('clerk','dept-head','office-editor','office-head','leader','admin')")
class LetterDeskController {

	private final LetterQueries queries;

	private final LetterSteps steps;

	private final PublicLetterAttachments attachments;

	private final TaskInbox inbox;

	private final Departments departments;

	LetterDeskController(LetterQueries queries, LetterSteps steps, PublicLetterAttachments attachments, TaskInbox inbox,
			Departments departments) {
		this.queries = queries;
		this.steps = steps;
		this.attachments = attachments;
		this.inbox = inbox;
		this.departments = departments;
	}

	@GetMapping("/workbench/letters/{id:\\d+}")
	String letter(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var letter = queries.forStaff(id, user);
		var mine = new HashSet<String>();
		inbox.inbox(user.staff()).forEach(task -> mine.add(task.id()));
		var open = inbox.openTasksOf(PublicLetterProcess.KEY, String.valueOf(id));
		model.addAttribute("letter", letter);
		model.addAttribute("agencyName", queries.name(letter.getAddresseeCode()));
		model.addAttribute("departmentName", queries.name(letter.getDepartmentCode()));
		model.addAttribute("maskedName", PublicLetter.mask(letter.getWriterName()));
		model.addAttribute("attachments", attachments.findByLetterIdOrderByIdAsc(id));
		model.addAttribute("events", steps.logOf(id));
		model.addAttribute("openTasks", open);
		model.addAttribute("myTasks", open.stream().filter(task -> mine.contains(task.id())).toList());
		model.addAttribute("departments", departments.findAll());
		model.addAttribute("declineReasons", DeclineReason.values());
		return "publicletter/desk";
	}

	@GetMapping("/workbench/letters/{id:\\d+}/attachments/{attachmentId:\\d+}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		queries.forStaff(id, CurrentUser.of(authentication));
		var file = attachments.findById(attachmentId)
			.filter(a -> a.getLetterId().equals(id))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.getContent());
	}
}
