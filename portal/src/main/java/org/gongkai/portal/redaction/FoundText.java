package org.gongkai.portal.redaction;

/** Where a search found text on a page, in the coordinates of {@link RedactionMark}. */
public record FoundText(int page, float x, float y, float width, float height, String text) {
}
