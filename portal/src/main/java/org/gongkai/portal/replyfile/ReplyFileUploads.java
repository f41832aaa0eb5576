package org.gongkai.portal.replyfile;

import java.util.Set;

import org.gongkai.portal.redaction.PdfRedactor;
import org.gongkai.portal.redaction.ToPdf;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.publication.AttachmentType;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.request.ProvideReplyFiles;
import org.gongkai.workflow.request.ReplyFile;
import org.springframework.stereotype.Component;

/**
 * Glue for the handler's changes from the page and the API: an upload is recognised by its first bytes,
 * converted to PDF ({@link ToPdf}) and counted in pages; a linked item must be in the public catalogue.
 */
@Component
class ReplyFileUploads {

	/** What may be uploaded: PDF as it is, DOCX and images converted. */
	static final Set<AttachmentType> ACCEPTED = Set.of(AttachmentType.PDF, AttachmentType.DOCX, AttachmentType.PNG,
			AttachmentType.JPEG);

	private final ReplyFileViews views;

	private final ProvideReplyFiles provide;

	private final ToPdf toPdf;

	private final PdfRedactor pdf;

	private final CatalogueItems items;

	ReplyFileUploads(ReplyFileViews views, ProvideReplyFiles provide, ToPdf toPdf, PdfRedactor pdf, CatalogueItems items) {
		this.views = views;
		this.provide = provide;
		this.toPdf = toPdf;
		this.pdf = pdf;
		this.items = items;
	}

	/** @throws InvalidValue on {@code file} if empty, too large or of another type */
	ReplyFile upload(Long requestId, String fileName, byte[] content, CurrentUser user) {
		views.requireHandler(requestId, user);
		if (content == null || content.length == 0) {
			throw new InvalidValue("file", "request.replyFiles.empty");
		}
		if (content.length > ProvideReplyFiles.MAX_BYTES) {
			throw new InvalidValue("file", "request.replyFiles.tooLarge", ProvideReplyFiles.MAX_BYTES / 1024 / 1024);
		}
		var type = AttachmentType.sniff(fileName, content)
			.filter(ACCEPTED::contains)
			.orElseThrow(() -> new InvalidValue("file", "request.replyFiles.type"));
		byte[] asPdf = type == AttachmentType.PDF ? content : toPdf.convert(content, type.contentType(), fileName);
		return provide.upload(requestId, fileName, asPdf, pdf.pageCount(asPdf), user.userName());
	}

	/** @throws InvalidValue on {@code itemId} unless the item is in the public catalogue */
	ReplyFile link(Long requestId, Long itemId, CurrentUser user) {
		views.requireHandler(requestId, user);
		var item = (itemId == null ? java.util.Optional.<org.gongkai.workflow.publication.CatalogueItem>empty()
				: items.findById(itemId))
			.filter(org.gongkai.workflow.publication.CatalogueItem::isPublic)
			.orElseThrow(() -> new InvalidValue("itemId", "request.replyFiles.notPublic"));
		return provide.link(requestId, item.getId(), item.getIndexNo(), item.getTitle(), user.userName());
	}

	void remove(Long requestId, Long fileId, CurrentUser user) {
		views.requireHandler(requestId, user);
		provide.remove(requestId, fileId, user.userName());
	}
}
