package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Renders every notice and every reply type with the real font and reads the PDFs back: the Chinese
 * text must be extractable, the font embedded as a subset, and each reply must cite its article and end
 * with the remedy paragraph; the glyph positions of a reply must follow GB/T 9704-2012. With
 * {@code -Dgongkai.documents.png=true} PNGs of the letters go to {@code target/notices/} for a look.
 */
class NoticeRendererTests {

	static final NoticeRenderer renderer = new NoticeRenderer(DocumentProperties.defaults());

	static final Issuer ISSUER = new Issuer("某某市人民政府办公室", "某政办公开〔2026〕第0012号", LocalDate.of(2026, 11, 23),
			"联系人：王五，联系电话：010-12345678");

	static final RequestDetails REQUEST = new RequestDetails("张三", "GK2026-0012", LocalDate.of(2026, 11, 2),
			"2025年度某某区老旧小区改造项目的资金使用明细");

	static final String REGULATIONS = "《中华人民共和国政府信息公开条例》";

	/** Written out by hand, not computed, so the article conversion is checked too. */
	static final Map<ReplyType, String> CITATIONS = Map.ofEntries(Map.entry(ReplyType.ALREADY_PUBLIC, "第三十六条第（一）项"),
			Map.entry(ReplyType.DISCLOSE, "第三十六条第（二）项"), Map.entry(ReplyType.PARTIAL, "第三十七条"),
			Map.entry(ReplyType.WITHHOLD, "第三十六条第（三）项"), Map.entry(ReplyType.ADMIN_QUERY, "第三十六条第（七）项"),
			Map.entry(ReplyType.NOT_HELD, "第三十六条第（四）项"), Map.entry(ReplyType.NOT_RESPONSIBLE, "第三十六条第（五）项"),
			Map.entry(ReplyType.NEEDS_CREATION, "第三十八条"), Map.entry(ReplyType.STILL_UNCLEAR, "第三十条"),
			Map.entry(ReplyType.PETITION, "第三十九条第一款"), Map.entry(ReplyType.DUPLICATE, "第三十六条第（六）项"),
			Map.entry(ReplyType.PUBLICATION, "第三十九条第二款"), Map.entry(ReplyType.MASS_REPEATED, "第三十五条"),
			Map.entry(ReplyType.CONFIRM_REISSUE, REGULATIONS), Map.entry(ReplyType.ABANDONED_NO_SUPPLEMENT, "第三十条"),
			Map.entry(ReplyType.ABANDONED_FEE_UNPAID, "国办函〔2020〕109号"), Map.entry(ReplyType.OTHER, "经审查，本机关对您（单位）的申请作如下处理"));

	static final String SIGNATURE = "某某市人民政府办公室2026年11月23日（联系人：王五，联系电话：010-12345678）";

	static ReplyLetter reply(ReplyType type) {
		var letter = ReplyLetter.of(ISSUER, REQUEST, type);
		return switch (type) {
			case ALREADY_PUBLIC -> letter.withGuidance("登录某某市人民政府门户网站（www.example.gov.cn）“政府信息公开”栏目查阅");
			case DISCLOSE -> letter.withDelivery(DeliveryForm.ELECTRONIC, DeliveryMethod.EMAIL);
			case PARTIAL -> letter.withReasons(WithholdingReason.THIRD_PARTY_RIGHTS)
				.withDelivery(DeliveryForm.PAPER, DeliveryMethod.POST)
				.withExplanation("资金使用明细中含有施工企业银行账户等信息，经征求意见，该企业不同意公开");
			case WITHHOLD -> letter.withReasons(WithholdingReason.PROCESS_INFORMATION, WithholdingReason.INTERNAL_AFFAIRS)
				.withExplanation("所申请信息系项目审议过程中形成的讨论记录");
			case ADMIN_QUERY -> letter.withGuidance("携带身份证明到某某市不动产登记中心查询");
			case NOT_RESPONSIBLE -> letter.withResponsibleAgency("某某市住房和城乡建设局", "0571-87654321");
			case OTHER -> letter.withParagraphs("您已于2026年11月20日书面撤回本次申请，本机关终止办理。");
			default -> letter;
		};
	}

