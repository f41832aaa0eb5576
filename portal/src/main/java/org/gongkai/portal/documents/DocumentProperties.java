package org.gongkai.portal.documents;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PDF notices.
 *
 * <p>The font must have TrueType ({@code glyf}) outlines: PDFBox embeds those as subsets, but not the
 * CFF outlines of Debian's {@code fonts-noto-cjk}. The default is WenQuanYi Zen Hei from the Debian
 * package {@code fonts-wqy-zenhei}, which {@code deploy/gongkai} installs.
 *
 * @param font the {@code .ttf} or {@code .ttc} file used for all text
 * @param fontName the PostScript name of the face within a {@code .ttc} (e.g. {@code WenQuanYiZenHei});
 *        empty for the first face
 * @param fallbackFonts further {@code .ttf}/{@code .ttc} files (first face) tried in order for characters
 *        the main font lacks, e.g. rare characters of applicants' names
 */
@ConfigurationProperties("gongkai.documents")
public record DocumentProperties(Path font, String fontName, List<Path> fallbackFonts) {

	/** Where Debian's {@code fonts-wqy-zenhei} puts its collection. */
	public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	public DocumentProperties {
		if (font == null) {
			font = DEFAULT_FONT;
		}
		if (fontName != null && fontName.isBlank()) {
			fontName = null;
		}
		fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
	}

	/** The defaults: WenQuanYi Zen Hei, first face, no fallbacks. */
	public static DocumentProperties defaults() {
		return new DocumentProperties(null, null, null);
	}
}
