package org.gongkai.portal.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestNotices;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mails from {@code templates/mail/*.html} and their plain-text twins {@code *.txt}, with
 * the wording in {@code messages*.properties} ({@code mail.*}).
 * <p>
 * The mail templates have an engine of their own rather than the pages' one, so that their text-mode
 * resolver cannot shadow a page template and the pages' settings (cache off in development, a web
 * context) do not apply to mails.
 */
@Component
class MailComposer {

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final RequestProperties requestProperties;

	private final Clock clock;

	private final String publicUrl;

	private final RequestNotices notices;

	MailComposer(MessageSource messages, NotificationProperties properties, RequestProperties requestProperties,
			Clock clock, @Value("${gongkai.agency.public-url:http://127.0.0.1:8080}") String publicUrl,
			RequestNotices notices) {
		this.notices = notices;
		this.messages = messages;
		this.properties = properties;
		this.requestProperties = requestProperties;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.templates = new SpringTemplateEngine();
		this.templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		this.templates.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	ComposedMail compose(ApplicantMail mail, DisclosureRequest request) {
		var locale = properties.locale();
		var variables = variables(request, locale);
		NoticeKind.announcedBy(mail.name()).flatMap(kind -> notices.findByRequestIdOrderByIdAsc(request.getId())
			.stream()
			.filter(notice -> notice.getKind() == kind)
			.reduce((first, second) -> second))
			.ifPresent(notice -> variables.put("noticeNo", notice.getNoticeNo()));
		if (mail == ApplicantMail.RECEIVED) {
			variables.put("queryCode", request.getQueryCode());
		}
		var subject = subject(mail, request, locale);
		variables.put("subject", subject);
		var context = new Context(locale, variables);
		var html = templates.process("mail/" + mail.template() + ".html", context);
		var text = templates.process("mail/" + mail.template() + ".txt", context);
		if (request.isCorrection()) {
			return new ComposedMail(asCorrection(subject), asCorrection(text), asCorrection(html));
		}
		return new ComposedMail(subject, text, html);
	}

	/**
	 * A mail that is not about a request (the subscribers' mails): {@code templates/mail/<template>.html}
	 * and {@code .txt} rendered with the given values, which the caller has already formatted.
	 */
	ComposedMail render(String template, String subject, Map<String, Object> values) {
		var variables = new HashMap<String, Object>(values);
		variables.put("agencyName", properties.agencyName());
		variables.put("subject", subject);
		var context = new Context(properties.locale(), variables);
		return new ComposedMail(subject, templates.process("mail/" + template + ".txt", context),
				templates.process("mail/" + template + ".html", context));
	}

	/** The mails are worded for disclosure requests; a correction request (art. 41) is named as what it is. */
	private static String asCorrection(String wording) {
		return wording.replace(RequestKind.DISCLOSURE.label(), RequestKind.CORRECTION.label());
	}

	/** For example 【市人民政府】政府信息公开申请受理回执（受理编号：GK2026-000012）. */
	private String subject(ApplicantMail mail, DisclosureRequest request, Locale locale) {
		var subject = messages.getMessage("mail.subject." + mail.name(), new Object[] { properties.agencyName() },
				locale);
		if (request.getReceiptNo() != null) {
			subject += messages.getMessage("mail.subject.receiptNo", new Object[] { request.getReceiptNo() }, locale);
		}
		return subject;
	}

	/** Every value as display text: dates already formatted, so templates hold no formatting rules. */
	private Map<String, Object> variables(DisclosureRequest request, Locale locale) {
		var zone = requestProperties.zone();
		var date = DateTimeFormatter.ofPattern(messages.getMessage("mail.format.date", null, locale), locale);
		var dateTime = DateTimeFormatter.ofPattern(messages.getMessage("mail.format.dateTime", null, locale), locale)
			.withZone(zone);
		var variables = new HashMap<String, Object>();
		variables.put("agencyName", properties.agencyName());
		variables.put("applicantName", request.getApplicant().getApplicantName());
		variables.put("receiptNo", request.getReceiptNo());
		variables.put("title", request.getTitle());
		variables.put("docNumber", request.getDocNumber());
		variables.put("submittedAt", request.getSubmittedAt() == null ? null : dateTime.format(request.getSubmittedAt()));
		variables.put("receivedOn", format(date, request.getReceivedOn()));
		variables.put("replyDueOn", format(date, request.getReplyDueOn()));
		variables.put("replyDueProvisional", request.isReplyDueProvisional());
		variables.put("replyWorkingDays", String.valueOf(requestProperties.replyWorkingDays()));
		variables.put("supplementNote", request.getSupplementNote());
		variables.put("supplementDueOn", format(date, request.getSupplementDueOn()));
		variables.put("closedOn", request.getClosedAt() == null ? null
				: format(date, LocalDate.ofInstant(request.getClosedAt(), zone)));
		variables.put("outcome", request.getOutcomeLabel());
		variables.put("issuedOn", date.format(LocalDate.now(clock.withZone(zone))));
		variables.put("originalDueOn", format(date, request.getOriginalDueOn()));
		variables.put("extensionReason", request.getExtensionReason());
		variables.put("pausedSince", format(date, request.getPausedSince()));
		variables.put("feeAmount", request.getFeeAmount() == null ? null
				: request.getFeeAmount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
		variables.put("feeMethod", request.getFeeMethod() == null ? null
				: messages.getMessage("mail.fee." + request.getFeeMethod(), null, request.getFeeMethod(), locale));
		variables.put("feeDueOn", format(date, request.getFeeDueOn()));
		variables.put("feePaidOn", format(date, request.getFeePaidOn()));
		variables.put("reasonsDueOn", format(date, request.getReasonsDueOn()));
		variables.put("laterDueOn", format(date, request.getLaterDueOn()));
		variables.put("replyLetterNo", request.getReplyLetterNo());
		variables.put("replyDelivery", request.getReplyDelivery() == null ? null
				: messages.getMessage("mail.delivery." + request.getReplyDelivery(), null,
						request.getReplyDelivery().label(), locale));
		variables.put("replyTrackingNo", request.getReplyTrackingNo());
		variables.put("replyDeliveredOn", format(date, request.getReplyDeliveredOn()));
		// with a receipt number, the lookup that needs no account (the number filled in, never the 查询码: addresses end
		// up in logs and histories); before it, the tracking page of the applicant's account
		variables.put("lookup", request.getReceiptNo() != null);
		variables.put("trackingUrl", request.getReceiptNo() != null
				? publicUrl + "/requests/lookup?no=" + URLEncoder.encode(request.getReceiptNo(), StandardCharsets.UTF_8)
				: publicUrl + "/requests/" + request.getId());
		return variables;
	}

	private static String format(DateTimeFormatter format, LocalDate date) {
		return date == null ? null : format.format(date);
	}
}
