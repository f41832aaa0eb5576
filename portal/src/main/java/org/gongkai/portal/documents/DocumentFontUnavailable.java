package org.gongkai.portal.documents;

/** The configured font cannot be used for notices: missing, unreadable or without TrueType outlines. */
public class DocumentFontUnavailable extends IllegalStateException {

	DocumentFontUnavailable(String message, Throwable cause) {
		super(message, cause);
	}
}
