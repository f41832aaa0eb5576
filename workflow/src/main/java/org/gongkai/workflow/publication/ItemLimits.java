package org.gongkai.workflow.publication;

import java.time.LocalDate;

/**
 * How long each text of a catalogue item may be and which dates it may carry: what its columns
 * ({@code V1}, {@code V40}) and its public page carry. The body is a {@code longtext}, but a page of
 * more than 200,000 characters (about a 300-page document) is an attachment, not a body.
 */
public final class ItemLimits {

	public static final int TITLE = 500;

	public static final int SUMMARY = 300;

	public static final int BODY = 200_000;

	public static final int ISSUER = 500;

	public static final int DOC_NUMBER = 100;

	public static final int TOPIC = 100;

	public static final int GENRE = 20;

	public static final int KEYWORDS = 500;

	/** No document of the People's Republic's governments is older than its founding. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1949, 10, 1);

	/** A document takes effect, or a withheld item is reviewed again, at most this many years ahead. */
	public static final int YEARS_AHEAD = 10;

	private ItemLimits() {
	}
}
