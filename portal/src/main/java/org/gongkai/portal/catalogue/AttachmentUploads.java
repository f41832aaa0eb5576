package org.gongkai.portal.catalogue;

import org.gongkai.workflow.publication.AttachFile;
import org.gongkai.workflow.publication.AttachmentInfo;
import org.springframework.stereotype.Component;

/** Glue for uploads from the page and the API: check the file, extract its text, attach it. */
@Component
public class AttachmentUploads {

	private final AttachFile attach;

	private final AttachmentTexts texts;

	AttachmentUploads(AttachFile attach, AttachmentTexts texts) {
		this.attach = attach;
		this.texts = texts;
	}

	/** @throws org.gongkai.workflow.publication.AttachmentRejected if the file is not accepted */
	public AttachmentInfo upload(Long itemId, String fileName, byte[] content, String uploader) {
		var type = attach.check(fileName, content);
		return attach.attach(itemId, fileName, content, texts.extract(type, content), uploader);
	}
}
