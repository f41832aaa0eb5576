package org.gongkai.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The blank 政府信息公开申请表 as Word and PDF: one A4 page, every heading and field, the receiving agency on top. */
class ApplicationFormsTests {

	private static final ApplicationForms forms = new ApplicationForms(NoticeRendererTests.renderer);

	private static final String[] HEADINGS = { "政府信息公开申请表", "受理机关：市发展和改革委员会", "申请人信息（公民）", "姓名",
			"证件号码", "申请人信息（法人或其他组织）", "统一社会信用代码", "法定代表人", "所需信息情况", "所需信息的名称", "所需信息的文号",
			"所需信息的描述", "提供信息的形式", "□纸质", "获取信息的方式", "□当面领取", "申请人签名（盖章）", "申请日期", "填表说明" };

	@Test
	void thePdfIsOneA4PageWithEveryField() throws IOException {
		byte[] pdf = forms.pdf("市发展和改革委员会");
		NoticeRendererTests.png(pdf, "application-form");
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		assertThat(NoticeRendererTests.text(pdf).replace("　", "")).contains(HEADINGS);
		NoticeRendererTests.assertEmbeddedSubsets(pdf);
	}

	@Test
	void theWordDocumentHasEveryField() throws IOException {
		try (var document = new XWPFDocument(new ByteArrayInputStream(forms.docx("市发展和改革委员会")));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText().replace("　", "")).contains(HEADINGS);
			assertThat(document.getTables()).hasSize(1);
		}
	}
}
