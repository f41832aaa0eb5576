package org.gongkai.portal.catalogue;

import java.nio.charset.StandardCharsets;

import org.gongkai.workflow.publication.CatalogueAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as an HTTP download: its recognised type, its name in UTF-8, never sniffed by the browser. */
public final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	public static ResponseEntity<byte[]> response(CatalogueAttachment attachment) {
		var disposition = ContentDisposition.attachment().filename(attachment.getFileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.getContent());
	}
}