	@ParameterizedTest
	@EnumSource(ReplyType.class)
	void everyReplyCitesItsArticleAndEndsWithTheRemedy(ReplyType type) throws IOException {
		byte[] pdf = renderer.render(reply(type));

		String text = text(pdf);
		assertThat(text).startsWith("政府信息公开申请答复告知书某政办公开〔2026〕第0012号张三：")
			.contains("本机关于2026年11月2日收到您（单位）提出的政府信息公开申请（受理编号：GK2026-0012）")
			.contains("“2025年度某某区老旧小区改造项目的资金使用明细”")
			.contains(CITATIONS.get(type));
		if (type != ReplyType.OTHER) {
			assertThat(text).contains(REGULATIONS);
		}
		String remedy = reply(type).refusesDisclosure()
				? "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，应当先在收到本答复之日起60日内依法申请行政复议；对行政复议决定不服的，可以在收到行政复议决定书之日起15日内依法提起行政诉讼。"
				: "如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。";
		assertThat(text).endsWith(remedy + SIGNATURE);
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void refusalsGoToReconsiderationFirst() {
		assertThat(List.of(ReplyType.values()).stream().filter(t -> reply(t).refusesDisclosure()))
			.containsExactlyInAnyOrder(ReplyType.WITHHOLD, ReplyType.PARTIAL, ReplyType.ADMIN_QUERY);
	}

	@Test
	void withholdingGivesEachReasonWithItsArticle() throws IOException {
		String text = text(renderer.render(reply(ReplyType.WITHHOLD)));

		assertThat(text).contains("经审查，您（单位）申请获取的政府信息属于依法不予公开的情形：（一）该政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，依照"
				+ REGULATIONS + "（以下简称《条例》）第十六条第二款的规定可以不予公开；（二）该政府信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息，依照《条例》第十六条第一款的规定可以不予公开。")
			.contains("所申请信息系项目审议过程中形成的讨论记录。根据《条例》第三十六条第（三）项的规定，本机关决定不予公开。");
	}

	@Test
	void partialDisclosureSaysHowThePartIsDeliveredAndWhyTheRestIsNot() throws IOException {
		String text = text(renderer.render(reply(ReplyType.PARTIAL).withReviewAuthority("某某市人民政府")));

		assertThat(text).contains("本机关对可以公开的部分予以公开，现将可以公开的部分以纸质形式，通过邮寄方式向您（单位）提供；对其余部分不予公开，理由是：该部分信息涉及商业秘密、个人隐私等内容")
			.contains("第十五条的规定不予公开。资金使用明细中含有施工企业银行账户等信息，经征求意见，该企业不同意公开。")
			.contains("应当先在收到本答复之日起60日内依法向某某市人民政府申请行政复议");
	}

	@Test
	void notResponsibleNamesTheResponsibleAgency() throws IOException {
		String text = text(renderer.render(reply(ReplyType.NOT_RESPONSIBLE)));

		assertThat(text).contains("第十条的规定，政府信息由制作或者最初获取该政府信息的行政机关负责公开")
			.contains("负责公开该政府信息的行政机关为某某市住房和城乡建设局，联系方式：0571-87654321。您（单位）可以向该机关提出申请。");
	}

	@Test
	void replyWithoutWhatItsTypeNeedsIsRefused() {
		assertThatThrownBy(() -> renderer.render(ReplyLetter.of(ISSUER, REQUEST, ReplyType.WITHHOLD)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("withholding reason");
		assertThatThrownBy(() -> renderer.render(ReplyLetter.of(ISSUER, REQUEST, ReplyType.ALREADY_PUBLIC)))
			.hasMessageContaining("guidance");
		assertThatThrownBy(() -> ReplyLetter.of(ISSUER, REQUEST, ReplyType.DISCLOSE)
			.withReasons(WithholdingReason.STATE_SECRET)).hasMessageContaining("takes no withholding reasons");
	}

	@Test
	void receiptNotice() throws IOException {
		var notice = new ReceiptNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), "https://gk.example.gov.cn/requests/lookup",
				"K7M2XQ9P");
		byte[] pdf = renderer.render(notice);
		png(pdf, "receipt");

		assertThat(text(pdf)).startsWith("政府信息公开申请受理回执某政办公开〔2026〕第0012号张三：")
			.contains("本机关收到申请之日为2026年11月2日，受理编号为GK2026-0012。")
			.contains("第三十一条")
			.contains("第三十三条的规定，本机关将自收到申请之日起20个工作日内，即于2026年12月1日前（含当日）作出答复")
			.contains("本申请的查询码为K7M2XQ9P。请妥善保管查询码，不要告知他人。")
			.contains("可以访问https://gk.example.gov.cn/requests/lookup，凭受理编号和查询码查询申请的办理进度，无需登录。")
			.endsWith("特此回执。" + SIGNATURE);
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void supplementNotice() throws IOException {
		var notice = new SupplementNotice(ISSUER, REQUEST,
				List.of("所需资金使用明细对应的具体项目名称或者所在街道", "所需信息的时间范围（如2025年1月至12月）"), LocalDate.of(2026, 11, 30));
		byte[] pdf = renderer.render(notice);
		png(pdf, "supplement");

		assertThat(text(pdf)).startsWith("政府信息公开申请补正告知书")
			.contains("第三十条的规定，请您（单位）对申请作出如下补正：（一）所需资金使用明细对应的具体项目名称或者所在街道；（二）所需信息的时间范围（如2025年1月至12月）。")
			.contains("请于2026年11月30日前（含当日）将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。")
			.contains("无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void extensionNotice() throws IOException {
		var notice = new ExtensionNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 29),
				"所申请信息涉及多个部门和年度，需要调取、核对的档案数量较多。");
		byte[] pdf = renderer.render(notice);
		png(pdf, "extension");

		assertThat(text(pdf)).startsWith("政府信息公开申请延期答复告知书")
			.contains("因所申请信息涉及多个部门和年度，需要调取、核对的档案数量较多，本机关无法在原定答复期限（2026年12月1日）内作出答复。")
			.contains("第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长至2026年12月29日（延长的期限不超过20个工作日）");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void reasonsRequestCitesArticle35AndSaysWhetherTheClockStops() throws IOException {
		var notice = new ReasonsRequestNotice(ISSUER, REQUEST, "您（单位）自2026年10月1日起向本机关提出政府信息公开申请126件。",
				LocalDate.of(2026, 12, 14), true);
		byte[] pdf = renderer.render(notice);
		png(pdf, "reasons");

		assertThat(text(pdf)).startsWith("政府信息公开申请说明理由通知书")
			.contains("经审查，您（单位）自2026年10月1日起向本机关提出政府信息公开申请126件，申请公开政府信息的数量、频次明显超过合理范围。")
			.contains(REGULATIONS + "（以下简称《条例》）第三十五条的规定，请您（单位）于2026年12月14日前（含当日）向本机关书面说明申请理由")
			.contains("不计算在答复期限内")
			.contains("逾期未说明理由的，视为申请理由不合理。")
			.endsWith("特此通知。" + SIGNATURE);
		assertThat(text(renderer.render(new ReasonsRequestNotice(ISSUER, REQUEST, "申请126件", LocalDate.of(2026, 12, 14),
				false)))).as("⚙ clock runs on").doesNotContain("不计算在答复期限内");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void laterReplyNoticeSetsADateAfterThePreviousOne() throws IOException {
		var notice = new LaterReplyNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 29),
				"申请涉及的年度和项目较多，需逐件检索");
		byte[] pdf = renderer.render(notice);
		png(pdf, "later-reply");

		assertThat(text(pdf)).startsWith("政府信息公开申请延迟答复告知书")
			.contains("经审查，您（单位）的申请理由合理，但是因申请涉及的年度和项目较多，需逐件检索，本机关无法在")
			.contains("第三十三条规定的期限（2026年12月1日）内作出答复。根据《条例》第三十五条的规定，本机关确定延迟答复的期限为2027年1月29日前（含当日）");
		assertThatThrownBy(() -> new LaterReplyNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
				null)).isInstanceOf(IllegalArgumentException.class);
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void thirdPartyConsultationIsAddressedToTheThirdPartyAndDoesNotNameTheApplicant() throws IOException {
		var notice = new ThirdPartyConsultationLetter(ISSUER, REQUEST, "某某建设工程有限公司", "工程款支付凭证及银行账户信息",
				LocalDate.of(2026, 12, 14));
		byte[] pdf = renderer.render(notice);
		png(pdf, "consultation");

		String text = text(pdf);
		assertThat(text).startsWith("政府信息公开第三方意见征询函某政办公开〔2026〕第0012号某某建设工程有限公司：")
			.contains("涉及您（单位）的工程款支付凭证及银行账户信息，公开后可能损害您（单位）的合法权益。")
			.contains("第三十二条的规定，现书面征求您（单位）的意见。请您（单位）自收到本函之日起15个工作日内，即于2026年12月14日前（含当日）")
			.contains("逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。")
			.doesNotContain("张三");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void feeNotice() throws IOException {
		var notice = new FeeNotice(ISSUER, REQUEST, FeeNotice.Method.PER_PAGE, 150, new BigDecimal("1700"),
				"通过“某某市非税收入缴费平台”在线缴纳，或者到本机关政务服务窗口现场缴纳");
		byte[] pdf = renderer.render(notice);
		png(pdf, "fee");

		assertThat(text(pdf)).startsWith("政府信息公开信息处理费收费通知")
			.contains("第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关对您（单位）的本次申请按照按量计收方式收取信息处理费。")
			.contains("本次申请所需提供的政府信息共计150页，应缴纳信息处理费人民币1,700.00元（大写：壹仟柒佰元整）。")
			.contains("请您（单位）自收到本通知的次日起20个工作日内，通过以下方式缴纳上述费用：通过“某某市非税收入缴费平台”在线缴纳")
			.contains("逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。")
			.contains("不计算在答复期限内");
		String perCase = text(renderer.render(new FeeNotice(ISSUER, REQUEST, FeeNotice.Method.PER_CASE, 41,
				new BigDecimal("300"), "银行转账", false)));
		assertThat(perCase).contains("按照按件计收方式")
			.contains("本自然月内向本机关累计提出政府信息公开申请41件，应缴纳信息处理费人民币300.00元（大写：叁佰元整）")
			.doesNotContain("不计算在答复期限内");
	}

	/** Millimetres in PDF points. */
	static final float MM = 72f / 25.4f;

	/**
	 * The type area (版心) of GB/T 9704-2012 5.2.1 and 5.2.2, 156 × 225 mm under a top margin (天头) of 37 mm
	 * and right of a binding margin (订口) of 28 mm, measured from the top left corner of the page as
	 * PDFBox reads positions.
	 */
	static final float LEFT = 28 * MM, RIGHT = LEFT + 156 * MM, TOP = 37 * MM, BOTTOM = TOP + 225 * MM;

	/** 三号 body text, 二号 title, 四号 page numbers (GB/T 9704-2012 5.2.2, 7.3.1, 7.5). */
	static final float BODY = 16, TITLE = 22, PAGE_NUMBER = 14;

	/** The type area holds 22 lines (GB/T 9704-2012 5.2.2). */
	static final float LINE = 225 * MM / 22;

	/**
	 * Reads the glyph positions back and checks the layout of GB/T 9704-2012 as far as the letters
	 * follow it. DISCLOSE fits on one page, WITHHOLD runs on to a second, so page numbers are checked.
	 */
	@ParameterizedTest
	@EnumSource(value = ReplyType.class, names = { "DISCLOSE", "WITHHOLD" })
	void replyLetterLooksLikeAnOfficialLetter(ReplyType type) throws IOException {
		byte[] pdf = renderer.render(reply(type));
		png(pdf, "reply-" + type.name().toLowerCase(Locale.ROOT));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			// A4 (GB/T 9704-2012 5.1)
			assertThat(document.getPages()).allSatisfy(page -> {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, within(1f)).isCloseTo(210 * MM, within(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, within(1f)).isCloseTo(297 * MM, within(1f));
			});
			int pages = document.getNumberOfPages();
			assertThat(pages).isEqualTo(type == ReplyType.WITHHOLD ? 2 : 1);
			List<TextLine> lines = lines(document);
			List<TextLine> text = lines.stream().filter(line -> line.baseline() < BOTTOM).toList();
			List<TextLine> pageNumbers = lines.stream().filter(line -> line.baseline() >= BOTTOM).toList();

			// all text but the page numbers inside the type area, at most 22 lines a page
			assertThat(text).allSatisfy(line -> {
				assertThat(line.x()).as("left of %s", line).isGreaterThanOrEqualTo(LEFT - 0.1f);
				assertThat(line.right()).as("right of %s", line).isLessThanOrEqualTo(RIGHT + 0.1f);
				assertThat(line.top()).as("top of %s", line).isGreaterThanOrEqualTo(TOP);
				assertThat(line.bottom()).as("bottom of %s", line).isLessThanOrEqualTo(BOTTOM);
			});
			for (int page = 1; page <= pages; page++) {
				int p = page;
				List<TextLine> onPage = text.stream().filter(line -> line.page() == p).toList();
				assertThat(onPage).as("lines on page %d", p).hasSizeLessThanOrEqualTo(22);
				// the text starts at the top of the type area: the first line (the title in a line of 38 pt, or
				// a line of body text) centred in its line
				TextLine first = onPage.get(0);
				assertThat((first.top() + first.bottom()) / 2).as("middle of %s", first)
					.isCloseTo(TOP + (p == 1 ? 38 : LINE) / 2, within(1.5f));
			}

			// title in 二号, centred on the type area, above everything else
			TextLine title = text.get(0);
			assertThat(title.text()).isEqualTo("政府信息公开申请答复告知书");
			assertThat(title.size()).isEqualTo(TITLE);
			assertThat((title.x() + title.right()) / 2).as("centre of the title").isCloseTo((LEFT + RIGHT) / 2, within(1f));
			assertThat(text.subList(1, text.size())).allSatisfy(line -> assertThat(line.size()).as("size of %s", line)
				.isEqualTo(BODY)
				.isLessThan(title.size()));

			// document number under the title, ending at the right edge of the type area (信函格式, 10.1)
			TextLine number = text.get(1);
			assertThat(number.text()).isEqualTo(ISSUER.documentNumber()).matches(".+〔2026〕.+号");
			assertThat(number.baseline()).isGreaterThan(title.baseline());
			assertThat(number.right()).as("right edge of the document number").isCloseTo(RIGHT, within(0.5f));

			// addressee after a blank line, flush left (主送机关, 7.3.2)
			TextLine addressee = text.get(2);
			assertThat(addressee.text()).isEqualTo("张三：");
			assertThat(addressee.x()).isCloseTo(LEFT, within(0.5f));
			assertThat(addressee.baseline() - number.baseline()).isCloseTo(2 * LINE, within(0.1f));

			// body: paragraphs indented two characters, lines running on flush left and justified to the
			// right edge, one line every 225 mm / 22 (正文, 7.3.3)
			int signature = text.indexOf(text.stream().filter(line -> line.text().equals(ISSUER.agency())).findFirst().orElseThrow());
			List<TextLine> body = text.subList(3, signature);
			assertThat(body).hasSizeGreaterThan(3);
			assertThat(body.get(0).x()).as("first paragraph indent").isCloseTo(LEFT + 2 * BODY, within(0.5f));
			TextLine previous = addressee;
			var fullLines = new ArrayList<Integer>();
			for (int i = 0; i < body.size(); i++) {
				TextLine line = body.get(i);
				assertThat(line.x()).as("start of %s", line).satisfiesAnyOf(x -> assertThat(x).isCloseTo(LEFT, within(0.5f)),
						x -> assertThat(x).isCloseTo(LEFT + 2 * BODY, within(0.5f)));
				boolean runsOn = i + 1 < body.size() && Math.abs(body.get(i + 1).x() - LEFT) < 0.5f;
				if (runsOn) {
					assertThat(line.right()).as("justified %s", line).isCloseTo(RIGHT, within(0.5f));
					if (line.text().codePoints().allMatch(cp -> cp >= 0x2E80)) {
						int indent = line.x() > LEFT + 0.5f ? 2 : 0;
						fullLines.add(indent + line.text().length());
					}
				}
				if (line.page() == previous.page()) {
					assertThat(line.baseline() - previous.baseline()).as("line spacing before %s", line)
						.isCloseTo(LINE, within(0.1f));
				}
				previous = line;
			}
			// characters in the justified lines of Chinese text, counting the indent: GB/T 9704 asks for 28,
			// 156 mm holds 27.6 characters of 16 pt; a line is shorter when punctuation moved on with a character
			assertThat(fullLines).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(25, 27)).contains(27);

			// signatory over the date after a blank line, the date four characters from the right edge, the
			// signatory centred over it (7.3.5.1), on the page of the last lines of text
			TextLine signatory = text.get(signature);
			TextLine date = text.get(signature + 1);
			TextLine last = body.get(body.size() - 1);
			assertThat(date.text()).isEqualTo("2026年11月23日");
			assertThat(List.of(last.page(), signatory.page(), date.page())).containsOnly(pages);
			assertThat(signatory.baseline() - last.baseline()).isCloseTo(2 * LINE, within(0.1f));
			assertThat(date.baseline() - signatory.baseline()).isCloseTo(LINE, within(0.1f));
			assertThat(date.right()).as("right edge of the date").isCloseTo(RIGHT - 4 * BODY, within(0.5f));
			assertThat((signatory.x() + signatory.right()) / 2).as("centre of the signatory")
				.isCloseTo((date.x() + date.right()) / 2, within(0.5f));
			assertThat(signatory.x()).isGreaterThan(LEFT + 2 * BODY);
			assertThat(text.get(text.size() - 1).text()).isEqualTo("（联系人：王五，联系电话：010-12345678）");

			// page numbers "— n —" in 四号 under the type area, odd pages one character in from the right, even
			// pages from the left (7.5); a letter of one page has none
			if (pages == 1) {
				assertThat(pageNumbers).isEmpty();
			}
			else {
				assertThat(pageNumbers).extracting(TextLine::page).containsExactly(1, 2);
				for (TextLine pageNumber : pageNumbers) {
					assertThat(pageNumber.text()).isEqualTo("—" + pageNumber.page() + "—");
					assertThat(pageNumber.size()).isEqualTo(PAGE_NUMBER);
					if (pageNumber.page() % 2 == 1) {
						assertThat(pageNumber.right()).isCloseTo(RIGHT - PAGE_NUMBER, within(0.5f));
					}
					else {
						assertThat(pageNumber.x()).isCloseTo(LEFT + PAGE_NUMBER, within(0.5f));
					}
					// GB/T 9704 puts the dashes 7 mm under the type area; the renderer puts the top of the page
					// number's line there, which sets the dashes themselves about 10.3 mm down
					assertThat(pageNumber.tops().get("—") - BOTTOM).as("dashes under the type area").isCloseTo(10.3f * MM, within(1f));
				}
			}
		}
	}

