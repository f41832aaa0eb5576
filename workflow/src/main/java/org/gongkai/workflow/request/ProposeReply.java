package org.gongkai.workflow.request;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling department's proposed reply (拟定答复), or for a correction request its proposed outcome (decision {@code PROPOSE}).
 */
@Service("proposeReplyAction")
public class ProposeReply {

	private final RequestStepSupport support;

	private final ProvideReplyFiles replyFiles;

	ProposeReply(RequestStepSupport support, ProvideReplyFiles replyFiles) {
		this.support = support;
		this.replyFiles = replyFiles;
	}

	/**
	 * The handler's proposed reply. Over a third party's recorded objection (art. 32), full disclosure
	 * needs the public interest that overrides it; (partial) disclosure with that reason makes the reply
	 * tell the third party in writing.
	 */
	@Transactional
	public void recordProposal(Long requestId, String actor, ReplyType type, List<WithholdingReason> reasons,
			String note, String publicInterestReason) {
		if (type == ReplyType.ALREADY_PUBLIC && (note == null || note.isBlank())) {
			throw new InvalidValue("replyNote", "request.reply.alreadyPublicNote");
		}
		if (type == ReplyType.OTHER && (note == null || note.isBlank())) {
			throw new InvalidValue("replyNote", "request.reply.otherNote");
		}
		replyFiles.requireProvided(requestId, type, note);
		var request = support.load(requestId);
		boolean discloses = type == ReplyType.DISCLOSE || type == ReplyType.PARTIAL;
		boolean override = request.getThirdPartyObjection() != null && discloses
				&& publicInterestReason != null && !publicInterestReason.isBlank();
		if (request.getThirdPartyObjection() != null && type == ReplyType.DISCLOSE && !override) {
			throw new InvalidValue("publicInterestReason", "request.reply.publicInterest");
		}
		request.proposeReply(type, reasons, note, override ? publicInterestReason.strip() : null, support.now());
		support.log(requestId, "REPLY_PROPOSED", actor, type.label() + (override ? "（公共利益优先于第三方意见）" : ""));
	}

	/**
	 * Art. 41: the handler's proposed answer to a correction request, reviewed like a reply.
	 * @param outcome a {@link CorrectionOutcome} name
	 */
	@Transactional
	public void recordCorrectionProposal(Long requestId, String actor, String outcome, String agency, String note) {
		CorrectionOutcome parsed;
		try {
			parsed = outcome == null ? null : CorrectionOutcome.valueOf(outcome.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue("correctionOutcome", "request.correction.outcome");
		}
		support.load(requestId).proposeCorrection(parsed, agency, note, support.now());
		support.log(requestId, "CORRECTION_PROPOSED", actor,
				parsed.label() + (parsed.namesAgency() ? "（" + agency.strip() + "）" : ""));
	}

	/** Whether the request asks to correct a record (art. 41) rather than for information. */
	@Transactional(readOnly = true)
	public boolean isCorrection(Long requestId) {
		return support.load(requestId).isCorrection();
	}

	/**
	 * 拟定答复（更正申请：更正处理意见）
	 *
	 * @param replyType the proposed reply type (not for a correction request)
	 * @param replyReasons withholding reasons for withholding or partial replies
	 * @param replyNote the explanation for the letter; for a correction what was corrected or why not
	 * @param publicInterestReason disclosing over a third party's objection: the overriding public interest
	 * @param correctionOutcome a correction request's outcome (art. 41)
	 * @param competentAgency with {@code FORWARDED} or {@code NOT_COMPETENT}: the agency that may correct the record
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "ProposeReply", description = "拟定答复（更正申请：更正处理意见）")
	public record Command(ReplyType replyType, @Size(max = 20) List<WithholdingReason> replyReasons, @Size(max = 4000) String replyNote,
			@Size(max = 1000) String publicInterestReason, CorrectionOutcome correctionOutcome,
			@Size(max = 200) String competentAgency, @Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "PROPOSE")
				.value(DisclosureRequestProcess.REPLY_TYPE, replyType)
				.names(DisclosureRequestProcess.REPLY_REASONS, replyReasons)
				.text(DisclosureRequestProcess.REPLY_NOTE, replyNote)
				.text(DisclosureRequestProcess.PUBLIC_INTEREST_REASON, publicInterestReason)
				.value(DisclosureRequestProcess.CORRECTION_OUTCOME, correctionOutcome)
				.text(DisclosureRequestProcess.COMPETENT_AGENCY, competentAgency)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
