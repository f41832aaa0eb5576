package org.gongkai.portal.catalogue;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.publication.AttachFile;
import org.gongkai.workflow.publication.AttachmentInfo;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueChange;
import org.gongkai.workflow.publication.CatalogueChanges;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItemRevision;
import org.gongkai.workflow.publication.CatalogueItemRevisions;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.EditDraft;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.PromoteReply;
import org.gongkai.workflow.publication.RequestItemChange;
import org.gongkai.workflow.publication.SubmitDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Departments' catalogue items through the API: draft, edit, attach files, submit for review, and
 * request reviewed changes (更正, 失效, 废止, 撤回) of published items; promote a disclosed reply.
 */
@RestController
@RequestMapping("/api/catalogue/items")
@Tag(name = "catalogue items", description = "主动公开目录条目（部门起草、附件、提交审核、更正、失效、废止、撤回、依申请转主动）")
class CatalogueItemApiController {

	private final DraftCatalogueItem draft;

	private final EditDraft edit;

	private final SubmitDraft submit;

	private final CatalogueItems items;

	private final CatalogueAttachments attachments;

	private final AttachmentUploads uploads;

	private final AttachFile attach;

	private final RequestItemChange changeRequests;

	private final CatalogueChanges changes;

	private final CatalogueItemRevisions revisions;

	private final PromoteReply promote;

	CatalogueItemApiController(DraftCatalogueItem draft, EditDraft edit, SubmitDraft submit, CatalogueItems items,
			CatalogueAttachments attachments, AttachmentUploads uploads, AttachFile attach,
			RequestItemChange changeRequests, CatalogueChanges changes, CatalogueItemRevisions revisions,
			PromoteReply promote) {
		this.draft = draft;
		this.edit = edit;
		this.submit = submit;
		this.items = items;
		this.attachments = attachments;
		this.uploads = uploads;
		this.attach = attach;
		this.changeRequests = changeRequests;
		this.changes = changes;
		this.revisions = revisions;
		this.promote = promote;
	}

