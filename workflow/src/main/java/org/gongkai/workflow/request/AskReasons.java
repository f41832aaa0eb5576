package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking the applicant to explain requests whose number or frequency clearly exceeds a reasonable range (art. 35; decision {@code ASK_REASONS}).
 */
@Service("askReasonsAction")
public class AskReasons {

	private final RequestStepSupport support;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	AskReasons(RequestStepSupport support, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/**
	 * Art. 35: the number or frequency of the applicant's requests clearly exceeds a reasonable range;
	 * a numbered 说明理由通知书 asks for the reasons by a day (⚙ {@code reasons-working-days}). While
	 * the applicant explains, the reply clock stops unless ⚙ {@code reasons-pause-clock} is false.
	 */
	@Transactional
	public Map<String, Object> askReasons(Long requestId, String actor, String observation) {
		if (observation == null || observation.isBlank()) {
			throw new InvalidValue("reasonsNote", "request.reasons.note");
		}
		var request = support.load(requestId);
		var today = support.today();
		var due = calendar.addWorkingDays(today, properties.reasonsWorkingDays()).due();
		request.askReasons(due, properties.reasonsPauseClock() ? today : null, support.now());
		var noticeNo = support.noticeNo(NoticeKind.REASONS_REQUESTED);
		notices.save(RequestNotice.reasonsRequested(requestId, noticeNo, today, actor, observation.strip(), due));
		support.log(requestId, "REASONS_REQUESTED", actor, noticeNo + " " + observation.strip());
		return Map.of(DisclosureRequestProcess.REASONS_DUE_AT, support.startOf(due.plusDays(1)));
	}

	/** The applicant explained the reasons (logged with the text by {@link ApplicantActions}); the clock runs again. */
	@Transactional
	public Map<String, Object> reasonsReceived(Long requestId, String actor) {
		return reasonsAnswered(support.load(requestId), "REASONS_RECEIVED", actor, null);
	}

	/** The period to explain passed without an answer: the reasons count as unreasonable (⚙ default). */
	@Transactional
	public Map<String, Object> reasonsLapsed(Long requestId) {
		return reasonsAnswered(support.load(requestId), "REASONS_LAPSED", "system", "申请人逾期未说明理由");
	}

	private Map<String, Object> reasonsAnswered(DisclosureRequest request, String event, String actor, String note) {
		if (request.getPausedSince() != null) {
			return support.resume(request, event, actor, note);
		}
		request.reasonsAnswered(support.now());
		support.log(request.getId(), event, actor, note);
		return support.replyTimers(request.getReplyDueOn());
	}

	/**
	 * 要求申请人说明理由
	 *
	 * @param reasonsNote what was observed about the number or frequency of the applicant's requests
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "AskReasons", description = "要求申请人说明理由")
	public record Command(@Size(max = 1000) String reasonsNote, @Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "ASK_REASONS").text(DisclosureRequestProcess.REASONS_NOTE, reasonsNote).text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
