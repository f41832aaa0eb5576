package org.gongkai.workflow.publication;

import java.time.Clock;

import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department attaches a file to a draft (or a returned item), or removes one; the type is
 * recognised from the content and checked with the ⚙ size and count limits.
 */
@Service
public class AttachFile {

	private final CatalogueItems items;

	private final CatalogueAttachments attachments;

	private final CaseEvents events;

	private final PublicationProperties properties;

	private final Clock clock;

	AttachFile(CatalogueItems items, CatalogueAttachments attachments, CaseEvents events,
			PublicationProperties properties, Clock clock) {
		this.items = items;
		this.attachments = attachments;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param extractedText the text of a PDF or DOCX, for the search index; null for images
	 * @throws AttachmentRejected if the type, size or count is not accepted
	 * @throws ItemNotInExpectedState unless the item is a draft or returned
	 */
	@Transactional
	public AttachmentInfo attach(Long itemId, String fileName, byte[] content, String extractedText, String uploader) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		if (item.getStatus() != ItemStatus.DRAFT && item.getStatus() != ItemStatus.RETURNED) {
			throw new ItemNotInExpectedState(itemId, item.getStatus(), "given attachments");
		}
		var type = check(fileName, content);
		if (attachments.countByItemId(itemId) >= properties.maxAttachments()) {
			throw new AttachmentRejected("attachment.tooMany", "At most " + properties.maxAttachments() + " attachments");
		}
		var now = clock.instant();
		var saved = attachments.save(new CatalogueAttachment(itemId, cleanName(fileName, type), type, content,
				extractedText, uploader, now));
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "ATTACHED", uploader, now, saved.getFileName()));
		return new AttachmentInfo(saved.getId(), itemId, saved.getFileName(), saved.getContentType(),
				saved.getSizeBytes(), saved.getUploadedAt());
	}

	/** What the upload is, if it may be attached at all. */
	public AttachmentType check(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new AttachmentRejected("attachment.empty", "Empty file");
		}
		if (content.length > properties.maxAttachmentBytes()) {
			throw new AttachmentRejected("attachment.tooLarge", "Larger than " + properties.maxAttachmentBytes() + " bytes");
		}
		return AttachmentType.sniff(fileName, content)
			.orElseThrow(() -> new AttachmentRejected("attachment.type", "Only PDF, DOCX, PNG, JPEG and GIF files"));
	}

	@Transactional
	public void remove(Long itemId, Long attachmentId, String actor) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		if (item.getStatus() != ItemStatus.DRAFT && item.getStatus() != ItemStatus.RETURNED) {
			throw new ItemNotInExpectedState(itemId, item.getStatus(), "changed");
		}
		var attachment = attachments.findById(attachmentId)
			.filter(a -> a.getItemId().equals(itemId))
			.orElseThrow(() -> new UnknownReference("attachmentId", String.valueOf(attachmentId)));
		attachments.delete(attachment);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "DETACHED", actor, clock.instant(),
				attachment.getFileName()));
	}

	/** The file name without any path, at most 200 characters, with the extension of its real type. */
	static String cleanName(String fileName, AttachmentType type) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "附件";
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + "." + type.extension();
	}
}
