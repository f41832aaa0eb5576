package org.gongkai.portal.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The parsed fonts of the notices: the main font and its fallbacks, each a TrueType face that PDFBox
 * embeds as a subset. Parsed once; not thread-safe (fontbox reads tables lazily), so
 * {@link NoticeRenderer} uses it under a lock.
 */
final class DocumentFonts {

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
			faces.add(face(fallback, null, "gongkai.documents.fallback-fonts"));
		}
		return new DocumentFonts(List.copyOf(faces));
	}

	private static Face face(Path file, String name, String property) {
		if (!Files.isReadable(file)) {
			throw new DocumentFontUnavailable("Font file " + file + " (" + property + ") does not exist or cannot be read. "
					+ "Install it (Debian: apt-get install fonts-wqy-zenhei) or point " + property
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

	/** The index of the first face that has a glyph for the character. */
	int faceFor(int codePoint) {
		for (int i = 0; i < faces.size(); i++) {
			if (faces.get(i).cmap().getGlyphId(codePoint) != 0) {
				return i;
			}
		}
		throw new CharacterNotRenderable(codePoint,
				faces.stream().map(f -> f.file().toString()).collect(Collectors.joining(", ")));
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

	TrueTypeFont font(int face) {
		return faces.get(face).font();
	}

	int size() {
		return faces.size();
	}
}
