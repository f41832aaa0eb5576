package org.gongkai.portal.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.workflow.letter.DeclineReason;
import org.gongkai.workflow.letter.LetterMailbox;
import org.gongkai.workflow.letter.LetterRating;
import org.gongkai.workflow.letter.LetterStatus;
import org.gongkai.workflow.letter.PublicLetter;

/** What the pages and the API show of a letter, to the public and to its writer. */
final class LetterViews {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private LetterViews() {
	}

	/**
	 * A published letter as the public sees it: only the reviewer's redacted texts and the masked name.
	 *
	 * @param writer the masked name, e.g. 张**
	 */
	record Published(Long id, String letterNo, String writer, String agencyCode, String agencyName,
			LetterMailbox mailbox, String subject, String text, String reply, LocalDate writtenOn, LocalDate repliedOn,
			LocalDate publishedOn) {

		static Published of(PublicLetter letter, String agencyName) {
			return new Published(letter.getId(), letter.getLetterNo(), letter.getPublicWriterName(),
					letter.getAddresseeCode(), agencyName, letter.getMailbox(), letter.getPublicSubject(),
					letter.getPublicText(), letter.getPublicReply(), date(letter.getSubmittedAt()), letter.getRepliedOn(),
					date(letter.getPublishedAt()));
		}
	}

	/**
	 * A letter as its writer sees it: where it is, the reply once issued, the rating once given.
	 *
	 * @param mayRate replied and not yet rated
	 */
	record Mine(Long id, String letterNo, LetterMailbox mailbox, String agencyCode, String agencyName, String subject,
			String text, boolean publishable, LetterStatus status, LocalDate writtenOn, DeclineReason declineReason,
			String declineNote, String reply, LocalDate repliedOn, boolean published, LetterRating rating,
			String ratingComment, boolean mayRate) {

		static Mine of(PublicLetter letter, String agencyName) {
			boolean replied = letter.getRepliedAt() != null;
			return new Mine(letter.getId(), letter.getLetterNo(), letter.getMailbox(), letter.getAddresseeCode(),
					agencyName, letter.getSubject(), letter.getText(), letter.isPublishable(), letter.getStatus(),
					date(letter.getSubmittedAt()), letter.getDeclineReason(), letter.getDeclineNote(),
					replied ? letter.getReplyText() : null, letter.getRepliedOn(), letter.isPublished(),
					letter.getRating(), letter.getRatingComment(), replied && letter.getRating() == null);
		}
	}

	static LocalDate date(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
	}
}
