package org.gongkai.portal.documents;

import static org.gongkai.portal.documents.ChineseText.clause;
import static org.gongkai.portal.documents.ChineseText.sentence;
import static org.gongkai.portal.documents.NoticeWording.YOU;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;

/**
 * The body of a reply letter: the standard wording of each {@link ReplyType}, citing the article it
 * rests on, the handler's paragraphs, and the remedy paragraph that ends every reply.
 */
final class ReplyWording {

	/** Since 2024 a refusal to disclose must go to reconsideration before a court (复议前置). */
	static final String RECONSIDERATION_FIRST = "《中华人民共和国行政复议法》第二十三条第一款第（四）项";

	private final NoticeWording citations;

	ReplyWording(NoticeWording citations) {
		this.citations = citations;
	}

	List<String> paragraphs(ReplyLetter reply) {
		check(reply);
		var paragraphs = new ArrayList<String>();
		paragraphs.add(NoticeWording.received(reply.request()) + "现答复如下：");
		paragraphs.add(decision(reply));
		if (reply.explanation() != null && !explanationIsWovenIn(reply.type())) {
			paragraphs.add(sentence(reply.explanation()));
		}
		reply.paragraphs().forEach(p -> paragraphs.add(p.strip()));
		paragraphs.add(remedy(reply));
		return paragraphs;
	}

	private static void check(ReplyLetter reply) {
		ReplyType type = reply.type();
		if (type.needsReason() && reply.reasons().isEmpty()) {
			throw new IllegalArgumentException(type + " reply needs at least one withholding reason");
		}
		if (type == ReplyType.ALREADY_PUBLIC && reply.guidance() == null) {
			throw new IllegalArgumentException("ALREADY_PUBLIC reply needs guidance: where and how to obtain the information");
		}
		if (type == ReplyType.OTHER && reply.explanation() == null && reply.paragraphs().isEmpty()) {
			throw new IllegalArgumentException("OTHER reply needs an explanation or paragraphs saying what was done");
		}
	}

	private static boolean explanationIsWovenIn(ReplyType type) {
		return type == ReplyType.WITHHOLD || type == ReplyType.PARTIAL || type == ReplyType.NOT_RESPONSIBLE;
	}

	/** "根据《条例》第三十六条第（一）项的规定" for the reply type's own article. */
	private String basis(ReplyType type) {
		return "根据" + citations.regulations(ChineseText.article(type.article())) + "的规定，";
	}

