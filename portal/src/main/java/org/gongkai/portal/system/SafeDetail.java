package org.gongkai.portal.system;

import java.util.regex.Pattern;

/**
 * Decides whether an exception's message may be shown to the caller. Our own domain exceptions and the
 * {@code IllegalArgumentException}s our code throws carry texts written for people ({@code "field: 说明"});
 * messages of JDK, framework and library exceptions carry class names, values and file paths, and are
 * never shown.
 */
public final class SafeDetail {

	private static final String OURS = "org.gongkai.";

	/** Class names, stack frames, exception names and file paths. */
	private static final Pattern INTERNALS = Pattern.compile("(?:\\b(?:org|java|javax|jakarta|com|sun|jdk|net|io)\\.[a-z_$][\\w$]*\\.)"
			+ "|Exception|\\bat [\\w$.]+\\(|(?:^|[\\s(\\[\"'=:,，：（])/(?:[\\w.-]+/)+[\\w.-]*|\\b[A-Za-z]:\\\\"
			+ "|\\.(?:ttf|ttc|otf|java|class|jar)\\b|\\bENGINE-\\d+|\\bSQL|\\bHHH\\d+|\\bFailed to ");

	private SafeDetail() {
	}

	/** The message if it was written by our code for people and shows no internals, else the fallback. */
	public static String of(Throwable e, String fallback) {
		var message = e.getMessage();
		if (message == null || message.isBlank() || !ours(e) || revealsInternals(message)) {
			return fallback;
		}
		return message;
	}

	/** Whether the exception is one of ours, or a plain one our code threw with a message of its own. */
	static boolean ours(Throwable e) {
		if (e.getClass().getName().startsWith(OURS)) {
			return true;
		}
		boolean plain = e.getClass() == IllegalArgumentException.class || e.getClass() == IllegalStateException.class;
		var trace = e.getStackTrace();
		return plain && trace.length > 0 && trace[0].getClassName().startsWith(OURS);
	}

	/** Whether the text names classes, exceptions or files, or reads like a library's diagnostics. */
	public static boolean revealsInternals(String text) {
		return text != null && INTERNALS.matcher(text).find();
	}
}
