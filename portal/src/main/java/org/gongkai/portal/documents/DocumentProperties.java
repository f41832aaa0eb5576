package org.gongkai.portal.documents;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PDF notices.
 *
 * <p>The fonts must have TrueType ({@code glyf}) outlines: PDFBox embeds those as subsets, but not the
 * CFF outlines of Debian's {@code fonts-noto-cjk} (which also has only about 2,100 of the 42,720
 * characters of CJK Extension B). The default is WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}) for
 * all text, then for the characters it lacks Hanazono Mincho ({@code fonts-hanazono}: HanaMinA for the
 * basic plane, HanaMinB for CJK Extensions B to F, all of them) and BabelStone Han
 * ({@code fonts-babelstone-han}: much of Extensions G and H). {@code deploy/gongkai} installs them.
 * A character in none of the fonts is printed as □.
 *
 * @param font the {@code .ttf} or {@code .ttc} file used for all text
 * @param fontName the PostScript name of the face within a {@code .ttc} (e.g. {@code WenQuanYiZenHei});
 *        empty for the first face
 * @param fallbackFonts further {@code .ttf}/{@code .ttc} files (first face) tried in order for characters
 *        the main font lacks, e.g. rare characters of applicants' names; one that is missing is left out
 *        with a warning. Unset: {@link #DEFAULT_FALLBACK_FONTS}
 */
@ConfigurationProperties("gongkai.documents")
public record DocumentProperties(Path font, String fontName, List<Path> fallbackFonts) {

	/** Where Debian's {@code fonts-wqy-zenhei} puts its collection. */
	public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	/** Where Debian's {@code fonts-hanazono} and {@code fonts-babelstone-han} put their fonts. */
	public static final List<Path> DEFAULT_FALLBACK_FONTS = List.of(
			Path.of("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
			Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
			Path.of("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"));

	/** The Debian packages of the default fonts. */
	static final String DEBIAN_PACKAGES = "fonts-wqy-zenhei fonts-hanazono fonts-babelstone-han";

	public DocumentProperties {
		if (font == null) {
			font = DEFAULT_FONT;
		}
		if (fontName != null && fontName.isBlank()) {
			fontName = null;
		}
		fallbackFonts = fallbackFonts == null ? DEFAULT_FALLBACK_FONTS : List.copyOf(fallbackFonts);
	}

	/** The defaults: WenQuanYi Zen Hei, first face, then the default fallbacks. */
	public static DocumentProperties defaults() {
		return new DocumentProperties(null, null, null);
	}
}