	private String decision(ReplyLetter reply) {
		ReplyType type = reply.type();
		String guidance = reply.guidance() == null ? null : clause(reply.guidance());
		return switch (type) {
			case ALREADY_PUBLIC -> "经审查，" + YOU + "申请获取的政府信息已经主动公开。" + basis(type) + "现告知获取该政府信息的方式和途径："
					+ guidance + "。";
			case DISCLOSE -> "经审查，" + YOU + "申请获取的政府信息属于公开范围。" + basis(type) + "本机关决定予以公开，"
					+ delivery(reply, "该政府信息") + "。";
			case PARTIAL -> "经审查，" + YOU + "申请获取的政府信息中含有不应当公开的内容，但是能够作区分处理。" + basis(type)
					+ "本机关对可以公开的部分予以公开，" + delivery(reply, "可以公开的部分") + "；对其余部分不予公开，理由是："
					+ reasons(reply.reasons(), "该部分信息") + "。" + explanation(reply);
			case WITHHOLD -> "经审查，" + YOU + "申请获取的政府信息" + withheldBecause(reply.reasons()) + "。" + explanation(reply)
					+ basis(type) + "本机关决定不予公开。";
			case ADMIN_QUERY -> "经审查，" + YOU + "申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对该信息的获取有特别规定。"
					+ basis(type) + "请" + YOU + "依照有关法律、行政法规的规定办理"
					+ (guidance == null ? "" : "：" + guidance) + "。";
			case NOT_HELD -> "经检索，本机关未制作或者获取" + YOU + "申请公开的政府信息。" + basis(type) + "现告知" + YOU + "：该政府信息不存在。";
			case NOT_RESPONSIBLE -> notResponsible(reply);
			case NEEDS_CREATION -> "经审查，" + YOU + "申请获取的信息需要本机关对现有政府信息进行加工、分析方能形成，不属于本机关已制作或者获取的政府信息。"
					+ basis(type) + "本机关不予提供。";
			case STILL_UNCLEAR -> "本机关已就" + YOU + "的申请一次性告知补正事项。经审查，" + YOU
					+ "补正后的申请内容仍不明确，本机关无法据此确定所申请的政府信息。" + basis(type) + "本机关无法提供。" + YOU
					+ "可以在明确所需政府信息的名称、文号或者其他特征性描述后，重新提出申请。";
			case PETITION -> "经审查，" + YOU + "以政府信息公开申请的形式提出的内容属于信访、投诉、举报等诉求，并非申请获取政府信息。" + basis(type)
					+ "本机关不作为政府信息公开申请处理，" + YOU + "可以通过"
					+ (guidance == null ? "信访、投诉、举报等相应渠道" : guidance) + "提出。";
			case DUPLICATE -> "经审查，本机关已就" + YOU + "此前提出的公开相同政府信息的申请作出答复，" + YOU + "本次申请属于重复申请。" + basis(type)
					+ "本机关不予重复处理。";
			case PUBLICATION -> "经审查，" + YOU + "申请获取的是政府公报、报刊、书籍等公开出版物。" + basis(type)
					+ "本机关不作为政府信息公开申请处理，" + YOU + "可以通过"
					+ (guidance == null ? "公开发行渠道或者公共图书馆、档案馆等场所" : guidance) + "获取。";
			case MASS_REPEATED -> YOU + "申请公开政府信息的数量、频次明显超过合理范围，本机关已要求" + YOU + "说明理由。经审查，" + YOU
					+ "的申请理由不合理。" + basis(type) + "本机关不予处理。";
			case CONFIRM_REISSUE -> "经审查，" + YOU + "的申请系要求本机关确认或者重新出具" + YOU + "已经获取的信息，不属于"
					+ citations.regulations() + "所规定的政府信息公开申请，本机关不作为政府信息公开申请处理。";
			case ABANDONED_NO_SUPPLEMENT -> "本机关已就" + YOU + "的申请书面告知补正事项和补正期限，" + YOU + "无正当理由逾期未补正。"
					+ basis(type) + "视为" + YOU + "放弃申请，本机关不再处理该政府信息公开申请。";
			case ABANDONED_FEE_UNPAID -> "本机关已向" + YOU + "发出信息处理费收费通知，" + YOU + "未在收到收费通知的次日起20个工作日内缴纳费用。根据"
					+ citations.regulations("第四十二条") + "和" + NoticeWording.FEE_RULES + "的规定，视为" + YOU
					+ "放弃申请，本机关不再处理该政府信息公开申请。";
			case OTHER -> "经审查，本机关对" + YOU + "的申请作如下处理：";
		};
	}

	private static String delivery(ReplyLetter reply, String what) {
		ReplyLetter.Delivery delivery = reply.delivery();
		if (delivery == null) {
			return what + "随本告知书一并提供";
		}
		return "现将" + what + "以" + delivery.form().label() + "形式，通过" + delivery.method().label() + "方式向" + YOU + "提供";
	}

	private static String explanation(ReplyLetter reply) {
		return reply.explanation() == null ? "" : sentence(reply.explanation());
	}

	/** One reason inline; several as a numbered list. */
	private String withheldBecause(List<WithholdingReason> reasons) {
		if (reasons.size() == 1) {
			return reason(reasons.get(0));
		}
		return "属于依法不予公开的情形：" + reasons(reasons, "该政府信息");
	}

