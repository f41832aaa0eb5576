package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.AttachmentType;
import org.junit.jupiter.api.Test;

/** Text extraction from real PDF and DOCX files, and refusal of broken ones. */
class AttachmentTextsTests {

	private final AttachmentTexts texts = new AttachmentTexts();

	@Test
	void pdfTextIsExtracted() throws Exception {
		var pdf = TestFiles.pdf("城市地下综合管廊建设实施方案");
		assertThat(AttachmentType.sniff("方案.pdf", pdf)).contains(AttachmentType.PDF);
		assertThat(texts.extract(AttachmentType.PDF, pdf)).contains("地下综合管廊");
	}

	@Test
	void docxParagraphsAreExtractedAsLines() throws Exception {
		var docx = TestFiles.docx("第一段：老旧小区改造", "第二段：加装电梯补贴");
		assertThat(AttachmentType.sniff("通知.docx", docx)).contains(AttachmentType.DOCX);
		assertThat(texts.extract(AttachmentType.DOCX, docx)).isEqualTo("第一段：老旧小区改造\n第二段：加装电梯补贴");
	}

	@Test
	void aZipThatIsNotAWordDocumentIsRefused() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("other.txt"));
			zip.write(new byte[] { 1, 2, 3 });
			zip.closeEntry();
		}
		assertThatThrownBy(() -> texts.extract(AttachmentType.DOCX, out.toByteArray()))
			.isInstanceOf(AttachmentRejected.class)
			.extracting(e -> ((AttachmentRejected) e).messageKey())
			.isEqualTo("attachment.unreadable");
	}

	@Test
	void aWordDocumentThatExpandsLikeAZipBombIsRefused() throws Exception {
		var bomb = TestFiles.docx("政".repeat(5_000_000));
		assertThat(bomb.length).isLessThan(200_000);
		assertThatThrownBy(() -> texts.extract(AttachmentType.DOCX, bomb)).isInstanceOf(AttachmentRejected.class)
			.extracting(e -> ((AttachmentRejected) e).messageKey())
			.isEqualTo("attachment.unreadable");
	}

	@Test
	void aBrokenPdfIsRefused() {
		assertThatThrownBy(() -> texts.extract(AttachmentType.PDF, "%PDF-1.7 garbage".getBytes()))
			.isInstanceOf(AttachmentRejected.class);
	}

	@Test
	void renamedFilesAreRecognisedByContent() {
		assertThat(AttachmentType.sniff("virus.pdf", "MZ\u0090\u0000binary".getBytes())).isEmpty();
		assertThat(AttachmentType.sniff("archive.docx", new byte[] { 'P', 'K', 3, 4, 0 })).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.sniff("archive.zip", new byte[] { 'P', 'K', 3, 4, 0 })).isEmpty();
		assertThat(texts.extract(AttachmentType.PNG, new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isNull();
	}
}
