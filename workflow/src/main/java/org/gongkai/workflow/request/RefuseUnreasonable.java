package org.gongkai.workflow.request;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judging the applicant's reasons unreasonable (理由不合理，不予处理, art. 35; verdict {@code UNREASONABLE}).
 */
@Service("refuseUnreasonableAction")
public class RefuseUnreasonable {

	private final RequestStepSupport support;

	RefuseUnreasonable(RequestStepSupport support) {
		this.support = support;
	}

	/**
	 * Art. 35: the reasons are unreasonable (or were not given in time): the proposed reply is 不予处理
	 * (无正当理由大量反复申请), reviewed and signed off like any other reply.
	 */
	@Transactional
	public void refuseUnreasonable(Long requestId, String actor, boolean lapsed, String comment) {
		var note = lapsed ? "您（单位）未在《政府信息公开申请说明理由通知书》规定的期限内说明理由，视为申请理由不合理。"
				: comment == null || comment.isBlank() ? null : comment.strip();
		support.load(requestId).proposeReply(ReplyType.MASS_REPEATED, List.of(), note, null, support.now());
		support.log(requestId, "REPLY_PROPOSED", actor, ReplyType.MASS_REPEATED.label());
	}

	/**
	 * 理由不合理，不予处理
	 *
	 * @param comment the judgement, quoted in the letter
	 */
	@Schema(name = "RefuseUnreasonable", description = "理由不合理，不予处理")
	public record Command(@Size(max = 2000) String comment) implements JudgeReasonsCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.REASONS_VERDICT, "UNREASONABLE").text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
