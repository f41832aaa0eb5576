package org.gongkai.workflow.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen writes a letter: it gets its number (2026-000123), its attachments, the office's ⚙ registration
 * limit, and its process, all in one transaction, so the number the writer is shown is durable.
 */
@Service
public class WriteLetter {

	/** The name of the letters' yearly sequence. */
	static final String SEQUENCE = "public-letter";

	/** A file the writer attaches, its type already checked by its bytes. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	private final PublicLetters letters;

	private final PublicLetterAttachments attachments;

	private final LetterSteps steps;

	private final Departments departments;

	private final YearlySequences sequences;

	private final RuntimeService runtime;

	private final WorkingDayCalendar calendar;

	private final LetterProperties properties;

	private final Clock clock;

	WriteLetter(PublicLetters letters, PublicLetterAttachments attachments, LetterSteps steps, Departments departments,
			YearlySequences sequences, RuntimeService runtime, WorkingDayCalendar calendar, LetterProperties properties,
			Clock clock) {
		this.letters = letters;
		this.attachments = attachments;
		this.steps = steps;
		this.departments = departments;
		this.sequences = sequences;
		this.runtime = runtime;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @throws UnknownReference if the addressed agency does not exist
	 * @throws InvalidValue for a missing mailbox, subject, text or name, or texts too long
	 */
	@Transactional
	public PublicLetter write(LetterDetails details, String writerUserId, List<Attachment> files) {
		if (details.mailbox() == null) {
			throw new InvalidValue("mailbox", "letter.mailbox.required");
		}
		if (details.addresseeCode() == null || !departments.existsById(details.addresseeCode())) {
			throw new UnknownReference("addresseeCode", details.addresseeCode());
		}
		check("subject", details.subject(), 200);
		check("text", details.text(), 8000);
		check("writerName", details.writerName(), 100);
		if (details.email() != null && details.email().length() > 200
				|| details.phone() != null && details.phone().length() > 30) {
			throw new InvalidValue("email", "letter.contact.tooLong");
		}
		var today = LocalDate.now(clock.withZone(properties.zone()));
		var number = today.getYear() + "-" + String.format("%06d", sequences.next(SEQUENCE, today.getYear()));
		var registerDue = calendar.addWorkingDays(today, properties.registerWorkingDays()).due();
		var letter = letters.save(new PublicLetter(number, writerUserId, details, clock.instant(), registerDue));
		for (var file : files) {
			attachments.save(new PublicLetterAttachment(letter.getId(), file.fileName(), file.contentType(),
					file.content(), clock.instant()));
		}
		steps.log(letter.getId(), "WRITTEN", writerUserId, number);
		var variables = new HashMap<String, Object>();
		variables.put(PublicLetterProcess.LETTER_ID, letter.getId());
		variables.put(PublicLetterProcess.PUBLISHABLE, letter.isPublishable());
		variables.put(PublicLetterProcess.REGISTER_DUE_AT, steps.dueAt(registerDue));
		variables.put(PublicLetterProcess.REGISTER_OVERDUE_AT, steps.overdueAt(registerDue));
		var process = runtime.startProcessInstanceByKey(PublicLetterProcess.KEY, String.valueOf(letter.getId()),
				variables);
		letter.attachProcess(process.getId());
		return letter;
	}

	private static void check(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "letter.field.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidValue(field, "letter.field.tooLong", max);
		}
	}
}
