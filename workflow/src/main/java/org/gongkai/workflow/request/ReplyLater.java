package org.gongkai.workflow.request;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasons accepted, but the reply cannot be made within the legal period: a later reply date (art. 35; verdict {@code LATER}).
 */
@Service("replyLaterAction")
public class ReplyLater {

	private final RequestStepSupport support;

	private final RequestNotices notices;

	ReplyLater(RequestStepSupport support, RequestNotices notices) {
		this.support = support;
		this.notices = notices;
	}

	/**
	 * Art. 35: the reasons are reasonable but the reply cannot come within the art. 33 period; the
	 * agency sets a later reply date (after the current one) and tells the applicant in a numbered
	 * 延迟答复告知书. The calendar never moves that date again.
	 */
	@Transactional
	public Map<String, Object> replyLater(Long requestId, String actor, String laterDueOn, String note) {
		LocalDate later;
		try {
			later = LocalDate.parse(laterDueOn == null ? "" : laterDueOn.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidValue("laterDueOn", "request.reasons.laterDueOn");
		}
		var request = support.load(requestId);
		var previous = request.getReplyDueOn();
		request.replyLater(later, support.now());
		var text = note == null || note.isBlank() ? null : note.strip();
		var noticeNo = support.noticeNo(NoticeKind.LATER_REPLY);
		notices.save(RequestNotice.laterReply(requestId, noticeNo, support.today(), actor, previous, later, text));
		support.log(requestId, "REPLY_POSTPONED", actor, noticeNo + " " + previous + " → " + later);
		return support.replyTimers(later);
	}

	/**
	 * 理由合理，但法定期限内无法答复
	 *
	 * @param laterDueOn the later reply date, after the current one
	 * @param comment the judgement, quoted in the letter
	 */
	@Schema(name = "ReplyLater", description = "理由合理，但法定期限内无法答复")
	public record Command(@DateTimeFormat(iso = ISO.DATE) LocalDate laterDueOn, @Size(max = 2000) String comment) implements JudgeReasonsCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.REASONS_VERDICT, "LATER")
				.value(DisclosureRequestProcess.LATER_DUE_ON, laterDueOn)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