	private String reasons(List<WithholdingReason> reasons, String subject) {
		if (reasons.size() == 1) {
			return subject + reason(reasons.get(0));
		}
		var text = new StringBuilder();
		for (int i = 0; i < reasons.size(); i++) {
			text.append(i == 0 ? "" : "；").append(ChineseText.item(i + 1)).append(subject).append(reason(reasons.get(i)));
		}
		return text.toString();
	}

	/** What the information is and the article that keeps it closed. */
	private String reason(WithholdingReason reason) {
		String what = switch (reason) {
			case STATE_SECRET -> "属于国家秘密";
			case PROHIBITED_BY_LAW -> "属于法律、行政法规禁止公开的政府信息";
			case ENDANGERS_SECURITY -> "公开后可能危及国家安全、公共安全、经济安全、社会稳定";
			case THIRD_PARTY_RIGHTS -> "涉及商业秘密、个人隐私等内容，公开后会对第三方合法权益造成损害";
			case INTERNAL_AFFAIRS -> "属于人事管理、后勤管理、内部工作流程等方面的内部事务信息";
			case PROCESS_INFORMATION -> "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息";
			case ENFORCEMENT_FILES -> "属于行政执法案卷信息";
			case ADMIN_QUERY -> "属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的信息";
		};
		String consequence = switch (reason) {
			case STATE_SECRET, PROHIBITED_BY_LAW, ENDANGERS_SECURITY, THIRD_PARTY_RIGHTS -> "的规定不予公开";
			case INTERNAL_AFFAIRS, PROCESS_INFORMATION, ENFORCEMENT_FILES -> "的规定可以不予公开";
			case ADMIN_QUERY -> "的规定，应当依照有关法律、行政法规的规定查询";
		};
		return what + "，依照" + citations.regulations(ChineseText.article(reason.article())) + consequence;
	}

	private String notResponsible(ReplyLetter reply) {
		var text = new StringBuilder("经审查，").append(YOU).append("申请获取的政府信息不属于本机关负责公开的范围。");
		if (reply.explanation() != null) {
			text.append(sentence(reply.explanation()));
		}
		else {
			text.append("依照").append(citations.regulations("第十条"))
				.append("的规定，政府信息由制作或者最初获取该政府信息的行政机关负责公开。");
		}
		text.append(basis(ReplyType.NOT_RESPONSIBLE));
		ReplyLetter.ResponsibleAgency agency = reply.responsibleAgency();
		if (agency == null) {
			return text.append("现予告知。本机关无法确定负责公开该政府信息的行政机关。").toString();
		}
		text.append("现告知").append(YOU).append("：负责公开该政府信息的行政机关为").append(agency.name().strip());
		if (agency.contact() != null) {
			text.append("，联系方式：").append(clause(agency.contact()));
		}
		return text.append("。").append(YOU).append("可以向该机关提出申请。").toString();
	}

	private static String remedy(ReplyLetter reply) {
		return remedy(reply.reviewAuthority(), reply.refusesDisclosure());
	}

	/**
	 * Every reply ends here (correction replies too): reconsideration within 60 days or a lawsuit within
	 * 6 months, or 复议前置 for refusals to disclose.
	 * @param reviewAuthority the 行政复议机关 to name, or {@code null}
	 * @param reconsiderationFirst whether the reply refuses disclosure ({@link ReplyLetter#refusesDisclosure()})
	 */
	static String remedy(String reviewAuthority, boolean reconsiderationFirst) {
		String authority = reviewAuthority == null ? "" : "向" + reviewAuthority.strip();
		if (reconsiderationFirst) {
			return "如对本答复不服，根据" + RECONSIDERATION_FIRST + "的规定，应当先在收到本答复之日起60日内依法" + authority
					+ "申请行政复议；对行政复议决定不服的，可以在收到行政复议决定书之日起15日内依法提起行政诉讼。";
		}
		return "如对本答复不服，可以在收到本答复之日起60日内依法" + authority + "申请行政复议，或者在6个月内依法提起行政诉讼。";
	}
}
