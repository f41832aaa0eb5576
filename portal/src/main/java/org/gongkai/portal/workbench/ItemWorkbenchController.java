package org.gongkai.portal.workbench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.portal.catalogue.AttachmentDownloads;
import org.gongkai.portal.catalogue.AttachmentUploads;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.annual.AnnualReports;
import org.gongkai.workflow.publication.AttachFile;
import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueChangeProcess;
import org.gongkai.workflow.publication.CatalogueChanges;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItemRevisions;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.ChangeAlreadyUnderReview;
import org.gongkai.workflow.publication.ChangeKind;
import org.gongkai.workflow.publication.DisclosureClass;
import org.gongkai.workflow.publication.EditDraft;
import org.gongkai.workflow.publication.Genres;
import org.gongkai.workflow.publication.InvalidItemContent;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.PromoteReply;
import org.gongkai.workflow.publication.RequestItemChange;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.WithholdingReason;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The staff pages of one catalogue item: its page (status, deadline, tasks, attachments, changes,
 * versions, history), editing a draft, uploading files, requesting a correction, 失效, 废止 or withdrawal,
 * and promoting a disclosed reply (依申请转主动).
 */
@Controller
class ItemWorkbenchController {

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final CatalogueAttachments attachments;

	private final CatalogueChanges changes;

	private final CatalogueItemRevisions revisions;

	private final CaseEvents events;

	private final TaskInbox inbox;

	private final EditDraft edit;

	private final AttachmentUploads uploads;

	private final AttachFile attach;

	private final RequestItemChange changeRequests;

	private final PromoteReply promote;

	private final PublicationClock publicationClock;

	private final org.gongkai.workflow.information.SendReportToCatalogue fromReports;

	private final AnnualReports annualReports;

	ItemWorkbenchController(CatalogueItems items, CatalogueColumns columns, CatalogueAttachments attachments,
			CatalogueChanges changes, CatalogueItemRevisions revisions, CaseEvents events, TaskInbox inbox,
			EditDraft edit, AttachmentUploads uploads, AttachFile attach, RequestItemChange changeRequests,
			PromoteReply promote, PublicationClock publicationClock,
			org.gongkai.workflow.information.SendReportToCatalogue fromReports, AnnualReports annualReports) {
		this.fromReports = fromReports;
		this.annualReports = annualReports;
		this.items = items;
		this.columns = columns;
		this.attachments = attachments;
		this.changes = changes;
		this.revisions = revisions;
		this.events = events;
		this.inbox = inbox;
		this.edit = edit;
		this.uploads = uploads;
		this.attach = attach;
		this.changeRequests = changeRequests;
		this.promote = promote;
		this.publicationClock = publicationClock;
	}

	/** What the item form offers to choose from. */
	static void formChoices(Model model, CatalogueColumns columns) {
		model.addAttribute("columns", columns.findAllByOrderByParentCodeAscSortOrderAsc());
		model.addAttribute("genres", Genres.ALL);
		model.addAttribute("disclosureClasses", DisclosureClass.values());
		model.addAttribute("withholdingReasons", WithholdingReason.values());
	}

