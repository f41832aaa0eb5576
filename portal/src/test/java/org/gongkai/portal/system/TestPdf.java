package org.gongkai.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** A real one-page PDF, made in the test, for uploads. */
final class TestPdf {

	private TestPdf() {
	}

	static byte[] bytes() throws IOException {
		try (var document = new PDDocument()) {
			document.addPage(new PDPage());
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}
}