	/**
	 * One line of text as read back: its page (from 1), its left and right edge, its baseline and the
	 * top and bottom of its ink from the top of the page, and its font size, all in points; and the top
 * of the ink of each character in it.
	 */
	record TextLine(int page, String text, float x, float right, float baseline, float top, float bottom, float size,
			Map<String, Float> tops) {
	}

	/** The lines of the PDF from the position and outline of each glyph, top to bottom on each page. */
	static List<TextLine> lines(PDDocument document) throws IOException {
		var lines = new ArrayList<TextLine>();
		var stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				for (TextPosition glyph : positions) {
					if (glyph.getUnicode().isBlank()) {
						continue;
					}
					float size = glyph.getFontSizeInPt();
					float baseline = glyph.getYDirAdj();
					var ink = ((PDVectorFont) glyph.getFont()).getNormalizedPath(glyph.getCharacterCodes()[0]).getBounds2D();
					float top = baseline - (float) ink.getMaxY() * size / 1000;
					float bottom = baseline - (float) ink.getMinY() * size / 1000;
					float right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
					TextLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
					if (last != null && last.page() == getCurrentPageNo() && Math.abs(last.baseline() - baseline) < 0.5f) {
						assertThat(size).as("size of %s in %s", glyph, last).isEqualTo(last.size());
						last.tops().putIfAbsent(glyph.getUnicode(), top);
						lines.set(lines.size() - 1,
								new TextLine(last.page(), last.text() + glyph.getUnicode(), Math.min(last.x(), glyph.getXDirAdj()),
										Math.max(last.right(), right), baseline, Math.min(last.top(), top),
										Math.max(last.bottom(), bottom), size, last.tops()));
					}
					else {
						lines.add(new TextLine(getCurrentPageNo(), glyph.getUnicode(), glyph.getXDirAdj(), right, baseline, top,
								bottom, size, new HashMap<>(Map.of(glyph.getUnicode(), top))));
					}
				}
			}
		};
		stripper.setSortByPosition(true);
		stripper.getText(document);
		return lines;
	}

	@Test
	void longLetterKeepsTextWithTheSignatureAndNumbersItsPages() throws IOException {
		var paragraphs = new ArrayList<String>();
		for (int i = 1; i <= 9; i++) {
			paragraphs.add("第" + ChineseText.number(i) + "段：本机关对您（单位）申请获取的政府信息进行了全面检索，涉及本机关办公室、财务科、项目管理科等内设机构"
					+ "保存的纸质档案和电子文件，检索范围包括2023年至2025年形成的会议纪要、项目台账、资金拨付凭证和审计报告等材料。");
		}
		byte[] pdf = renderer.render(reply(ReplyType.DISCLOSE).withParagraphs(paragraphs.toArray(String[]::new)));
		png(pdf, "reply-long");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			var stripper = new PDFTextStripper();
			int last = document.getNumberOfPages();
			stripper.setStartPage(last);
			stripper.setEndPage(last);
			String lastPage = stripper.getText(document).replaceAll("\\s", "");
			assertThat(lastPage).contains("如对本答复不服").contains("某某市人民政府办公室2026年11月23日").contains("—" + last + "—");
			// no line starts with closing punctuation
			stripper.setStartPage(1);
			for (String line : stripper.getText(document).split("\\R")) {
				assertThat(line.strip()).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("、")
					.doesNotStartWith("）").doesNotStartWith("；").doesNotStartWith("：").doesNotStartWith("”");
			}
		}
	}

	@Test
	void lettersCanBeRenderedConcurrently() throws Exception {
		var pool = Executors.newFixedThreadPool(4);
		try {
			var tasks = new ArrayList<Callable<String>>();
			for (ReplyType type : ReplyType.values()) {
				tasks.add(() -> text(renderer.render(reply(type))));
			}
			for (Future<String> result : pool.invokeAll(tasks)) {
				assertThat(result.get()).contains("如对本答复不服");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void missingFontIsReportedWithWhatToInstall() {
		var missing = new NoticeRenderer(new DocumentProperties(Path.of("/nonexistent/font.ttc"), null, null));

		assertThatThrownBy(() -> missing.render(reply(ReplyType.DISCLOSE))).isInstanceOf(DocumentFontUnavailable.class)
			.hasMessageContaining("/nonexistent/font.ttc")
			.hasMessageContaining("fonts-wqy-zenhei");
	}

	@Test
	void cffOutlineFontIsRefusedWithTheReason() {
		Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc");
		assumeTrue(Files.isReadable(noto), "fonts-noto-cjk not installed");
		var cff = new NoticeRenderer(new DocumentProperties(noto, null, null));

		assertThatThrownBy(() -> cff.render(reply(ReplyType.DISCLOSE))).isInstanceOf(DocumentFontUnavailable.class)
			.hasMessageContaining("CFF");
	}

	@Test
	void characterMissingFromTheFontTakesTheFallbackOrShowsAsABox() throws IOException {
		Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
		assumeTrue(Files.isReadable(dejavu), "fonts-dejavu-core not installed");
		var both = DocumentFonts.load(new DocumentProperties(null, null, List.of(dejavu)));
		int symbol = java.util.stream.IntStream.range(0x2100, 0x2BFF)
			.filter(cp -> both.faceFor(cp) == 1)
			.findFirst()
			.orElseThrow();
		var request = new RequestDetails("张三" + Character.toString(symbol), "GK2026-0013", LocalDate.of(2026, 11, 2), "某某");

		var withFallback = new NoticeRenderer(new DocumentProperties(null, null, List.of(dejavu)));
		byte[] pdf = withFallback.render(ReplyLetter.of(ISSUER, request, ReplyType.NOT_HELD));
		assertThat(text(pdf)).contains("张三" + Character.toString(symbol) + "：");
		assertEmbeddedSubsets(pdf);
		var withoutFallback = new NoticeRenderer(new DocumentProperties(null, null, List.of()));
		assertThat(text(withoutFallback.render(ReplyLetter.of(ISSUER, request, ReplyType.NOT_HELD)))).contains("张三□：");
	}

	@Test
	void fontsAreConfiguredUnderGongkaiDocuments() {
		new ApplicationContextRunner().withUserConfiguration(Wiring.class)
			.withPropertyValues("gongkai.documents.font=" + DocumentProperties.DEFAULT_FONT,
					"gongkai.documents.font-name=WenQuanYiZenHei",
					"gongkai.documents.fallback-fonts=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
			.run(context -> {
				assertThat(context.getBean(DocumentProperties.class)).isEqualTo(new DocumentProperties(
						DocumentProperties.DEFAULT_FONT, "WenQuanYiZenHei",
						List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))));
				assertThat(new String(context.getBean(NoticeRenderer.class).render(reply(ReplyType.DISCLOSE)), 0, 5,
						java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			});
		new ApplicationContextRunner().withUserConfiguration(Wiring.class)
			.run(context -> assertThat(context.getBean(DocumentProperties.class)).isEqualTo(DocumentProperties.defaults()));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DocumentProperties.class)
	@Import(NoticeRenderer.class)
	static class Wiring {
	}

	@Test
	void chineseNumbersAmountsAndArticles() {
		assertThat(new LetterText().cite(ReplyType.ALREADY_PUBLIC.citation())).isEqualTo(REGULATIONS + "（以下简称《条例》）第三十六条第（一）项");
		assertThat(ChineseText.item(10)).isEqualTo("（十）");
		assertThat(ChineseText.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
		assertThat(ChineseText.yuan(new BigDecimal("4300"))).isEqualTo("4,300.00");
		assertThat(ChineseText.yuanInWords(new BigDecimal("2000"))).isEqualTo("贰仟元整");
		assertThat(ChineseText.yuanInWords(new BigDecimal("4300"))).isEqualTo("肆仟叁佰元整");
		assertThat(ChineseText.yuanInWords(new BigDecimal("10"))).isEqualTo("壹拾元整");
		assertThat(ChineseText.yuanInWords(new BigDecimal("1010.50"))).isEqualTo("壹仟零壹拾元伍角整");
		assertThat(ChineseText.yuanInWords(new BigDecimal("100005.07"))).isEqualTo("壹拾万零伍元零柒分");
		assertThat(ChineseText.yuanInWords(new BigDecimal("105000000"))).isEqualTo("壹亿零伍佰万元整");
	}

	@Test
	void punctuationStaysWithItsWord() {
		assertThat(LetterTypesetter.tokens("答复如下：（一）2026年")).containsExactly("答", "复", "如", "下：", "（一）", "2026", "年");
		assertThat(LetterTypesetter.tokens("登录https://gk.example.gov.cn/a/b。")).containsExactly("登", "录", "https://",
				"gk.example.gov.cn/", "a/", "b。");
	}

	/**
	 * The text of the PDF without whitespace (lines are broken anywhere and justified lines may gain
	 * spaces) and without the page numbers "— 1 —" that interrupt text running on to the next page.
	 */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s", "").replaceAll("—\\d+—", "");
		}
	}

	/** Every font is embedded as a subset (named ABCDEF+…) with TrueType outlines. */
	static void assertEmbeddedSubsets(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var fonts = new ArrayList<PDFont>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
				assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
			});
		}
	}

	/** With {@code -Dgongkai.documents.png=true}, the PDF and a PNG of each page go to {@code target/notices/} for a look. */
	static void png(byte[] pdf, String name) throws IOException {
		if (!Boolean.getBoolean("gongkai.documents.png")) {
			return;
		}
		Path dir = Files.createDirectories(Path.of("target", "notices"));
		Files.write(dir.resolve(name + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var images = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				String suffix = document.getNumberOfPages() == 1 ? "" : "-" + (page + 1);
				ImageIO.write(images.renderImageWithDPI(page, 96), "png", dir.resolve(name + suffix + ".png").toFile());
			}
		}
	}
}
