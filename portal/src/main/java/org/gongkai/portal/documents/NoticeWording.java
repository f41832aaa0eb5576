package org.gongkai.portal.documents;

import static org.gongkai.portal.documents.ChineseText.clause;
import static org.gongkai.portal.documents.ChineseText.date;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard wording of each notice, citing the Regulations (《中华人民共和国政府信息公开条例》,
 * 2019 revision) as SPEC §2 describes them. The texts address the applicant as 您（单位）, since an
 * applicant may be a person or an organisation.
 */
final class NoticeWording {

	static final String REGULATIONS = "《中华人民共和国政府信息公开条例》";

	static final String FEE_RULES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

	static final String YOU = "您（单位）";

	/** Whether the Regulations were already cited in full; later citations say 《条例》. */
	private boolean regulationsNamed;

	private NoticeWording() {
	}

	/** The letter for a notice. */
	static Letter compose(Notice notice) {
		var wording = new NoticeWording();
		List<String> paragraphs;
		String addressee = notice.request().applicant();
		if (notice instanceof ReceiptNotice receipt) {
			paragraphs = wording.receipt(receipt);
		}
		else if (notice instanceof SupplementNotice supplement) {
			paragraphs = wording.supplement(supplement);
		}
		else if (notice instanceof ExtensionNotice extension) {
			paragraphs = wording.extension(extension);
		}
		else if (notice instanceof ThirdPartyConsultationLetter consultation) {
			paragraphs = wording.consultation(consultation);
			addressee = consultation.thirdParty();
		}
		else if (notice instanceof AgencyConsultationLetter agency) {
			paragraphs = wording.agencyConsultation(agency);
			addressee = agency.agency();
		}
		else if (notice instanceof ThirdPartyDecisionNotice decision) {
			paragraphs = wording.thirdPartyDecision(decision);
			addressee = decision.thirdParty();
		}
		else if (notice instanceof ReasonsRequestNotice reasons) {
			paragraphs = wording.reasonsRequest(reasons);
		}
		else if (notice instanceof LaterReplyNotice later) {
			paragraphs = wording.laterReply(later);
		}
		else if (notice instanceof FeeNotice fee) {
			paragraphs = wording.fee(fee);
		}
		else if (notice instanceof ReplyLetter reply) {
			paragraphs = new ReplyWording(wording).paragraphs(reply);
		}
		else if (notice instanceof CorrectionReplyLetter correction) {
			paragraphs = new CorrectionWording(wording).paragraphs(correction);
		}
		else {
			throw new IllegalArgumentException("unknown notice " + notice.getClass());
		}
		Issuer issuer = notice.issuer();
		return new Letter(notice.title(), issuer.documentNumber(), addressee.strip() + "：", paragraphs,
				issuer.agency(), issuer.issuedOn(), issuer.contact() == null ? null : "（" + clause(issuer.contact()) + "）");
	}

	/** "《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条" the first time, "《条例》第三十条" later. */
	String regulations(String article) {
		return regulations() + article;
	}

	String regulations() {
		if (regulationsNamed) {
			return "《条例》";
		}
		regulationsNamed = true;
		return REGULATIONS + "（以下简称《条例》）";
	}

	/**
	 * 本机关于2026年11月2日收到您（单位）提出的政府信息公开申请（受理编号：…），申请获取“…”。 For a correction
	 * request: …提出的政府信息更正申请（受理编号：…），申请更正“…”。
	 */
	static String received(RequestDetails request) {
		return application(request) + "，" + asked(request) + "“" + clause(request.description()) + "”。";
	}

	/** 本机关于2026年11月2日收到您（单位）提出的政府信息公开申请（受理编号：…）, or 政府信息更正申请. */
	static String application(RequestDetails request) {
		return "本机关于" + date(request.receivedOn()) + "收到" + YOU + "提出的" + request.application() + "（受理编号："
				+ request.receiptNumber().strip() + "）";
	}

	/** What the applicant asked for: 申请获取 information, or 申请更正 a record. */
	private static String asked(RequestDetails request) {
		return request.isCorrection() ? "申请更正" : "申请获取";
	}

	/**
	 * How a notice of a correction request cites the procedural articles written for requests for
	 * information (arts. 30, 31, 33): art. 41 sets no procedure of its own, so they apply by analogy.
	 */
	private static String applying(RequestDetails request) {
		return request.isCorrection() ? "参照" : "根据";
	}