	@PostMapping
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "起草目录条目", description = "Creates a draft in the caller's department and starts its publication process.")
	ResponseEntity<CatalogueItemView> create(@Valid @RequestBody ItemContent content, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var item = draft.draft(content, user.department(), user.userName());
		return ResponseEntity.created(URI.create("/api/catalogue/items/" + item.getId())).body(CatalogueItemView.of(item));
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看目录条目")
	CatalogueItemView get(@PathVariable Long id, Authentication authentication) {
		return CatalogueItemView.of(visible(id, CurrentUser.of(authentication)));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "修改草稿", description = "Only drafts and returned items can be edited; 409 otherwise.")
	CatalogueItemView update(@PathVariable Long id, @Valid @RequestBody ItemContent content,
			Authentication authentication) {
		var user = ownDepartment(id, CurrentUser.of(authentication));
		return CatalogueItemView.of(edit.edit(id, content, user.userName()));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "提交审核", description = "Completes the author's preparation task; the item goes to 保密审查, then the department head.")
	CatalogueItemView submit(@PathVariable Long id, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		ownDepartment(id, user);
		submit.submit(id, user.staff());
		return CatalogueItemView.of(items.findById(id).orElseThrow());
	}

	@PostMapping(value = "/{id}/attachments", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "上传附件", description = "PDF, DOCX, PNG, JPEG or GIF, recognised by content; text of PDF and DOCX becomes searchable.")
	ResponseEntity<AttachmentInfo> upload(@PathVariable Long id, @RequestPart("file") MultipartFile file,
			Authentication authentication) throws IOException {
		var user = ownDepartment(id, CurrentUser.of(authentication));
		var info = uploads.upload(id, file.getOriginalFilename(), file.getBytes(), user.userName());
		return ResponseEntity.created(URI.create("/api/catalogue/items/" + id + "/attachments/" + info.id())).body(info);
	}

	@GetMapping("/{id}/attachments")
	@Operation(summary = "附件列表")
	List<AttachmentInfo> attachments(@PathVariable Long id, Authentication authentication) {
		visible(id, CurrentUser.of(authentication));
		return attachments.findInfoByItemIdIn(List.of(id));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "下载附件")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		visible(id, CurrentUser.of(authentication));
		return AttachmentDownloads.response(attachments.findById(attachmentId)
			.filter(a -> a.getItemId().equals(id))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId)));
	}

	@DeleteMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "删除附件", description = "Drafts and returned items only.")
	ResponseEntity<Void> removeAttachment(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		var user = ownDepartment(id, CurrentUser.of(authentication));
		attach.remove(id, attachmentId, user.userName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/changes")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "申请更正、失效、废止或撤回", description = "Starts the review of a change of a published item; 202 with the change under review, 409 if one is already under review.")
	ResponseEntity<ChangeView> requestChange(@PathVariable Long id, @Valid @RequestBody ChangeForm form,
			Authentication authentication) {
		var user = ownDepartment(id, CurrentUser.of(authentication));
		var change = changeRequests.request(id, form.kind(), form.reason(), form.content(), form.effectiveDate(),
				user.userName());
		return ResponseEntity.accepted().body(ChangeView.of(change));
	}

	@GetMapping("/{id}/changes")
	@Operation(summary = "变更记录")
	List<ChangeView> changes(@PathVariable Long id, Authentication authentication) {
		visible(id, CurrentUser.of(authentication));
		return changes.findByItemIdOrderByRequestedAtDescIdDesc(id).stream().map(ChangeView::of).toList();
	}

	@GetMapping("/{id}/revisions")
	@Operation(summary = "历史版本", description = "The content before each correction, newest first.")
	List<RevisionView> revisions(@PathVariable Long id, Authentication authentication) {
		visible(id, CurrentUser.of(authentication));
		return revisions.findByItemIdOrderByRevisionDesc(id).stream().map(RevisionView::of).toList();
	}

	@PostMapping("/from-request/{requestId}")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "依申请转主动", description = "Creates a draft prefilled from a disclosed reply of the caller's department (art. 44); it enters the publication flow.")
	ResponseEntity<CatalogueItemView> promote(@PathVariable Long requestId, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var item = promote.promote(requestId, user.department(), user.userName());
		return ResponseEntity.created(URI.create("/api/catalogue/items/" + item.getId())).body(CatalogueItemView.of(item));
	}

	/** Staff see their department's items; the office sees all; everybody sees public ones. */
	private CatalogueItem visible(Long id, CurrentUser user) {
		var item = items.findById(id).orElseThrow(() -> new NotFound("Catalogue item " + id));
		boolean office = user.hasRole(Roles.SECRECY_REVIEWER) || user.hasRole(Roles.OFFICE_EDITOR)
				|| user.hasRole(Roles.LEADER) || user.hasRole(Roles.ADMIN);
		if (item.isPublic() || office || item.getDepartmentCode().equals(user.department())) {
			return item;
		}
		throw new NotFound("Catalogue item " + id);
	}

	/** Only the item's own department writes to it. */
	private CurrentUser ownDepartment(Long id, CurrentUser user) {
		var item = visible(id, user);
		if (!item.getDepartmentCode().equals(user.department())) {
			throw new AccessDeniedException("Item " + id + " belongs to another department");
		}
		return user;
	}

	/** A change as the API shows it. */
	record ChangeView(Long id, Long itemId, String kind, String status, String reason, LocalDate effectiveDate,
			String requestedBy, Instant requestedAt, Instant decidedAt, String decisionNote) {

		static ChangeView of(CatalogueChange change) {
			return new ChangeView(change.getId(), change.getItemId(), change.getKind().name(), change.getStatus().name(),
					change.getReason(), change.getEffectiveDate(), change.getRequestedBy(), change.getRequestedAt(),
					change.getDecidedAt(), change.getDecisionNote());
		}
	}

	/** An earlier version of a corrected item. */
	record RevisionView(int revision, String title, String summary, String body, String issuer, LocalDate writtenDate,
			String docNumber, Instant replacedAt, String reason) {

		static RevisionView of(CatalogueItemRevision r) {
			return new RevisionView(r.getRevision(), r.getTitle(), r.getSummary(), r.getBody(), r.getIssuer(),
					r.getWrittenDate(), r.getDocNumber(), r.getReplacedAt(), r.getReason());
		}
	}

}
