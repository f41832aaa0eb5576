package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.WithholdingReason;
import org.junit.jupiter.api.Test;

/**
 * Every notice kind in each of its variants, as the text the typesetter lays out (title, number,
 * addressee, paragraphs, signature, date, note), compared with {@code documents/letters.golden.txt}.
 * The golden file was written by the letters' wording before it moved into templates, so it proves
 * the templates word every letter exactly as before. Rewrite it with
 * {@code -Dgongkai.documents.golden.write=true} only when a wording change is meant.
 */
class NoticeLettersGoldenTests {

	static final Path GOLDEN_SOURCE = Path.of("src/test/resources/documents/letters.golden.txt");

	static final Issuer ISSUER = NoticeRendererTests.ISSUER;

	static final Issuer PLAIN_ISSUER = new Issuer("某某市人民政府办公室", "某政办公开〔2026〕第0013号", LocalDate.of(2026, 12, 3));

	static final RequestDetails REQUEST = NoticeRendererTests.REQUEST;

	/** Trailing punctuation, a line break and surrounding blanks in what the applicant wrote. */
	static final RequestDetails UNTIDY = new RequestDetails(" 李四有限公司 ", " GK2026-0099 ", LocalDate.of(2026, 3, 9),
			"项目A：2025年度预算执行情况；\n以及决算说明。 ");

	static final RequestDetails CORRECTION = new RequestDetails("王五", "GZ2026-0003", LocalDate.of(2026, 11, 2),
			"户籍登记信息：出生日期登记为1980年1月1日，应为1980年10月1日", RequestKind.CORRECTION);

	static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	@Test
	void everyLetterIsWordedAsBefore() throws IOException {
		var text = new StringBuilder();
		letters().forEach((name, notice) -> text.append(describe(name, notice)));
		if (Boolean.getBoolean("gongkai.documents.golden.write")) {
			Files.createDirectories(GOLDEN_SOURCE.getParent());
			Files.writeString(GOLDEN_SOURCE, text, StandardCharsets.UTF_8);
		}
		assertThat(text.toString()).isEqualTo(Files.readString(GOLDEN_SOURCE, StandardCharsets.UTF_8));
	}

	private static String describe(String name, Notice notice) {
		Letter letter = NoticeRendererTests.renderer.letter(notice);
		var text = new StringBuilder("=== ").append(name).append('\n');
		text.append("title: ").append(letter.title()).append('\n');
		text.append("number: ").append(letter.documentNumber()).append('\n');
		text.append("to: ").append(letter.addressee()).append('\n');
		for (String paragraph : letter.paragraphs()) {
			text.append("¶ ").append(paragraph.replace("\n", "⏎")).append('\n');
		}
		text.append("signed: ").append(letter.signatory()).append(' ').append(letter.date()).append('\n');
		text.append("note: ").append(letter.note()).append("\n\n");
		return text.toString();
	}

