package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the consulted party's answer (征求意见结果): the reply clock runs again.
 */
@Service("recordConsultationReplyAction")
public class RecordConsultationReply {

	private final RequestStepSupport support;

	private final RequestNotices notices;

	RecordConsultationReply(RequestStepSupport support, RequestNotices notices) {
		this.support = support;
		this.notices = notices;
	}

	/** The consulted party answered (or let its 15 WD pass): the clock runs again, shifted by the pause. */
	@Transactional
	public Map<String, Object> endConsultation(Long requestId, String actor, String outcome) {
		return endConsultation(requestId, actor, outcome, null, null);
	}

	/**
	 * As {@link #endConsultation(Long, String, String)}, with the consulted party's opinion. A third
	 * party's objection ({@code OBJECTED}) needs its reasons and a 第三方意见征询函 it answers; it is kept on
	 * the request, so that disclosing anyway needs a public-interest reason (art. 32).
	 *
	 * @param opinion {@code AGREED}, {@code OBJECTED} or null (not stated)
	 */
	@Transactional
	public Map<String, Object> endConsultation(Long requestId, String actor, String outcome, String opinion,
			String objectionReasons) {
		if (opinion != null && !"AGREED".equals(opinion) && !"OBJECTED".equals(opinion)) {
			throw new InvalidValue("consultationOpinion", "request.consultation.opinion");
		}
		var request = support.load(requestId);
		if ("OBJECTED".equals(opinion)) {
			if (objectionReasons == null || objectionReasons.isBlank()) {
				throw new InvalidValue("objectionReasons", "request.consultation.objectionReasons");
			}
			boolean askedThirdParty = notices.findByRequestIdOrderByIdAsc(requestId)
				.stream()
				.anyMatch(n -> n.getKind() == NoticeKind.CONSULTATION);
			if (!askedThirdParty) {
				throw new InvalidValue("consultationOpinion", "request.consultation.notAsked");
			}
			request.thirdPartyObjected(objectionReasons.strip(), support.now());
			support.log(requestId, "THIRD_PARTY_OBJECTED", actor, objectionReasons.strip());
		}
		return support.resume(request, "CONSULTATION_ENDED", actor, outcome);
	}

	/**
	 * 登记征求意见结果
	 *
	 * @param consultationOpinion agreed, objected (a third party's objection, art. 32) or not stated
	 * @param objectionReasons the third party's reasons for objecting
	 * @param comment the note logged with the answer
	 */
	@Schema(name = "RecordConsultationReply", description = "登记征求意见结果")
	public record Command(Opinion consultationOpinion, @Size(max = 1000) String objectionReasons, @Size(max = 2000) String comment) implements TaskCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.CONSULTATION_OPINION, consultationOpinion)
				.text(DisclosureRequestProcess.OBJECTION_REASONS, objectionReasons)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}

	/** The consulted party's opinion on disclosure. */
	public enum Opinion {
		AGREED, OBJECTED
	}
}