	private List<String> receipt(ReceiptNotice notice) {
		RequestDetails request = notice.request();
		var paragraphs = new ArrayList<String>();
		if (request.isCorrection()) {
			paragraphs.add(YOU + "依照" + regulations("第四十一条") + "提出的政府信息更正申请（申请更正“" + clause(request.description())
					+ "”）已收悉。本机关收到申请之日为" + date(request.receivedOn()) + "，受理编号为" + request.receiptNumber().strip() + "。");
			paragraphs.add("本机关将参照《条例》第三十三条规定的期限，自收到申请之日起20个工作日内，即于" + date(notice.replyDueOn())
					+ "前（含当日）作出答复；如需延长答复期限，将另行书面告知。征求其他机关意见所需时间不计算在答复期限内。");
		}
		else {
			paragraphs.add(YOU + "提出的政府信息公开申请（申请获取“" + clause(request.description()) + "”）已收悉。根据"
					+ regulations("第三十一条") + "的规定，本机关收到申请之日为" + date(request.receivedOn()) + "，受理编号为"
					+ request.receiptNumber().strip() + "。");
			paragraphs.add("根据《条例》第三十三条的规定，本机关将自收到申请之日起20个工作日内，即于" + date(notice.replyDueOn())
					+ "前（含当日）作出答复；如需延长答复期限，将另行书面告知。征求第三方和其他机关意见所需时间不计算在答复期限内。");
		}
		if (notice.trackingUrl() != null) {
			paragraphs.add(YOU + "可以登录" + notice.trackingUrl().strip() + "，凭受理编号查询申请的办理进度。");
		}
		paragraphs.add("特此回执。");
		return paragraphs;
	}

	private List<String> supplement(SupplementNotice notice) {
		RequestDetails request = notice.request();
		var paragraphs = new ArrayList<String>();
		if (request.isCorrection()) {
			paragraphs.add(received(request) + "经审查，" + YOU + "的申请内容不明确或者未提供充分的证据，本机关无法据此审核。根据"
					+ regulations("第四十一条") + "的规定，申请更正政府信息记录应当有证据证明该记录不准确。参照《条例》第三十条的规定，请"
					+ YOU + "对申请作出如下补正：");
		}
		else {
			paragraphs.add(received(request) + "经审查，" + YOU + "的申请内容不明确，本机关无法据此确定所申请的政府信息。根据"
					+ regulations("第三十条") + "的规定，请" + YOU + "对申请作出如下补正：");
		}
		List<String> items = notice.items();
		for (int i = 0; i < items.size(); i++) {
			paragraphs.add(ChineseText.item(i + 1) + clause(items.get(i)) + (i == items.size() - 1 ? "。" : "；"));
		}
		paragraphs.add(request.isCorrection()
				? "补正时，请写明需要更正的政府信息记录的名称、文号或者其他特征性描述以及应当更正为的内容，并提供证明该记录不准确的证据。"
				: "补正时，请尽量提供所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。");
		paragraphs.add("请于" + date(notice.supplementDueOn()) + "前（含当日）将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。"
				+ YOU + "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该" + request.application() + "。");
		paragraphs.add("特此告知。");
		return paragraphs;
	}

	private List<String> extension(ExtensionNotice notice) {
		return List.of(received(notice.request()),
				"因" + clause(notice.reason()) + "，本机关无法在原定答复期限（" + date(notice.originalDueOn()) + "）内作出答复。"
						+ applying(notice.request()) + regulations("第三十三条第二款") + "的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长至"
						+ date(notice.newDueOn()) + "（延长的期限不超过20个工作日）。本机关将在延长后的期限内作出答复。",
				"特此告知。");
	}

	private List<String> consultation(ThirdPartyConsultationLetter notice) {
		RequestDetails request = notice.request();
		return List.of(
				"本机关于" + date(request.receivedOn()) + "收到一份政府信息公开申请（受理编号：" + request.receiptNumber().strip()
						+ "），申请获取“" + clause(request.description()) + "”。经审查，申请公开的政府信息中涉及" + YOU + "的"
						+ clause(notice.informationConcerned()) + "，公开后可能损害" + YOU + "的合法权益。",
				"根据" + regulations("第三十二条") + "的规定，现书面征求" + YOU + "的意见。请" + YOU + "自收到本函之日起15个工作日内，即于"
						+ date(notice.replyDueOn()) + "前（含当日），以书面形式向本机关提出是否同意公开的意见；不同意公开的，请说明理由。",
				YOU + "逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。" + YOU
						+ "不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知"
						+ YOU + "。",
				"特此函询。");
	}

	private List<String> agencyConsultation(AgencyConsultationLetter notice) {
		RequestDetails request = notice.request();
		if (request.isCorrection()) {
			// art. 34 and its deemed consent concern disclosure; correcting a joint record needs the other agency's view
			return List.of(
					"本机关于" + date(request.receivedOn()) + "收到一份政府信息更正申请（受理编号：" + request.receiptNumber().strip()
							+ "），申请更正“" + clause(request.description()) + "”。经审查，该申请所涉政府信息记录“"
							+ clause(notice.matter()) + "”由本机关与贵机关共同制作。",
					"根据" + regulations("第四十一条") + "的规定，有权更正的行政机关审核属实的，应当予以更正。现就是否更正上述政府信息记录征求贵机关意见。请贵机关自收到本征求意见书之日起15个工作日内，即于"
							+ date(notice.replyDueOn()) + "前（含当日），以书面形式向本机关提出意见；不同意更正的，请说明理由。",
					"特此函询。");
		}
		return List.of(
				"本机关于" + date(request.receivedOn()) + "收到一份政府信息公开申请（受理编号：" + request.receiptNumber().strip()
						+ "），申请获取“" + clause(request.description()) + "”。经审查，申请公开的政府信息中“"
						+ clause(notice.matter()) + "”由本机关与贵机关共同制作。",
				"根据" + regulations("第三十四条") + "的规定，现就是否公开上述政府信息征求贵机关意见。请贵机关自收到本征求意见书之日起15个工作日内，即于"
						+ date(notice.replyDueOn()) + "前（含当日），以书面形式向本机关提出意见；不同意公开的，请说明理由。",
				"贵机关逾期未提出意见的，视为同意公开。",
				"特此函询。");
	}

