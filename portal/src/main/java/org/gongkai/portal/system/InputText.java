package org.gongkai.portal.system;

import java.text.Normalizer;

/**
 * The one rule for text that enters the portal, applied to every string of every JSON body and every
 * form field and request parameter (see {@link InputTextConfiguration}): control characters other than
 * tab and line breaks are removed (NUL included), and so are the bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069) that make text display in another order than it is stored
 * ("Trojan Source", CVE-2021-42574); the text is put in Unicode NFC, so that the same characters are
 * stored, searched and compared the same way; and a lone UTF-16 surrogate, which is no character at
 * all, is refused as {@link UnpairedSurrogate}.
 *
 * <p>The implicit direction marks U+200E, U+200F and U+061C are kept: they cannot reorder a run of
 * text, and names and addresses in Arabic or Hebrew script need them. A U+FFFD left by a browser's
 * invalid UTF-8 is kept too: by the time it arrives it is a real character, which may equally have
 * been pasted, and the letters print it.
 */
public final class InputText {

	private InputText() {
	}

	/**
	 * The text as the portal keeps it.
	 * @throws UnpairedSurrogate if the text holds half of a surrogate pair
	 */
	public static String normalise(String text) {
		if (text == null) {
			return null;
		}
		int bad = unpairedSurrogate(text);
		if (bad >= 0) {
			throw new UnpairedSurrogate(bad);
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (removed(c)) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (out != null) {
				out.append(c);
			}
		}
		String kept = out == null ? text : out.toString();
		return Normalizer.isNormalized(kept, Normalizer.Form.NFC) ? kept : Normalizer.normalize(kept, Normalizer.Form.NFC);
	}

	private static boolean removed(char c) {
		boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
		boolean bidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
		return control || bidiControl;
	}

	/** The index of the first surrogate that is not half of a pair, or -1. */
	static int unpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return i;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** A text holds half of a UTF-16 surrogate pair, which encodes no character. */
	public static class UnpairedSurrogate extends IllegalArgumentException {

		/** The key of the field error or problem detail. */
		public static final String MESSAGE_KEY = "input.unpairedSurrogate";

		private final int index;

		UnpairedSurrogate(int index) {
			super("text holds an unpaired UTF-16 surrogate at index " + index);
			this.index = index;
		}

		public int index() {
			return index;
		}
	}
}
