package org.gongkai.workflow.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a letter after it is written: the office's registration, the department's reply and its
 * review, the one extension, publication, the writer's rating and the 整改 and 回访 it may open. Each step
 * appends to the letter's case log; the delegates of {@code public-letter.bpmn} call them.
 */
@Service
public class LetterSteps {

	private final PublicLetters letters;

	private final CaseEvents log;

	private final Departments departments;

	private final RuntimeService runtime;

	private final WorkingDayCalendar calendar;

	private final LetterProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	LetterSteps(PublicLetters letters, CaseEvents log, Departments departments, RuntimeService runtime,
			WorkingDayCalendar calendar, LetterProperties properties, ApplicationEventPublisher publisher, Clock clock) {
		this.letters = letters;
		this.log = log;
		this.departments = departments;
		this.runtime = runtime;
		this.calendar = calendar;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	public PublicLetter get(Long id) {
		return letters.findById(id).orElseThrow(() -> new LetterNotFound(id));
	}

	public List<CaseEvent> logOf(Long letterId) {
		return log.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.PUBLIC_LETTER, letterId);
	}

	/** Forwarded: the department's reply is due ⚙ reply working days after today; that due date. */
	@Transactional
	public LocalDate forward(Long letterId, String departmentCode, String actor, String comment) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("departmentCode", departmentCode);
		}
		var letter = get(letterId);
		var due = calendar.addWorkingDays(today(), properties.replyWorkingDays()).due();
		letter.forward(departmentCode, actor, clock.instant(), due);
		var name = departments.findById(departmentCode).map(d -> d.getName()).orElse(departmentCode);
		log(letterId, "FORWARDED", actor, name + (blank(comment) ? "" : " · " + comment.strip()));
		return due;
	}

	@Transactional
	public void decline(Long letterId, DeclineReason reason, String actor, String comment) {
		get(letterId).decline(reason, blank(comment) ? null : comment.strip(), actor, clock.instant());
		log(letterId, "DECLINED", actor, noted(reason) + (blank(comment) ? "" : " · " + comment.strip()));
	}

	@Transactional
	public void requestExtension(Long letterId, String reason, String actor) {
		get(letterId).requestExtension(reason);
		log(letterId, "EXTENSION_REQUESTED", actor, reason);
	}

	/** The office head's decision; the reply's (possibly moved) due date. */
	@Transactional
	public LocalDate decideExtension(Long letterId, boolean approved, String actor, String comment) {
		var letter = get(letterId);
		var due = approved ? calendar.addWorkingDays(letter.getReplyDueOn(), properties.extensionWorkingDays()).due()
				: null;
		letter.decideExtension(due);
		log(letterId, approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", actor,
				approved ? due.toString() : comment);
		return letter.getReplyDueOn();
	}

	@Transactional
	public void draftReply(Long letterId, String text, String actor) {
		get(letterId).draftReply(text, actor);
		log(letterId, "REPLY_DRAFTED", actor, null);
	}

	/** The head's review of the draft: approved, the reply goes to the writer; else the clerk revises. */
	@Transactional
	public void reviewReply(Long letterId, boolean approved, String actor, String comment) {
		var letter = get(letterId);
		if (approved) {
			letter.issueReply(clock.instant(), today());
			log(letterId, "REPLIED", actor, blank(comment) ? null : comment);
		}
		else {
			letter.returnReply();
			log(letterId, "REPLY_RETURNED", actor, comment);
		}
	}

	@Transactional
	public void publish(Long letterId, String writerName, String subject, String text, String reply, String actor) {
		get(letterId).publish(writerName, subject, text, reply, clock.instant());
		log(letterId, "PUBLISHED", actor, null);
	}

	/**
	 * The writer rates the reply, once. A 不满意 or 非常不满意 opens the department's 整改 (due in ⚙ rectify
	 * working days) and the office's 回访.
	 *
	 * @throws LetterNotInExpectedState if not yet replied, or already rated
	 */
	@Transactional
	public PublicLetter rate(Long letterId, String writerUserId, LetterRating rating, String comment) {
		var letter = get(letterId);
		if (!letter.getWriterUserId().equals(writerUserId)) {
			throw new LetterNotFound(letterId);
		}
		var rectifyDue = calendar.addWorkingDays(today(), properties.rectifyWorkingDays()).due();
		letter.rate(rating, blank(comment) ? null : comment.strip(), clock.instant(), rectifyDue);
		log(letterId, "RATED", writerUserId, noted(rating) + (blank(comment) ? "" : " · " + comment.strip()));
		runtime.createMessageCorrelation(PublicLetterProcess.MESSAGE_RATED)
			.processInstanceId(letter.getProcessInstanceId())
			.setVariable(PublicLetterProcess.DISSATISFIED, !rating.satisfied())
			.setVariable(PublicLetterProcess.RECTIFY_DUE_AT, dueAt(rectifyDue))
			.correlate();
		return letter;
	}

	@Transactional
	public void rectify(Long letterId, String text, String actor) {
		get(letterId).rectify(text, clock.instant());
		log(letterId, "RECTIFIED", actor, null);
	}

	@Transactional
	public void callback(Long letterId, String note, String actor) {
		get(letterId).callback(note, clock.instant());
		log(letterId, "CALLED_BACK", actor, null);
	}

	@Transactional
	public void registrationOverdue(Long letterId) {
		log(letterId, "REGISTRATION_OVERDUE", "system", String.valueOf(get(letterId).getRegisterDueOn()));
	}

	@Transactional
	public void replyOverdue(Long letterId) {
		log(letterId, "REPLY_OVERDUE", "system", String.valueOf(get(letterId).getReplyDueOn()));
	}

	/** Appends to the letter's log and tells the listeners (the writer's mails), in the caller's transaction. */
	void log(Long letterId, String type, String actor, String note) {
		log.save(new CaseEvent(CaseType.PUBLIC_LETTER, letterId, type, actor, clock.instant(),
				note == null ? null : truncate(note, 2000)));
		publisher.publishEvent(new LetterEventLogged(letterId, type));
	}

	/** A task's due date as the engine keeps it: the end of the working day (18:00) of the due date. */
	Date dueAt(LocalDate due) {
		return at(due, LocalTime.of(18, 0));
	}

	/** Overdue from the start of the day after the due date. */
	Date overdueAt(LocalDate due) {
		return at(due.plusDays(1), LocalTime.MIDNIGHT);
	}

	Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(properties.zone()).toInstant());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	/** The reason as the case log records it (the log's notes are Chinese, like the steps' names). */
	static String noted(DeclineReason reason) {
		return switch (reason) {
			case NOT_IN_REMIT -> "不属于本机关职责范围";
			case ALREADY_ANSWERED -> "同一事项已答复过";
			case ABUSIVE -> "含有辱骂、攻击等内容";
		};
	}

	/** The rating as the case log records it. */
	static String noted(LetterRating rating) {
		return switch (rating) {
			case VERY_SATISFIED -> "非常满意";
			case SATISFIED -> "满意";
			case BASICALLY_SATISFIED -> "基本满意";
			case DISSATISFIED -> "不满意";
			case VERY_DISSATISFIED -> "非常不满意";
		};
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
