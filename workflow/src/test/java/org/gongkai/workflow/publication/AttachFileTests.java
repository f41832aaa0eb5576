package org.gongkai.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

/** The upload rules that need no database: recognised types, the ⚙ size limit, clean file names. */
class AttachFileTests {

	private final AttachFile attach = new AttachFile(null, null, null,
			new PublicationProperties(null, null, null, null, null, 1024L, null), Clock.systemUTC());

	@Test
	void filesAreRecognisedByTheirContentNotTheirName() {
		assertThat(attach.check("x.exe", "%PDF-1.7\n".getBytes())).isEqualTo(AttachmentType.PDF);
		assertThat(attach.check("photo", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEqualTo(AttachmentType.JPEG);
		assertThatThrownBy(() -> attach.check("report.pdf", "MZ\u0090\u0000".getBytes()))
			.isInstanceOf(AttachmentRejected.class)
			.extracting(e -> ((AttachmentRejected) e).messageKey())
			.isEqualTo("attachment.type");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThatThrownBy(() -> attach.check("a.pdf", new byte[0])).extracting(e -> ((AttachmentRejected) e).messageKey())
			.isEqualTo("attachment.empty");
		var big = new byte[1025];
		System.arraycopy("%PDF".getBytes(), 0, big, 0, 4);
		assertThatThrownBy(() -> attach.check("a.pdf", big)).extracting(e -> ((AttachmentRejected) e).messageKey())
			.isEqualTo("attachment.tooLarge");
	}

	@Test
	void namesLoseTheirPathAndTakeTheRealExtension() {
		assertThat(AttachFile.cleanName("C:\\Users\\张三\\通知.PDF", AttachmentType.PDF)).isEqualTo("通知.pdf");
		assertThat(AttachFile.cleanName("../../etc/passwd", AttachmentType.PNG)).isEqualTo("passwd.png");
		assertThat(AttachFile.cleanName("报告.exe", AttachmentType.DOCX)).isEqualTo("报告.docx");
		assertThat(AttachFile.cleanName("", AttachmentType.GIF)).isEqualTo("附件.gif");
	}
}
