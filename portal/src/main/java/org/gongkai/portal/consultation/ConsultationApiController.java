package org.gongkai.portal.consultation;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.consultation.AdoptionOutcome;
import org.gongkai.workflow.consultation.AttachmentRole;
import org.gongkai.workflow.consultation.CommentGroupDetails;
import org.gongkai.workflow.consultation.ConsultationDetails;
import org.gongkai.workflow.consultation.ConsultationKind;
import org.gongkai.workflow.consultation.ConsultationStatus;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 意见征集 in the API: the public list, a consultation, its accepted comments and its feedback answer
 * anonymously; citizens comment; the department drafts, uploads the documents, submits, writes the feedback
 * and links the final document. Review and moderation are tasks ({@code POST /api/tasks/{id}/complete}).
 */
@RestController
@RequestMapping("/api/consultations")
@Tag(name = "consultations", description = "意见征集：征求意见稿、公众意见及审核、意见采纳情况反馈")
class ConsultationApiController {

	private final ConsultationSteps steps;

	private final ConsultationQueries queries;

	ConsultationApiController(ConsultationSteps steps, ConsultationQueries queries) {
		this.steps = steps;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "意见征集列表", description = "Open consultations first (closing soonest first), then closed and concluded ones; filter by `agency` (department code) and `status` (OPEN, CLOSED, FEEDBACK_REVIEW, CONCLUDED).")
	List<ConsultationView.Summary> list(@RequestParam(required = false) String agency,
			@RequestParam(required = false) ConsultationStatus status) {
		return queries.publicList(agency, status);
	}

	@GetMapping("/{id}")
	@Operation(summary = "意见征集详情", description = "Public once open; before that only its department and the office see it.")
	ConsultationView get(@PathVariable Long id, Authentication authentication) {
		return queries.view(id, user(authentication));
	}

	@GetMapping("/{id}/comments")
	@Operation(summary = "已公开的意见", description = "Accepted comments only, the author's name masked; `questionNo` null means the whole draft.")
	List<ConsultationView.PublicComment> comments(@PathVariable Long id, Authentication authentication) {
		return queries.acceptedComments(id, user(authentication));
	}

	@GetMapping("/{id}/feedback")
	@Operation(summary = "意见采纳情况反馈", description = "404 until the consultation is concluded.")
	ConsultationView.Feedback feedback(@PathVariable Long id, Authentication authentication) {
		var view = queries.view(id, user(authentication));
		if (view.status() != ConsultationStatus.CONCLUDED || view.feedback() == null) {
			throw new NotFound("feedback of consultation " + id);
		}
		return view.feedback();
	}

	/** A comment on one question ({@code questionNo} from 1) or, without a number, on the whole draft. */
	record CommentForm(@Min(1) Integer questionNo, @NotBlank @Size(max = 4000) String text) {
	}