	private List<String> thirdPartyDecision(ThirdPartyDecisionNotice notice) {
		RequestDetails request = notice.request();
		String consultation = notice.consultationNumber() == null ? "本机关征求意见后"
				: "本机关以《政府信息公开第三方意见征询函》（" + notice.consultationNumber().strip() + "）征求意见后";
		return List.of(
				"本机关于" + date(request.receivedOn()) + "收到一份政府信息公开申请（受理编号：" + request.receiptNumber().strip()
						+ "），申请获取的政府信息中涉及" + YOU + "的" + clause(notice.informationDisclosed()) + "。" + consultation + "，"
						+ YOU + "提出了不同意公开的意见。",
				"经审查，本机关认为不公开上述政府信息可能对公共利益造成重大影响，理由是：" + clause(notice.publicInterestReason())
						+ "。根据" + regulations("第三十二条") + "的规定，本机关决定予以公开，公开的政府信息内容为：" + clause(notice.informationDisclosed())
						+ "。现将决定公开的政府信息内容和理由书面告知" + YOU + "。",
				YOU + "对本决定不服的，可以在收到本告知书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。",
				"特此告知。");
	}

	private List<String> reasonsRequest(ReasonsRequestNotice notice) {
		return List.of(received(notice.request()) + "经审查，" + clause(notice.observation()) + "，申请公开政府信息的数量、频次明显超过合理范围。",
				"根据" + regulations("第三十五条") + "的规定，请" + YOU + "于" + date(notice.reasonsDueOn())
						+ "前（含当日）向本机关书面说明申请理由（可以登录申请查询页面在线提交）。"
						+ (notice.replyPeriodSuspended() ? "自本通知发出之日起至本机关收到" + YOU + "说明理由之日止的期间，不计算在答复期限内。" : ""),
				"本机关认为申请理由不合理的，将告知" + YOU + "不予处理；认为申请理由合理，但是无法在《条例》第三十三条规定的期限内答复的，将确定延迟答复的合理期限并告知"
						+ YOU + "。" + YOU + "逾期未说明理由的，视为申请理由不合理。",
				"特此通知。");
	}

	private List<String> laterReply(LaterReplyNotice notice) {
		return List.of(received(notice.request()),
				"本机关已要求" + YOU + "说明申请理由。经审查，" + YOU + "的申请理由合理，但是"
						+ (notice.note() == null || notice.note().isBlank() ? "" : "因" + clause(notice.note()) + "，")
						+ "本机关无法在" + regulations("第三十三条") + "规定的期限（" + date(notice.previousDueOn()) + "）内作出答复。根据《条例》第三十五条的规定，本机关确定延迟答复的期限为"
						+ date(notice.laterDueOn()) + "前（含当日），并将在该期限内作出答复。",
				"特此告知。");
	}

	private List<String> fee(FeeNotice notice) {
		String basis = switch (notice.method()) {
			case PER_CASE -> YOU + "本自然月内向本机关累计提出政府信息公开申请" + notice.quantity() + "件";
			case PER_PAGE -> "本次申请所需提供的政府信息共计" + notice.quantity() + "页";
		};
		var paragraphs = new ArrayList<String>();
		paragraphs.add(received(notice.request()));
		paragraphs.add("根据" + regulations("第四十二条") + "和" + FEE_RULES + "的规定，本机关对" + YOU + "的本次申请按照"
				+ notice.method().label() + "方式收取信息处理费。" + basis + "，应缴纳信息处理费人民币"
				+ ChineseText.yuan(notice.amountYuan()) + "元（大写：" + ChineseText.yuanInWords(notice.amountYuan()) + "）。");
		paragraphs.add("请" + YOU + "自收到本通知的次日起20个工作日内，通过以下方式缴纳上述费用：" + clause(notice.paymentInstructions())
				+ "。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。"
				+ (notice.replyPeriodSuspended() ? "自本通知发出之日起至本机关收到" + YOU + "缴纳的费用之日止的期间，不计算在答复期限内。" : ""));
		paragraphs.add("特此通知。");
		return paragraphs;
	}
}
