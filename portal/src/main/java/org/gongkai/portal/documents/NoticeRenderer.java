package org.gongkai.portal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Notice} as a PDF or OFD letter with its Chinese text in an embedded font subset, so that
 * it prints and reads the same everywhere and its text can be searched and copied.
 *
 * <p>The font is parsed once, at the first letter, so that a portal without the font still starts
 * (with a warning) and only the letters fail, with a message saying what to install. Letters are
 * set one at a time: fontbox reads the parsed font's tables lazily and is not safe for concurrent
 * use, and a letter takes milliseconds.
 */
@Component
public class NoticeRenderer {

	private static final Logger log = LoggerFactory.getLogger(NoticeRenderer.class);

	private final DocumentProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	private LetterTypesetter typesetter;

	private PdfLetterPainter pdf;

	private OfdLetterPainter ofd;

	private DocumentFonts fonts;

	private final LetterTemplates templates = new LetterTemplates();

	public NoticeRenderer(DocumentProperties properties) {
		this.properties = Objects.requireNonNull(properties, "properties");
		if (!Files.isReadable(properties.font())) {
			log.warn("Font for PDF notices {} is missing: notices cannot be rendered until it is installed "
					+ "(Debian: apt-get install " + DocumentProperties.DEBIAN_PACKAGES + ") or gongkai.documents.font points at a TrueType "
					+ "font with Chinese characters", properties.font());
		}
	}

	/**
	 * The notice as a PDF document; characters in none of the fonts are printed as □ (see
	 * {@link DocumentFonts#printable}), so any text the applicant wrote can be rendered.
	 * @throws DocumentFontUnavailable if the configured font is missing or cannot be embedded
	 * @throws IllegalArgumentException if a reply letter lacks what its type needs
	 */
	public byte[] render(Notice notice) {
		return render(notice, DocumentFormat.PDF);
	}

	/**
	 * The notice as a PDF or an OFD document, both from the same layout: every line at the same place in
	 * the same size, the same text.
	 * @throws DocumentFontUnavailable if the configured font is missing or cannot be embedded
	 * @throws IllegalArgumentException if a reply letter lacks what its type needs
	 */
	public byte[] render(Notice notice, DocumentFormat format) {
		Letter letter = letter(Objects.requireNonNull(notice, "notice"));
		Objects.requireNonNull(format, "format");
		lock.lock();
		try {
			if (typesetter == null) {
				typesetter = new LetterTypesetter(fonts());
				pdf = new PdfLetterPainter(fonts());
				ofd = new OfdLetterPainter(fonts());
			}
			LetterLayout layout = typesetter.layout(letter);
			return switch (format) {
				case PDF -> pdf.paint(layout);
				case OFD -> ofd.paint(layout);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + notice.title() + " " + notice.issuer().documentNumber(), ex);
		}
		finally {
			lock.unlock();
		}
	}

	/** Work with the parsed fonts, which are not safe for concurrent use. */
	interface FontWork<T> {

		T with(DocumentFonts fonts) throws IOException;
	}

	/** Runs the work under the renderer's lock with the notices' fonts, parsed at the first use. */
	<T> T withFonts(FontWork<T> work) {
		lock.lock();
		try {
			return work.with(fonts());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.unlock();
		}
	}

	private DocumentFonts fonts() {
		if (fonts == null) {
			fonts = DocumentFonts.load(properties);
		}
		return fonts;
	}

	/** The notice's text in the parts the typesetter lays out. */
	Letter letter(Notice notice) {
		return templates.compose(notice);
	}
}
