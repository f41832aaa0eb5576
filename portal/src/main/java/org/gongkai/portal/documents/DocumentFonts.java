package org.gongkai.portal.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsed fonts of the notices: the main font and its fallbacks, each a TrueType face that PDFBox
 * embeds as a subset. Parsed once; not thread-safe (fontbox reads tables lazily), so
 * {@link NoticeRenderer} uses it under a lock.
 *
 * <p>A character in none of the faces never stops a letter (the applicant is entitled to receive it):
 * it is printed as {@value #REPLACEMENT_TEXT}, the box Chinese typesetting uses for a character that
 * cannot be set; invisible format characters are left out.
 */
final class DocumentFonts {

	private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

	/** □ WHITE SQUARE (缺字符号). */
	static final int REPLACEMENT = 0x25A1;

	static final String REPLACEMENT_TEXT = "□";

	/** One face, with its character map and scale. */
	record Face(Path file, TrueTypeFont font, CmapLookup cmap, float unitsPerEm) {
	}

	private final List<Face> faces;

	private DocumentFonts(List<Face> faces) {
		this.faces = faces;
	}

	static DocumentFonts load(DocumentProperties properties) {
		var faces = new ArrayList<Face>();
		faces.add(face(properties.font(), properties.fontName(), "gongkai.documents.font"));
		for (Path fallback : properties.fallbackFonts()) {
			try {
				faces.add(face(fallback, null, "gongkai.documents.fallback-fonts"));
			}
			catch (DocumentFontUnavailable ex) {
				// letters still render, with □ for the characters only this font has
				log.warn("Fallback font for PDF notices left out: {}", ex.getMessage());
			}
		}
		return new DocumentFonts(List.copyOf(faces));
	}

	private static Face face(Path file, String name, String property) {
		if (!Files.isReadable(file)) {
			throw new DocumentFontUnavailable("Font file " + file + " (" + property + ") does not exist or cannot be read. "
					+ "Install it (Debian: apt-get install " + DocumentProperties.DEBIAN_PACKAGES + ") or point " + property
					+ " at a TrueType .ttf/.ttc font with Chinese characters.", null);
		}
		try {
			TrueTypeFont font = parse(file, name);
			if (!font.getTableMap().containsKey("glyf")) {
				font.close();
				throw new DocumentFontUnavailable("Font " + file + " (" + property + ") has CFF (PostScript) outlines, which "
						+ "PDFBox cannot embed; use a font with TrueType outlines such as fonts-wqy-zenhei.", null);
			}
			CmapLookup cmap = font.getUnicodeCmapLookup(false);
			if (cmap == null) {
				font.close();
				throw new DocumentFontUnavailable("Font " + file + " (" + property + ") has no Unicode character map.", null);
			}
			return new Face(file, font, cmap, font.getUnitsPerEm());
		}
		catch (IOException ex) {
			throw new DocumentFontUnavailable("Font " + file + " (" + property + ") cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static TrueTypeFont parse(Path file, String name) throws IOException {
		String fileName = file.getFileName().toString().toLowerCase();
		if (!fileName.endsWith(".ttc") && !fileName.endsWith(".otc")) {
			if (name != null) {
				throw new DocumentFontUnavailable("gongkai.documents.font-name applies to .ttc collections only, not " + file,
						null);
			}
			return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
		}
		// the collection's stream stays open as long as its fonts are used, i.e. for the application's life
		var collection = new TrueTypeCollection(file.toFile());
		if (name != null) {
			TrueTypeFont font = collection.getFontByName(name);
			if (font == null) {
				var names = new ArrayList<String>();
				collection.processAllFonts(f -> names.add(f.getName()));
				throw new DocumentFontUnavailable("Font " + file + " has no face named " + name + "; it has " + names, null);
			}
			return font;
		}
		var first = new TrueTypeFont[1];
		collection.processAllFonts(f -> {
			if (first[0] == null) {
				first[0] = f;
			}
		});
		if (first[0] == null) {
			throw new IOException("empty font collection");
		}
		return first[0];
	}

	/** The index of the first face that has a glyph for the character, or -1 if none has. */
	int faceFor(int codePoint) {
		for (int i = 0; i < faces.size(); i++) {
			if (faces.get(i).cmap().getGlyphId(codePoint) != 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The text as it can be printed with these faces: invisible format characters (bidi controls,
	 * zero-width spaces, variation selectors) are left out even where a font draws them as symbols;
	 * characters that no face has, and private-use characters (whose glyphs mean something different
	 * in each font), become a space if they are spaces and {@value #REPLACEMENT_TEXT} otherwise (emoji
	 * the fonts lack, lone surrogates, unassigned code points).
	 */
	String printable(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (invisible(cp)) {
				return;
			}
			if (faceFor(cp) >= 0 && Character.getType(cp) != Character.PRIVATE_USE) {
				out.appendCodePoint(cp);
			}
			else if (Character.isSpaceChar(cp)) {
				out.append(' ');
			}
			else {
				out.append(faceFor(REPLACEMENT) >= 0 ? REPLACEMENT_TEXT : "?");
			}
		});
		return out.toString();
	}

	/** Unicode's default-ignorable characters (roughly) and control characters: never drawn. */
	private static boolean invisible(int cp) {
		return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
				|| (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180F) || cp == 0x034F
				|| cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x17B4 || cp == 0x17B5
				|| Character.isISOControl(cp);
	}

	/** The advance of the character in the face, in thousandths of the font size. */
	float advance(int face, int codePoint) {
		Face f = faces.get(face);
		try {
			return f.font().getAdvanceWidth(f.cmap().getGlyphId(codePoint)) * 1000f / f.unitsPerEm();
		}
		catch (IOException ex) {
			throw new DocumentFontUnavailable("Font " + f.file() + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The glyph of the character in the face (0 if it has none). */
	int glyph(int face, int codePoint) {
		return faces.get(face).cmap().getGlyphId(codePoint);
	}

	TrueTypeFont font(int face) {
		return faces.get(face).font();
	}

	int size() {
		return faces.size();
	}
}