	@GetMapping("/workbench/items/{id}")
	String item(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var item = visible(id, user);
		model.addAttribute("item", item);
		model.addAttribute("sourceReportId", fromReports.reportOf(id).orElse(null));
		// the item carrying an annual report is edited and resubmitted from the report's page only
		model.addAttribute("annualReport", annualReports.findByCatalogueItemId(id).orElse(null));
		model.addAttribute("overdue", item.isPublishOverdue(publicationClock.today()));
		model.addAttribute("daysLeft", item.getPublishDueOn() == null || item.getPublishedAt() != null ? null
				: publicationClock.workingDaysLeft(item.getPublishDueOn()));
		model.addAttribute("editable", item.getDepartmentCode().equals(user.department()) && user.hasRole(Roles.CLERK)
				&& (item.getStatus() == ItemStatus.DRAFT || item.getStatus() == ItemStatus.RETURNED));
		model.addAttribute("changeable", item.getDepartmentCode().equals(user.department())
				&& user.hasRole(Roles.CLERK) && item.getStatus() == ItemStatus.PUBLISHED);
		model.addAttribute("attachments", attachments.findInfoByItemIdIn(List.of(id)));
		model.addAttribute("changes", changes.findByItemIdOrderByRequestedAtDescIdDesc(id));
		model.addAttribute("revisions", revisions.findByItemIdOrderByRevisionDesc(id));
		model.addAttribute("events", events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.CATALOGUE_ITEM, id));
		var tasks = new java.util.ArrayList<>(inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(id)));
		tasks.addAll(inbox.openTasksOf(CatalogueChangeProcess.KEY, String.valueOf(id)));
		model.addAttribute("tasks", tasks);
		return "workbench/item";
	}

	@GetMapping("/workbench/items/{id}/edit")
	String initEditForm(@PathVariable Long id, Authentication authentication, Model model) {
		var item = own(id, CurrentUser.of(authentication));
		model.addAttribute("form", item.content());
		model.addAttribute("item", item);
		formChoices(model, columns);
		return "workbench/item-form";
	}

	@PostMapping("/workbench/items/{id}")
	String processEditForm(@PathVariable Long id, @Validated @ModelAttribute("form") ItemContent form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		var item = own(id, user);
		if (!result.hasErrors()) {
			try {
				edit.edit(id, form, user.userName());
				redirect.addFlashAttribute("message", "pub.item.saved");
				return "redirect:/workbench/items/" + id;
			}
			catch (UnknownReference e) {
				result.rejectValue("columnCode", "item.column.required");
			}
			catch (InvalidItemContent e) {
				result.rejectValue(e.field(), e.messageKey(), e.args(), null);
			}
		}
		model.addAttribute("item", item);
		formChoices(model, columns);
		return "workbench/item-form";
	}

	@PostMapping("/workbench/items/{id}/attachments")
	String upload(@PathVariable Long id, @RequestParam("file") MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		var user = CurrentUser.of(authentication);
		own(id, user);
		try {
			uploads.upload(id, file.getOriginalFilename(), file.getBytes(), user.userName());
			redirect.addFlashAttribute("message", "pub.attachment.uploaded");
		}
		catch (AttachmentRejected e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		catch (ItemNotInExpectedState e) {
			redirect.addFlashAttribute("error", "pub.item.notEditable");
		}
		return "redirect:/workbench/items/" + id;
	}

	@PostMapping("/workbench/items/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable Long id, @PathVariable Long attachmentId, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		own(id, user);
		try {
			attach.remove(id, attachmentId, user.userName());
			redirect.addFlashAttribute("message", "pub.attachment.removed");
		}
		catch (ItemNotInExpectedState | UnknownReference e) {
			redirect.addFlashAttribute("error", "pub.item.notEditable");
		}
		return "redirect:/workbench/items/" + id;
	}

	@GetMapping("/workbench/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		visible(id, CurrentUser.of(authentication));
		return AttachmentDownloads.response(attachments.findById(attachmentId)
			.filter(a -> a.getItemId().equals(id))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId)));
	}

	@GetMapping("/workbench/items/{id}/correct")
	String initCorrectionForm(@PathVariable Long id, Authentication authentication, Model model) {
		var item = own(id, CurrentUser.of(authentication));
		model.addAttribute("form", item.content());
		model.addAttribute("item", item);
		model.addAttribute("correction", true);
		formChoices(model, columns);
		return "workbench/item-form";
	}

	@PostMapping("/workbench/items/{id}/corrections")
	String processCorrectionForm(@PathVariable Long id, @Validated @ModelAttribute("form") ItemContent form,
			BindingResult result, @RequestParam(name = "reason", required = false) String reason,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		var item = own(id, user);
		if (reason == null || reason.isBlank()) {
			model.addAttribute("reasonMissing", true);
		}
		else if (!result.hasErrors()) {
			try {
				changeRequests.request(id, ChangeKind.CORRECT, reason, form, null, user.userName());
				redirect.addFlashAttribute("message", "pub.change.requested");
				return "redirect:/workbench/items/" + id;
			}
			catch (InvalidItemContent e) {
				result.rejectValue(e.field(), e.messageKey(), e.args(), null);
			}
			catch (ChangeAlreadyUnderReview e) {
				redirect.addFlashAttribute("error", "pub.change.alreadyUnderReview");
				return "redirect:/workbench/items/" + id;
			}
		}
		model.addAttribute("item", item);
		model.addAttribute("correction", true);
		model.addAttribute("reason", reason);
		formChoices(model, columns);
		return "workbench/item-form";
	}

	@PostMapping("/workbench/items/{id}/changes")
	String requestChange(@PathVariable Long id, @RequestParam(name = "kind", required = false) ChangeKind kind,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "effectiveDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
			Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		own(id, user);
		if (kind == null || kind == ChangeKind.CORRECT) {
			redirect.addFlashAttribute("error", "change.kind.required");
		}
		else if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("error", "change.reason.required");
		}
		else {
			try {
				changeRequests.request(id, kind, reason, null, effectiveDate, user.userName());
				redirect.addFlashAttribute("message", "pub.change.requested");
			}
			catch (ChangeAlreadyUnderReview e) {
				redirect.addFlashAttribute("error", "pub.change.alreadyUnderReview");
			}
			catch (ItemNotInExpectedState e) {
				redirect.addFlashAttribute("error", "pub.item.notEditable");
			}
		}
		return "redirect:/workbench/items/" + id;
	}

	@PostMapping("/workbench/requests/{requestId}/promote")
	String promote(@PathVariable Long requestId, Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		if (!user.hasRole(Roles.CLERK)) {
			throw new AccessDeniedException("clerks only");
		}
		try {
			var item = promote.promote(requestId, user.department(), user.userName());
			redirect.addFlashAttribute("message", "pub.promoted");
			return "redirect:/workbench/items/" + item.getId();
		}
		catch (RequestNotFound | RequestNotInExpectedState | ItemNotInExpectedState e) {
			redirect.addFlashAttribute("error", "pub.promote.notPossible");
			return "redirect:/workbench";
		}
	}

	/** Staff see their department's items; the office sees all. */
	private CatalogueItem visible(Long id, CurrentUser user) {
		return items.findById(id)
			.filter(i -> i.getDepartmentCode().equals(user.department())
					|| !user.hasRole(Roles.CLERK) && !user.hasRole(Roles.DEPT_HEAD))
			.orElseThrow(() -> new NotFound("Catalogue item " + id));
	}

	/** Only clerks of the item's department write to it. */
	private CatalogueItem own(Long id, CurrentUser user) {
		var item = visible(id, user);
		if (!user.hasRole(Roles.CLERK) || !item.getDepartmentCode().equals(user.department())) {
			throw new AccessDeniedException("Item " + id + " belongs to another department");
		}
		return item;
	}

}
