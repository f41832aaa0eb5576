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
 * Telling the applicant once what to supplement (一次性告知补正, art. 30), on 登记审查 (decision {@code SUPPLEMENT}).
 */
@Service("requestSupplementAction")
public class RequestSupplement {

	private final RequestStepSupport support;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	RequestSupplement(RequestStepSupport support, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/** Art. 30: the one 补正 notice, with the applicant's deadline. */
	@Transactional
	public Map<String, Object> requestSupplement(Long requestId, String actor, String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidValue("supplementNote", "request.supplement.note");
		}
		var request = support.load(requestId);
		var due = calendar.addWorkingDays(support.today(), properties.supplementWorkingDays()).due();
		request.requestSupplement(note.strip(), due, support.now());
		notices.save(RequestNotice.supplement(requestId, support.noticeNo(NoticeKind.SUPPLEMENT), support.today(), actor, note.strip(),
				due));
		support.log(requestId, "SUPPLEMENT_REQUESTED", actor, note.strip());
		return Map.of(DisclosureRequestProcess.SUPPLEMENT_DUE_AT, support.startOf(due.plusDays(1)));
	}

	/** The supplement arrived: the reply period starts again from today. */
	@Transactional
	public Map<String, Object> supplementReceived(Long requestId, String actor) {
		var request = support.load(requestId);
		var today = support.today();
		var due = calendar.addWorkingDays(today, properties.replyWorkingDays());
		request.supplemented(today, due.due(), due.provisional(), support.now());
		support.log(requestId, "SUPPLEMENTED", actor, null);
		return support.replyTimers(due.due());
	}

	@Transactional
	public void deemWithdrawn(Long requestId) {
		support.load(requestId).abandonWithoutSupplement(support.now());
		support.log(requestId, "DEEMED_WITHDRAWN", "system", null);
	}

	/**
	 * 申请内容不明确，一次性告知补正
	 *
	 * @param supplementNote what the applicant must supplement
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "RequestSupplement", description = "申请内容不明确，一次性告知补正")
	public record Command(@Size(max = 2000) String supplementNote, @Size(max = 2000) String comment) implements RegisterRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "SUPPLEMENT").text(DisclosureRequestProcess.SUPPLEMENT_NOTE, supplementNote).text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
