package org.gongkai.portal.redaction;

/**
 * One area to remove from a PDF page and the reason shown in its place.
 *
 * @param page the page, from 1
 * @param x left edge in points (1/72 inch) from the left of the page as displayed (its crop box)
 * @param y top edge in points from the top of the page as displayed
 * @param width width in points
 * @param height height in points
 * @param reason the withholding reason's code ({@code WithholdingReason} name), printed in the box as its article
 */
public record RedactionMark(int page, float x, float y, float width, float height, String reason) {
}