	static Map<String, Notice> letters() {
		var letters = new LinkedHashMap<String, Notice>();
		letters.put("receipt", new ReceiptNotice(ISSUER, REQUEST, DUE, "https://gk.example.cn/requests/lookup", "K7M2XQ9P"));
		letters.put("receipt without tracking", new ReceiptNotice(PLAIN_ISSUER, UNTIDY, LocalDate.of(2026, 4, 7), " "));
		letters.put("receipt of a correction", new ReceiptNotice(ISSUER, CORRECTION, DUE, "https://gk.example.cn/requests/lookup"));
		letters.put("receipt of a correction without tracking", new ReceiptNotice(ISSUER, CORRECTION, DUE, null));
		letters.put("receipt naming the chosen agency", new ReceiptNotice(ISSUER, REQUEST, DUE,
				"https://gk.example.cn/requests/lookup", "K7M2XQ9P", "东城区教育局"));
		letters.put("receipt of a correction naming the chosen agency",
				new ReceiptNotice(ISSUER, CORRECTION, DUE, null, null, "市教育局"));

		letters.put("supplement, one item", new SupplementNotice(ISSUER, REQUEST, List.of("请写明所需资金明细所属的具体项目名称。"),
				LocalDate.of(2026, 11, 30)));
		letters.put("supplement, three items", new SupplementNotice(PLAIN_ISSUER, UNTIDY,
				List.of("写明年度；", " ", "写明项目\n名称", "提供联系方式。"), LocalDate.of(2026, 4, 1)));
		letters.put("supplement of a correction", new SupplementNotice(ISSUER, CORRECTION,
				List.of("提供户口簿首页及本人页的复印件", "提供出生医学证明"), LocalDate.of(2026, 11, 30)));

		letters.put("extension", new ExtensionNotice(ISSUER, REQUEST, DUE, LocalDate.of(2026, 12, 29), "需要调取的档案数量较多。"));
		letters.put("extension of a correction", new ExtensionNotice(PLAIN_ISSUER, CORRECTION, DUE,
				LocalDate.of(2026, 12, 29), "需要向原登记机关核实"));

		letters.put("third-party consultation", new ThirdPartyConsultationLetter(ISSUER, REQUEST, "某某建设有限公司",
				"工程结算单价。", LocalDate.of(2026, 12, 14)));
		letters.put("agency consultation", new AgencyConsultationLetter(ISSUER, REQUEST, "某某市财政局", "资金拨付文件",
				LocalDate.of(2026, 12, 14)));
		letters.put("agency consultation of a correction", new AgencyConsultationLetter(ISSUER, CORRECTION,
				"某某市民政局", "2024年度某某市最低生活保障对象名册。", LocalDate.of(2026, 12, 14)));

		letters.put("third-party decision", new ThirdPartyDecisionNotice(ISSUER, REQUEST, "某某建设有限公司",
				"工程结算单价", "该项目使用财政资金，公众有权监督。", "征〔2026〕第0004号"));
		letters.put("third-party decision without consultation number", new ThirdPartyDecisionNotice(PLAIN_ISSUER,
				UNTIDY, "某某建设有限公司", "工程结算单价；", "涉及公共安全", " "));

		letters.put("reasons request, clock paused", new ReasonsRequestNotice(ISSUER, REQUEST, "您（单位）本年度已申请126件。",
				LocalDate.of(2026, 12, 14), true));
		letters.put("reasons request, clock running", new ReasonsRequestNotice(PLAIN_ISSUER, UNTIDY, "申请126件",
				LocalDate.of(2026, 4, 14), false));

		letters.put("later reply with note", new LaterReplyNotice(ISSUER, REQUEST, DUE, LocalDate.of(2027, 1, 29),
				"所涉档案分散在多个机关。"));
		letters.put("later reply without note", new LaterReplyNotice(PLAIN_ISSUER, UNTIDY, DUE, LocalDate.of(2027, 1, 29),
				" "));
		letters.put("later reply, null note", new LaterReplyNotice(ISSUER, REQUEST, DUE, LocalDate.of(2027, 1, 29), null));

		letters.put("fee per case", new FeeNotice(ISSUER, REQUEST, FeeNotice.Method.PER_CASE, 41, new BigDecimal("1700"),
				"银行转账至某某市财政局非税收入专户（账号：1234567890）。"));
		letters.put("fee per page, clock running", new FeeNotice(PLAIN_ISSUER, UNTIDY, FeeNotice.Method.PER_PAGE, 1234,
				new BigDecimal("10.5"), "到办公室窗口缴纳", false));
		letters.put("fee per page, large", new FeeNotice(ISSUER, REQUEST, FeeNotice.Method.PER_PAGE, 30001,
				new BigDecimal("100000.07"), "网上缴费", true));

		for (ReplyType type : ReplyType.values()) {
			replies(type).forEach((variant, reply) -> letters.put("reply " + type + variant, reply));
		}
		for (WithholdingReason reason : WithholdingReason.values()) {
			letters.put("reply WITHHOLD " + reason, ReplyLetter.of(ISSUER, REQUEST, ReplyType.WITHHOLD).withReasons(reason));
			letters.put("reply PARTIAL " + reason, ReplyLetter.of(ISSUER, REQUEST, ReplyType.PARTIAL).withReasons(reason)
				.withExplanation("理由见附件"));
		}

		for (CorrectionOutcome outcome : CorrectionOutcome.values()) {
			boolean agency = outcome.namesAgency();
			letters.put("correction " + outcome, CorrectionReplyLetter.of(ISSUER, CORRECTION, "户籍登记信息",
					"出生日期登记错误", "出生日期1980年10月1日", outcome, agency ? "某某市公安局某某分局" : null,
					"已将出生日期更正为1980年10月1日。"));
			letters.put("correction " + outcome + " bare", CorrectionReplyLetter
				.of(PLAIN_ISSUER, CORRECTION, "户籍登记信息；", null, "出生日期1980年10月1日。", outcome,
						agency ? " 某某市公安局某某分局 " : null, outcome.needsNote() ? "原始档案\n记载无误" : null)
				.withReviewAuthority(" 某某市人民政府 "));
		}
		return letters;
	}

