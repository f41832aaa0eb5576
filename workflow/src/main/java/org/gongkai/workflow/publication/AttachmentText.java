package org.gongkai.workflow.publication;

/** The name and extracted text of one attachment, for the search index. */
public record AttachmentText(Long itemId, String fileName, String text) {
}
