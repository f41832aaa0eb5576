package org.gongkai.portal.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.workflow.publication.ChangeKind;
import org.gongkai.workflow.publication.DisclosureClass;
import org.gongkai.workflow.publication.Validity;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.Cited;
import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.request.ReplyDelivery;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.Visibility;
import org.gongkai.workflow.request.WithholdingReason;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The workflow's enum labels in the reader's language, for the pages ({@code ${@labels.of(request.status)}}).
 * A constant's name is the message {@code enum.<SimpleName>.<CONSTANT>}; where a language has no such
 * message, the enum's own {@code label()} stands, the Chinese term of the Regulations. The Chinese bundle
 * therefore needs no copy of the labels, and the JSON API keeps answering the Chinese {@code label()}.
 * The annual report's table enums (表三's rows and columns) and 《政务信息》's issues are not here: they
 * label a Chinese document.
 */
@Component("labels")
public class Labels {

	/** The enums whose constants have an English label in messages_en.properties. */
	static final List<Class<? extends Enum<?>>> ENUMS = List.of(ApplicantType.class, ApplicationChannel.class,
			ChangeKind.class, CorrectionOutcome.class, DeliveryForm.class, DeliveryMethod.class, DisclosureClass.class,
			RemedyKind.class, RemedyOutcome.class, ReplyDelivery.class, ReplyType.class, RequestKind.class,
			RequestStatus.class, Validity.class, Visibility.class, WithholdingReason.class, IdType.class);

	private static final Map<String, Class<? extends Enum<?>>> BY_NAME = ENUMS.stream()
		.collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label of an enum constant in the current locale; any other value as its text, null as null. */
	public String of(Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Enum<?> constant)) {
			return value.toString();
		}
		return messages.getMessage(key(constant), null, chinese(constant), LocaleContextHolder.getLocale());
	}

	/**
	 * The label of the constant named {@code name} of the enum named {@code type} (a view that holds the
	 * constant's name, {@code @labels.of('RequestStatus', request.status())}); null where the name is null.
	 */
	public String of(String type, String name) {
		if (name == null) {
			return null;
		}
		var enumType = BY_NAME.get(type);
		if (enumType == null) {
			throw new IllegalArgumentException("No labelled enum " + type);
		}
		for (var constant : enumType.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return of(constant);
			}
		}
		throw new IllegalArgumentException("No constant " + type + "." + name);
	}

	/**
	 * The label with its legal basis, as the workbench lists outcomes and exemptions: 部分公开（第三十七条）,
	 * "Partial disclosure (art. 37)"; the label alone where nothing is cited. The one way pages print a citation.
	 */
	public String cited(Cited value) {
		if (value == null) {
			return null;
		}
		String label = of(value);
		if (!value.citation().cited()) {
			return label;
		}
		return messages.getMessage("label.cited", new Object[] { label, citation(value) }, LocaleContextHolder.getLocale());
	}

	/** The legal basis alone in the reader's language: 第十六条第一款, "art. 16 para. 1"; empty where there is none. */
	public String citation(Cited value) {
		var citation = value.citation();
		return Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? citation.text()
				: citation.english();
	}

	/** The message key of a constant's label. */
	static String key(Enum<?> constant) {
		return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
	}

	/** The enum's own label(), the Chinese term; the constant's name where the enum has none. */
	static String chinese(Enum<?> constant) {
		try {
			return (String) constant.getDeclaringClass().getMethod("label").invoke(constant);
		}
		catch (ReflectiveOperationException | ClassCastException e) {
			return constant.name();
		}
	}
}