	@PostMapping("/{id}/comments")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "提交意见", description = "While the consultation is open. The comment is saved before the answer (202, status PENDING) and shown once a moderator accepts it; 409 when not open.")
	ResponseEntity<ConsultationView.CommentReceived> comment(@PathVariable Long id, @Valid @RequestBody CommentForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		var comment = steps.comment(id, form.questionNo(), form.text(), user.userName(), user.displayName());
		return ResponseEntity.accepted().body(new ConsultationView.CommentReceived(comment.getId(), comment.getStatus()));
	}

	@GetMapping("/{id}/my-comments")
	@PreAuthorize("hasRole('applicant')")
	@Operation(summary = "我的意见", description = "The caller's own comments on the consultation with their moderation (pending, accepted, rejected with the reason).")
	List<ConsultationView.OwnComment> myComments(@PathVariable Long id, Authentication authentication) {
		return queries.ownComments(id, CurrentUser.of(authentication));
	}

	/** A draft consultation; {@code closesOn} the last day comments are taken. */
	record DraftForm(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
			@NotNull ConsultationKind kind, @Size(max = 50) List<@NotBlank @Size(max = 1000) String> questions,
			@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
	}

	@PostMapping
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "起草意见征集", description = "For the clerk's department. A period shorter than the kind's minimum (⚙ gongkai.consultation.periods) is refused (400 with the field).")
	ResponseEntity<ConsultationView> draft(@Valid @RequestBody DraftForm form, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var consultation = steps.draft(new ConsultationDetails(form.title(), form.summary(), form.kind(),
				form.questions() == null ? List.of() : form.questions(), form.opensOn(), form.closesOn()),
				user.department(), user.userName());
		return ResponseEntity.created(URI.create("/api/consultations/" + consultation.getId()))
			.body(queries.view(consultation.getId(), user));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "修改意见征集草稿", description = "While a draft, or when a reviewer returned it (task 修改征求意见稿 open; 409 otherwise). The period is checked again.")
	ConsultationView revise(@PathVariable Long id, @Valid @RequestBody DraftForm form, Authentication authentication) {
		var user = own(id, authentication);
		steps.revise(id, new ConsultationDetails(form.title(), form.summary(), form.kind(),
				form.questions() == null ? List.of() : form.questions(), form.opensOn(), form.closesOn()), user.userName());
		return queries.view(id, user);
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "上传征求意见稿或起草说明", description = "`role` DRAFT or EXPLANATION; PDF or DOCX, checked by the file's first bytes; while a draft, or replacing the file of the role while a returned draft is revised.")
	ResponseEntity<ConsultationView> attach(@PathVariable Long id, @RequestParam AttachmentRole role,
			@RequestPart("file") MultipartFile file, Authentication authentication) throws IOException {
		var user = own(id, authentication);
		steps.attach(id, role, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user.userName());
		return ResponseEntity.status(201).body(queries.view(id, user));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "提交审核", description = "部门负责人审核 → 保密审查 → 办公室审核; the draft document must be uploaded. Approved, it opens at midnight of its first day and closes after its last.")
	ConsultationView submit(@PathVariable Long id, Authentication authentication) {
		var user = own(id, authentication);
		steps.submit(id, user.userName());
		return queries.view(id, user);
	}

	/** One group of comments with its outcome and reason. */
	record GroupForm(@NotBlank @Size(max = 2000) String summary, @NotNull AdoptionOutcome outcome,
			@NotBlank @Size(max = 2000) String reason, @Size(max = 10000) List<@NotNull Long> commentIds) {
	}

	record FeedbackForm(@Size(max = 4000) String summary, @Size(max = 500) List<@Valid @NotNull GroupForm> groups) {
	}

	@PutMapping("/{id}/feedback")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "保存意见采纳情况反馈", description = "After the consultation closed and until the feedback is submitted (the task 归纳意见并拟定采纳情况反馈): replaces the groups. Every accepted comment must be in one group before the task can be completed.")
	ConsultationView.Feedback saveFeedback(@PathVariable Long id, @Valid @RequestBody FeedbackForm form,
			Authentication authentication) {
		var user = own(id, authentication);
		steps.saveFeedback(id, form.summary(), form.groups() == null ? List.of()
				: form.groups().stream().map(g -> new CommentGroupDetails(g.summary(), g.outcome(), g.reason(),
						g.commentIds() == null ? List.of() : g.commentIds())).toList(), user.userName());
		return queries.feedback(steps.get(id), true);
	}

	record FinalForm(@NotBlank @Size(max = 100) String indexNo) {
	}

	@PostMapping("/{id}/final-document")
	@PreAuthorize("hasAnyRole('clerk','office-editor')")
	@Operation(summary = "关联正式文件", description = "Once concluded: links the final document, published in the catalogue, by its 索引号; both pages then link to each other.")
	ConsultationView linkFinal(@PathVariable Long id, @Valid @RequestBody FinalForm form, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var consultation = queries.visible(id, user);
		if (!ConsultationQueries.staffSees(consultation, user)) {
			throw new AccessDeniedException("not the consultation's department");
		}
		steps.linkFinal(id, form.indexNo(), user.userName());
		return queries.view(id, user);
	}

	/** The caller is a clerk of the consultation's department. */
	private CurrentUser own(Long id, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var consultation = queries.visible(id, user);
		if (!consultation.getDepartmentCode().equals(user.department())) {
			throw new AccessDeniedException("not the consultation's department");
		}
		return user;
	}

	static CurrentUser user(Authentication authentication) {
		try {
			return authentication == null || !authentication.isAuthenticated() ? null : CurrentUser.of(authentication);
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
