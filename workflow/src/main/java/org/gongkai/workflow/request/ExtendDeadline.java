package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for more time to reply (延期答复, art. 33): at most 20 working days, approved by the office head (decision {@code EXTEND}).
 */
@Service("extendDeadlineAction")
public class ExtendDeadline {

	private final RequestStepSupport support;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	ExtendDeadline(RequestStepSupport support, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/**
	 * Art. 33 ¶2: an extension the handler asks for adds 1 to 20 working days and gives its reason;
	 * checked when the request goes to the office head, so an impossible one is never approved.
	 * @throws InvalidValue for {@code extensionDays} outside 1..max or a missing or overlong {@code extensionReason}
	 */
	public void checkExtension(Object workingDays, Object reason) {
		int max = properties.maxExtensionWorkingDays();
		if (!(workingDays instanceof Integer || workingDays instanceof Long || workingDays instanceof Short)
				|| ((Number) workingDays).longValue() < 1 || ((Number) workingDays).longValue() > max) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_DAYS, "request.extension.range", 1, max);
		}
		if (!(reason instanceof String text) || text.isBlank()) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_REASON, "request.extension.reason");
		}
		if (text.strip().length() > EXTENSION_REASON_MAX) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_REASON, "text.tooLong", EXTENSION_REASON_MAX);
		}
	}

	/** The column {@code extension_reason} holds 1,000 characters. */
	static final int EXTENSION_REASON_MAX = 1000;

	/** Art. 33 ¶2: the office head approved; the due date moves once by at most 20 WD. */
	@Transactional
	public Map<String, Object> extend(Long requestId, String actor, int workingDays, String reason) {
		checkExtension(workingDays, reason);
		var request = support.load(requestId);
		var original = request.getReplyDueOn();
		var due = calendar.extend(new Deadline(original, request.isReplyDueProvisional()), workingDays);
		request.extend(workingDays, due.due(), due.provisional(), reason.strip(), support.now());
		notices.save(RequestNotice.extension(requestId, support.noticeNo(NoticeKind.EXTENSION), support.today(), actor, original,
				due.due(), reason.strip()));
		support.log(requestId, "EXTENDED", actor, original + " → " + due.due() + "：" + reason.strip());
		return support.replyTimers(due.due());
	}

	/**
	 * 申请延期答复
	 *
	 * @param extensionDays working days to add (1 to 20)
	 * @param extensionReason why the reply needs more time
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "ExtendDeadline", description = "申请延期答复")
	public record Command(Integer extensionDays, @Size(max = 1000) String extensionReason, @Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "EXTEND")
				.value(DisclosureRequestProcess.EXTENSION_DAYS, extensionDays)
				.text(DisclosureRequestProcess.EXTENSION_REASON, extensionReason)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
