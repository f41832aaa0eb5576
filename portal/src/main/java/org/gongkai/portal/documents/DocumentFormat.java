package org.gongkai.portal.documents;

/**
 * The formats a letter is offered in: PDF, and OFD (GB/T 33190-2016), in which Chinese agencies archive
 * official e-documents. Both are drawn from the same layout, so they match line for line.
 *
 * @param contentType the media type of the format
 * @param extension the file name extension, without the dot
 */
public enum DocumentFormat {

	PDF("application/pdf", "pdf"),

	/** The media type GB/T 33190 registers for OFD. */
	OFD("application/ofd", "ofd");

	private final String contentType;

	private final String extension;

	DocumentFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}
}
