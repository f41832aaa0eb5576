package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.portal.documents.NoticeRendererTests.ISSUER;
import static org.gongkai.portal.documents.NoticeRendererTests.REGULATIONS;
import static org.gongkai.portal.documents.NoticeRendererTests.REQUEST;
import static org.gongkai.portal.documents.NoticeRendererTests.SIGNATURE;
import static org.gongkai.portal.documents.NoticeRendererTests.assertEmbeddedSubsets;
import static org.gongkai.portal.documents.NoticeRendererTests.png;
import static org.gongkai.portal.documents.NoticeRendererTests.renderer;
import static org.gongkai.portal.documents.NoticeRendererTests.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The letters of a correction request (art. 41): the reply for every outcome, and the notices before it
 * naming the application 政府信息更正申请 instead of 政府信息公开申请.
 */
class CorrectionLetterTests {

	static final String RECORD = "2024年度某某市最低生活保障对象名册中本人的家庭人口数";

	static final String INACCURACY = "名册记载为4人，本人户籍簿记载家庭人口为3人，附户口簿复印件为证";

	static final String SOUGHT = "家庭人口数3人";

	static final RequestDetails CORRECTION = new RequestDetails("张三", "GK2026-0031", LocalDate.of(2026, 11, 2),
			RECORD + "：" + INACCURACY, RequestKind.CORRECTION);

	static final String AGENCY = "某某市民政局";

	static final String CORRECTED_NOTE = "已将名册中您的家庭人口数由4人更正为3人";

	static final String REFUSED_NOTE = "经核查，您家庭中的李四虽已迁出户籍，但仍在本市共同生活，依照低保家庭成员认定规定应当计入家庭人口";

	/** What each outcome says, written out by hand. */
	static final Map<CorrectionOutcome, String> WORDING = Map.of(
			CorrectionOutcome.CORRECTED, "经审核，您（单位）提出的上述政府信息记录不准确的情况属实。根据" + REGULATIONS
					+ "（以下简称《条例》）第四十一条的规定，本机关已予以更正，更正情况如下：" + CORRECTED_NOTE + "。",
			CorrectionOutcome.FORWARDED, "经审查，更正该政府信息记录不属于本机关职能范围。根据" + REGULATIONS
					+ "（以下简称《条例》）第四十一条的规定，本机关已将您（单位）的申请转送" + AGENCY + "处理，现予告知。",
			CorrectionOutcome.NOT_COMPETENT, "经审查，更正该政府信息记录不属于本机关职能范围。根据" + REGULATIONS
					+ "（以下简称《条例》）第四十一条的规定，请您（单位）向" + AGENCY + "提出更正申请。",
			CorrectionOutcome.REFUSED, "经审核，您（单位）的申请不符合" + REGULATIONS
					+ "（以下简称《条例》）第四十一条规定的更正条件，本机关决定不予更正，理由是：" + REFUSED_NOTE + "。");

	static final String REMEDY = "如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。";

