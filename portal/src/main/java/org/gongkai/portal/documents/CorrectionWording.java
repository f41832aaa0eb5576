package org.gongkai.portal.documents;

import static org.gongkai.portal.documents.ChineseText.clause;
import static org.gongkai.portal.documents.ChineseText.sentence;
import static org.gongkai.portal.documents.NoticeWording.YOU;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.request.CorrectionOutcome;

/**
 * The body of a correction reply letter: the request quoted, the standard wording of each
 * {@link CorrectionOutcome} citing art. 41, and the remedy paragraph that ends every reply.
 */
final class CorrectionWording {

	static final String ARTICLE = "第四十一条";

	private final NoticeWording citations;

	CorrectionWording(NoticeWording citations) {
		this.citations = citations;
	}

	List<String> paragraphs(CorrectionReplyLetter reply) {
		var paragraphs = new ArrayList<String>();
		paragraphs.add(NoticeWording.application(reply.request()) + "，认为与" + YOU + "自身相关的政府信息记录“"
				+ clause(reply.record()) + "”不准确" + (reply.inaccuracy() == null ? "" : "（" + clause(reply.inaccuracy()) + "）")
				+ "，要求更正为“" + clause(reply.correctionSought()) + "”。现答复如下：");
		paragraphs.add(decision(reply));
		// a refusal is not a refusal to disclose, so no 复议前置
		paragraphs.add(ReplyWording.remedy(reply.reviewAuthority(), false));
		return paragraphs;
	}

	/** "根据《条例》第四十一条的规定，", called only where it is written so the first citation is in full. */
	private String basis() {
		return "根据" + citations.regulations(ARTICLE) + "的规定，";
	}

	private String decision(CorrectionReplyLetter reply) {
		String agency = reply.competentAgency() == null ? null : reply.competentAgency().strip();
		String note = reply.note() == null ? "" : sentence(reply.note());
		return switch (reply.outcome()) {
			case CORRECTED -> "经审核，" + YOU + "提出的上述政府信息记录不准确的情况属实。" + basis() + "本机关已予以更正，更正情况如下："
					+ clause(reply.note()) + "。";
			case FORWARDED -> "经审查，更正该政府信息记录不属于本机关职能范围。" + basis() + "本机关已将" + YOU + "的申请转送" + agency
					+ "处理，现予告知。" + note;
			case NOT_COMPETENT -> "经审查，更正该政府信息记录不属于本机关职能范围。" + basis() + "请" + YOU + "向" + agency
					+ "提出更正申请。" + note;
			case REFUSED -> "经审核，" + YOU + "的申请不符合" + citations.regulations(ARTICLE) + "规定的更正条件，本机关决定不予更正，理由是："
					+ clause(reply.note()) + "。";
		};
	}
}
