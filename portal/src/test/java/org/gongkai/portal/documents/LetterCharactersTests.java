package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.portal.documents.NoticeRendererTests.ISSUER;
import static org.gongkai.portal.documents.NoticeRendererTests.assertEmbeddedSubsets;
import static org.gongkai.portal.documents.NoticeRendererTests.png;
import static org.gongkai.portal.documents.NoticeRendererTests.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.ReplyType;
import org.junit.jupiter.api.Test;

/**
 * Letters render whatever an applicant wrote: every extension of CJK from the fallback fonts that
 * {@code deploy/gongkai} installs, and a visible □ for what no font has, instead of refusing the letter
 * the applicant is entitled to receive.
 */
class LetterCharactersTests {

	static final NoticeRenderer renderer = NoticeRendererTests.renderer;

	/** 😀, 𠀀 (Extension B), an RTL override and a lone surrogate (stored before input was normalised). */
	static final String TITLE = "关于😀𠀀\u202E街道\uD800改造资金的信息";

	static RequestDetails request(String title) {
		return new RequestDetails("张三", "GK2026-0099", LocalDate.of(2026, 11, 2), title);
	}

	@Test
	void receiptAndReplyLetterOfAnUnusualTitleRender() throws IOException {
		byte[] receipt = renderer.render(new ReceiptNotice(ISSUER, request(TITLE), LocalDate.of(2026, 12, 1),
				"https://gk.example.gov.cn/requests"));
		byte[] reply = renderer.render(ReplyLetter.of(ISSUER, request(TITLE), ReplyType.DISCLOSE)
			.withDelivery(DeliveryForm.ELECTRONIC, DeliveryMethod.EMAIL));
		png(receipt, "receipt-unusual-title");

		for (byte[] pdf : List.of(receipt, reply)) {
			assertThat(text(pdf)).as("𠀀 from HanaMinB, 😀 from HanaMinA, the override left out, the lone surrogate as □")
				.contains("关于😀𠀀街道□改造资金的信息")
				.doesNotContain("\u202E");
			assertEmbeddedSubsets(pdf);
		}
	}

	@Test
	void everyExtensionOfCjkIsInTheFonts() throws IOException {
		// Extensions A, B, C, D, E, F, G (biáng, 𰻞), a compatibility ideograph of the supplement
		String rare = "㐀𠀀𪜀𫝀𫠠𬺰𰻞丽";
		for (int cp : rare.codePoints().toArray()) {
			assertThat(DocumentFonts.load(DocumentProperties.defaults()).faceFor(cp))
				.as("U+%04X is in one of the default fonts (fonts-hanazono, fonts-babelstone-han installed?)", cp)
				.isGreaterThanOrEqualTo(0);
		}
		byte[] pdf = renderer.render(new ReceiptNotice(ISSUER, request("姓名用字" + rare), LocalDate.of(2026, 12, 1),
				"https://gk.example.gov.cn/requests"));

		assertThat(text(pdf)).contains("姓名用字" + rare);
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void whatNoFontHasShowsAsAVisibleBoxAndInvisibleCharactersAsNothing() throws IOException {
		// 🫠 (Unicode 14, in none of the fonts), a private-use character, zero-width space, BOM, variation selector 16
		String title = "融化🫠表情\uE000私用\u200B零宽\uFEFF字节序☺\uFE0F变体";
		byte[] pdf = renderer.render(new ReceiptNotice(ISSUER, request(title), LocalDate.of(2026, 12, 1),
				"https://gk.example.gov.cn/requests"));

		assertThat(text(pdf)).contains("融化□表情□私用零宽字节序☺变体");
		assertEmbeddedSubsets(pdf);
	}

	@Test
	void aMissingFallbackFontIsLeftOutAndItsCharactersShowAsBoxes() throws IOException {
		var without = new NoticeRenderer(new DocumentProperties(null, null, List.of(Path.of("/nonexistent/HanaMinB.ttf"))));

		String text = text(without.render(new ReceiptNotice(ISSUER, request("关于𠀀的信息"), LocalDate.of(2026, 12, 1),
				"https://gk.example.gov.cn/requests")));

		assertThat(text).contains("关于□的信息");
	}

	@Test
	void defaultFontsAreTheDebianPackagesThatDeployInstalls() throws IOException {
		assertThat(DocumentProperties.DEFAULT_FALLBACK_FONTS).allSatisfy(font -> assertThat(Files.isReadable(font))
			.as("%s is installed (deploy/gongkai installs %s)", font, DocumentProperties.DEBIAN_PACKAGES)
			.isTrue());
		String script = Files.readString(Path.of("..", "deploy", "gongkai"));
		for (String pkg : DocumentProperties.DEBIAN_PACKAGES.split(" ")) {
			assertThat(script).contains(pkg);
		}
	}
}