	static CorrectionReplyLetter reply(CorrectionOutcome outcome) {
		return CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT, outcome,
				outcome.namesAgency() ? AGENCY : null, switch (outcome) {
					case CORRECTED -> CORRECTED_NOTE;
					case REFUSED -> REFUSED_NOTE;
					default -> null;
				});
	}

	@ParameterizedTest
	@EnumSource(CorrectionOutcome.class)
	void everyOutcomeCitesArticle41AndEndsWithTheRemedy(CorrectionOutcome outcome) throws IOException {
		byte[] pdf = renderer.render(reply(outcome));
		png(pdf, "correction-" + outcome.name().toLowerCase(Locale.ROOT));

		String text = text(pdf);
		assertThat(text).startsWith("政府信息更正申请答复告知书某政办公开〔2026〕第0012号张三：")
			.contains("本机关于2026年11月2日收到您（单位）提出的政府信息更正申请（受理编号：GK2026-0031），认为与您（单位）自身相关的政府信息记录“"
					+ RECORD + "”不准确（" + INACCURACY + "），要求更正为“" + SOUGHT + "”。现答复如下：")
			.contains("第四十一条")
			.contains(WORDING.get(outcome))
			.endsWith(REMEDY + SIGNATURE)
			.doesNotContain(ReplyLetter.TITLE)
			.doesNotContain("政府信息公开申请")
			.doesNotContain("复议前置")
			.doesNotContain("应当先在收到本答复之日起60日内");
		for (CorrectionOutcome other : CorrectionOutcome.values()) {
			if (other != outcome) {
				assertThat(text).as("wording of " + other).doesNotContain(WORDING.get(other));
			}
		}
		if (outcome.namesAgency()) {
			assertThat(text).contains(AGENCY);
		}
		else {
			assertThat(text).doesNotContain(AGENCY);
		}
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void notesForForwardingAndReferringAreAddedAndTheReviewAuthorityIsNamed() throws IOException {
		var letter = CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, null, SOUGHT, CorrectionOutcome.FORWARDED, AGENCY,
				"该名册由某某市民政局编制，本机关仅负责转报")
			.withReviewAuthority("某某市人民政府");

		String text = text(renderer.render(letter));

		assertThat(text).contains("政府信息记录“" + RECORD + "”不准确，要求更正为“" + SOUGHT + "”")
			.contains("转送" + AGENCY + "处理，现予告知。该名册由某某市民政局编制，本机关仅负责转报。")
			.endsWith("如对本答复不服，可以在收到本答复之日起60日内依法向某某市人民政府申请行政复议，或者在6个月内依法提起行政诉讼。" + SIGNATURE);
	}

	@Test
	void replyWithoutWhatItsOutcomeNeedsIsRefusedWhenBuilt() {
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.FORWARDED, " ", null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("FORWARDED");
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.NOT_COMPETENT, null, "某某")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NOT_COMPETENT");
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.REFUSED, null, "")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("REFUSED");
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.CORRECTED, null, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("CORRECTED");
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.CORRECTED, AGENCY, CORRECTED_NOTE)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("names no agency");
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, CORRECTION, RECORD, INACCURACY, null,
				CorrectionOutcome.REFUSED, null, REFUSED_NOTE)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("correctionSought");
	}

	@Test
	void eachKindOfRequestGetsItsOwnKindOfReply() {
		assertThatThrownBy(() -> CorrectionReplyLetter.of(ISSUER, REQUEST, RECORD, INACCURACY, SOUGHT,
				CorrectionOutcome.REFUSED, null, REFUSED_NOTE)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReplyLetter.of(ISSUER, CORRECTION, ReplyType.NOT_HELD))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("correction request");
		assertThatThrownBy(() -> new FeeNotice(ISSUER, CORRECTION, FeeNotice.Method.PER_CASE, 41, new BigDecimal("300"),
				"银行转账", false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReasonsRequestNotice(ISSUER, CORRECTION, "申请126件", LocalDate.of(2026, 12, 14), true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void receiptOfACorrectionRequestSaysCorrection() throws IOException {
		var notice = new ReceiptNotice(ISSUER, CORRECTION, LocalDate.of(2026, 12, 1), "https://gk.example.gov.cn/requests");
		byte[] pdf = renderer.render(notice);
		png(pdf, "correction-receipt");

		assertThat(text(pdf)).startsWith("政府信息更正申请受理回执某政办公开〔2026〕第0012号张三：")
			.contains("您（单位）依照" + REGULATIONS + "（以下简称《条例》）第四十一条提出的政府信息更正申请（申请更正“" + RECORD + "：" + INACCURACY
					+ "”）已收悉。本机关收到申请之日为2026年11月2日，受理编号为GK2026-0031。")
			.contains("参照《条例》第三十三条规定的期限，自收到申请之日起20个工作日内，即于2026年12月1日前（含当日）作出答复")
			.endsWith("特此回执。" + SIGNATURE)
			.doesNotContain("政府信息公开申请")
			.doesNotContain("申请获取")
			.doesNotContain("第三方");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void supplementAndExtensionOfACorrectionRequestSayCorrection() throws IOException {
		String received = "本机关于2026年11月2日收到您（单位）提出的政府信息更正申请（受理编号：GK2026-0031），申请更正“" + RECORD + "：" + INACCURACY
				+ "”。";
		String supplement = text(renderer.render(new SupplementNotice(ISSUER, CORRECTION, List.of("提供户口簿首页及本人页的复印件"),
				LocalDate.of(2026, 11, 30))));
		assertThat(supplement).startsWith("政府信息更正申请补正告知书")
			.contains(received)
			.contains("第四十一条的规定，申请更正政府信息记录应当有证据证明该记录不准确。参照《条例》第三十条的规定，请您（单位）对申请作出如下补正：（一）提供户口簿首页及本人页的复印件。")
			.contains("逾期不补正的，视为放弃申请，本机关不再处理该政府信息更正申请。")
			.doesNotContain("政府信息公开申请");

		String extension = text(renderer.render(new ExtensionNotice(ISSUER, CORRECTION, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 29), "需要调取2024年度名册的原始登记材料")));
		assertThat(extension).startsWith("政府信息更正申请延期答复告知书")
			.contains(received)
			.contains("参照" + REGULATIONS + "（以下简称《条例》）第三十三条第二款的规定")
			.doesNotContain("政府信息公开申请");
	}

	@Test
	void agencyConsultationOnACorrectionAsksWhetherToCorrect() throws IOException {
		String text = text(renderer.render(new AgencyConsultationLetter(ISSUER, CORRECTION, AGENCY, "2024年度某某市最低生活保障对象名册",
				LocalDate.of(2026, 12, 14))));

		assertThat(text).startsWith("政府信息更正征求意见书某政办公开〔2026〕第0012号" + AGENCY + "：")
			.contains("收到一份政府信息更正申请（受理编号：GK2026-0031），申请更正“")
			.contains("第四十一条的规定，有权更正的行政机关审核属实的，应当予以更正。现就是否更正上述政府信息记录征求贵机关意见。")
			.contains("不同意更正的，请说明理由。")
			.doesNotContain("政府信息公开申请")
			.doesNotContain("是否公开")
			.doesNotContain("视为同意公开")
			.doesNotContain("第三十四条")
			.doesNotContain("张三");
	}

	@Test
	void noticesOfADisclosureRequestKeepTheirTitles() {
		assertThat(new ReceiptNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), null).title()).isEqualTo(ReceiptNotice.TITLE);
		assertThat(new SupplementNotice(ISSUER, REQUEST, List.of("某某"), LocalDate.of(2026, 11, 30)).title())
			.isEqualTo(SupplementNotice.TITLE);
		assertThat(new ExtensionNotice(ISSUER, REQUEST, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "某某").title())
			.isEqualTo(ExtensionNotice.TITLE);
		assertThat(new AgencyConsultationLetter(ISSUER, REQUEST, AGENCY, "某某", LocalDate.of(2026, 12, 14)).title())
			.isEqualTo(AgencyConsultationLetter.TITLE);
		assertThat(new RequestDetails("张三", "GK1", LocalDate.of(2026, 11, 2), "某某").kind()).isEqualTo(RequestKind.DISCLOSURE);
	}
}
