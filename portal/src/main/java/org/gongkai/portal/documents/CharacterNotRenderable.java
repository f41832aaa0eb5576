package org.gongkai.portal.documents;

/** A character of a notice is in none of the configured fonts, so the letter would show a blank box. */
public class CharacterNotRenderable extends IllegalArgumentException {

	private final int codePoint;

	CharacterNotRenderable(int codePoint, String fonts) {
		super(String.format("U+%04X '%s' is in none of the fonts (%s); add a font that has it to "
				+ "gongkai.documents.fallback-fonts", codePoint, Character.toString(codePoint), fonts));
		this.codePoint = codePoint;
	}

	public int codePoint() {
		return codePoint;
	}
}