	/** The variants of a reply type: the least it needs, and everything it may carry. */
	private static Map<String, ReplyLetter> replies(ReplyType type) {
		var replies = new LinkedHashMap<String, ReplyLetter>();
		var minimal = ReplyLetter.of(PLAIN_ISSUER, UNTIDY, type);
		if (type.needsReason()) {
			minimal = minimal.withReasons(WithholdingReason.PROCESS_INFORMATION);
		}
		if (type == ReplyType.ALREADY_PUBLIC) {
			minimal = minimal.withGuidance("登录某某市人民政府门户网站“政府信息公开”栏目查阅。");
		}
		if (type == ReplyType.OTHER) {
			minimal = minimal.withParagraphs("申请已转为咨询处理。");
		}
		replies.put("", minimal);

		var full = ReplyLetter.of(ISSUER, REQUEST, type);
		if (type.needsReason()) {
			full = full.withReasons(WithholdingReason.STATE_SECRET, WithholdingReason.THIRD_PARTY_RIGHTS,
					WithholdingReason.ENFORCEMENT_FILES);
		}
		full = full.withExplanation("该信息系内部讨论\n记录；").withParagraphs(" 附：信息目录一份。 ", "", "其他说明！");
		if (type == ReplyType.NOT_RESPONSIBLE) {
			full = full.withResponsibleAgency(" 某某市住房和城乡建设局 ", "电话010-87654321。");
			replies.put(" agency without contact", ReplyLetter.of(ISSUER, REQUEST, type)
				.withResponsibleAgency("某某市住房和城乡建设局", null));
		}
		full = full.withGuidance("某某市档案馆，地址：某某路1号。");
		if (type == ReplyType.DISCLOSE || type == ReplyType.PARTIAL) {
			full = full.withDelivery(DeliveryForm.PAPER, DeliveryMethod.POST);
			var withheld = ReplyLetter.of(ISSUER, REQUEST, type);
			if (type.needsReason()) {
				withheld = withheld.withReasons(WithholdingReason.INTERNAL_AFFAIRS, WithholdingReason.ADMIN_QUERY);
			}
			replies.put(" electronic", withheld.withDelivery(DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE));
			// the information provided (issue 16): files by name and pages, catalogue items by title, 索引号 and address
			replies.put(" with enclosures", withheld.withDelivery(DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE)
				.withEnclosures(List.of(new ReplyLetter.Enclosure(" 2026年专项资金分配表.pdf ", 3, null, null),
						new ReplyLetter.Enclosure("关于下达2026年市级财政专项资金的通知", null, "000014348/2026-00012",
								"https://gk.example.cn/catalogue/items/12"))));
		}
		replies.put(" full", full.withReviewAuthority("某某市人民政府"));
		replies.put(" full without review authority", full);
		if (type == ReplyType.WITHHOLD) {
			replies.put(" two reasons", ReplyLetter.of(ISSUER, REQUEST, type)
				.withReasons(WithholdingReason.ENDANGERS_SECURITY, WithholdingReason.PROHIBITED_BY_LAW));
		}
		return replies;
	}

}
