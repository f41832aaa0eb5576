package org.gongkai.workflow;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value the law or the agency's practice cannot accept (an extension of −5 working days, a letter
 * received in year 1, a 10 MB body): names the field, the message key the portal shows and the key's
 * arguments. Nothing was written.
 *
 * <p>The keys live in {@code workflow-messages.properties} (Chinese) and {@code workflow-messages_en.properties}
 * beside the domain; the portal's {@code MessageSource} reads them in the caller's language. The exception's own
 * message is {@code field: } followed by the Chinese text, for the log.
 */
public class InvalidValue extends IllegalArgumentException implements Refusal {

	/** The domain's message bundle, also one of the portal's message sources. */
	public static final String BUNDLE = "workflow-messages";

	private final String field;

	private final String messageKey;

	private final transient List<Object> args;

	public InvalidValue(String field, String messageKey, Object... args) {
		super(field + ": " + text(messageKey, args));
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	@Override
	public String messageKey() {
		return messageKey;
	}

	@Override
	public Object[] args() {
		return args.toArray();
	}

	/** The Chinese text without the field, the default where a message source lacks the key. */
	public String detail() {
		return getMessage().substring(field.length() + 2);
	}

	private static String text(String key, Object[] args) {
		try {
			var pattern = ResourceBundle
				.getBundle(BUNDLE, Locale.ROOT,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
			return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
		}
		catch (MissingResourceException e) {
			return key;
		}
	}
}
