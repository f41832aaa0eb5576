package org.gongkai.portal.catalogue;

import java.time.Clock;
import java.util.List;

import org.gongkai.portal.redaction.PdfRedactor;
import org.gongkai.portal.redaction.RedactableFiles;
import org.gongkai.portal.redaction.RedactionMark;
import org.gongkai.portal.redaction.RedactionRejected;
import org.gongkai.portal.redaction.ToPdf;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.publication.AttachmentType;
import org.gongkai.workflow.publication.CatalogueAttachment;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Attachments of a catalogue item that is not yet published (draft or returned), redacted by a clerk
 * of the item's department: the redacted PDF replaces the served file (download, detail page, the
 * text for the search index), the original stays in the row and is only read again here.
 */
@Component
class CatalogueAttachmentRedactions implements RedactableFiles {

	static final String KIND = "catalogue-attachments";

	private final CatalogueAttachments attachments;

	private final CatalogueItems items;

	private final AttachmentTexts texts;

	private final ToPdf toPdf;

	private final CaseEvents events;

	private final ObjectMapper json;

	private final Clock clock;

	CatalogueAttachmentRedactions(CatalogueAttachments attachments, CatalogueItems items, AttachmentTexts texts,
			ToPdf toPdf, CaseEvents events, ObjectMapper json, Clock clock) {
		this.attachments = attachments;
		this.items = items;
		this.texts = texts;
		this.toPdf = toPdf;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public RedactableFile load(long id, Authentication caller) {
		var attachment = editable(id, caller);
		byte[] original = toPdf.convert(attachment.getUploadedContent(), attachment.getUploadedContentType(),
				attachment.getUploadedFileName());
		return new RedactableFile(attachment.getUploadedFileName(), original, marks(attachment),
				"/workbench/items/" + attachment.getItemId());
	}

	@Override
	@Transactional
	public void saveRedaction(long id, List<RedactionMark> marks, PdfRedactor.Redacted redacted, Authentication caller) {
		var attachment = editable(id, caller);
		var user = CurrentUser.of(caller);
		String name = attachment.getUploadedFileName();
		int dot = name.lastIndexOf('.');
		String redactedName = (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
		String marksJson;
		try {
			marksJson = json.writeValueAsString(marks);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		var now = clock.instant();
		attachment.redact(redacted.pdf(), redactedName, texts.extract(AttachmentType.PDF, redacted.pdf()), marksJson,
				user.userName(), now);
		attachments.save(attachment);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, attachment.getItemId(), "REDACTED", user.userName(), now,
				redactedName));
	}

	/** The attachment, if the caller is a clerk of its item's department and the item may still be edited. */
	private CatalogueAttachment editable(long id, Authentication caller) {
		var user = CurrentUser.of(caller);
		var attachment = attachments.findById(id).orElseThrow(() -> new NotFound("Attachment " + id));
		CatalogueItem item = items.findById(attachment.getItemId())
			.orElseThrow(() -> new NotFound("Attachment " + id));
		if (!user.hasRole(Roles.CLERK) || !item.getDepartmentCode().equals(user.department())) {
			throw new AccessDeniedException("Attachment " + id + " belongs to another department");
		}
		if (item.getStatus() != ItemStatus.DRAFT && item.getStatus() != ItemStatus.RETURNED) {
			throw new AccessDeniedException("Item " + item.getId() + " is no longer a draft");
		}
		if (!toPdf.converts(attachment.getUploadedContentType(), attachment.getUploadedFileName())) {
			throw new RedactionRejected("redaction.convert.unsupported", "Cannot redact " + attachment.getContentType());
		}
		return attachment;
	}

	private List<RedactionMark> marks(CatalogueAttachment attachment) {
		if (attachment.getRedactionMarks() == null) {
			return List.of();
		}
		try {
			return json.readValue(attachment.getRedactionMarks(), new TypeReference<List<RedactionMark>>() {
			});
		}
		catch (JsonProcessingException e) {
			return List.of();
		}
	}
}
