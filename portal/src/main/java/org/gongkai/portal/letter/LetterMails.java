package org.gongkai.portal.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;

import org.gongkai.portal.notification.SubscriberMails;
import org.gongkai.workflow.letter.LetterEventLogged;
import org.gongkai.workflow.letter.PublicLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the writer of a letter that it was registered (forwarded), declined or answered: the mail goes into
 * the one mail outbox in the step's own transaction, so it is sent if and only if the step commits. Writers
 * who gave no e-mail address get none; they follow the letter under 我的留言.
 */
@Component
class LetterMails {

	private static final Logger log = LoggerFactory.getLogger(LetterMails.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final PublicLetters letters;

	private final SubscriberMails mails;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	LetterMails(PublicLetters letters, SubscriberMails mails, MessageSource messages, Clock clock,
			@Value("${gongkai.agency.public-url:http://127.0.0.1:8080}") String publicUrl) {
		this.letters = letters;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void logged(LetterEventLogged event) {
		String subjectKey;
		String bodyKey;
		switch (event.type()) {
			case "FORWARDED" -> {
				subjectKey = "publicletter.mail.subject.registered";
				bodyKey = "publicletter.mail.body.registered";
			}
			case "DECLINED" -> {
				subjectKey = "publicletter.mail.subject.declined";
				bodyKey = "publicletter.mail.body.declined";
			}
			case "REPLIED" -> {
				subjectKey = "publicletter.mail.subject.replied";
				bodyKey = "publicletter.mail.body.replied";
			}
			default -> {
				return;
			}
		}
		var letter = letters.findById(event.letterId()).orElse(null);
		if (letter == null || letter.getContactEmail() == null) {
			return;
		}
		var locale = mails.locale();
		var values = new HashMap<String, Object>();
		values.put("applicantName", letter.getWriterName());
		values.put("lookup", false);
		values.put("trackingUrl", publicUrl + "/me/letters/" + letter.getId());
		values.put("issuedOn", DATE.format(LocalDate.now(clock.withZone(LetterViews.ZONE))));
		values.put("body", messages.getMessage(bodyKey, new Object[] { letter.getLetterNo() }, locale));
		values.put("letterNo", letter.getLetterNo());
		values.put("letterSubject", letter.getSubject());
		values.put("reason", letter.getDeclineReason() == null ? null
				: messages.getMessage(reasonKey(letter.getDeclineReason()), null, locale));
		values.put("note", letter.getDeclineNote());
		values.put("reply", "REPLIED".equals(event.type()) ? letter.getReplyText() : null);
		var subject = messages.getMessage(subjectKey, new Object[] { mails.agencyName(), letter.getLetterNo() }, locale);
		try {
			mails.queue(new SubscriberMails.Mail(null, "LETTER_" + event.type(), letter.getContactEmail(), "publicletter",
					subject, values, null));
		}
		catch (org.thymeleaf.exceptions.TemplateProcessingException e) {
			log.error("Mail {} of letter {} could not be rendered and is not sent", event.type(), letter.getId(), e);
		}
	}

	private static String reasonKey(org.gongkai.workflow.letter.DeclineReason reason) {
		return switch (reason) {
			case NOT_IN_REMIT -> "publicletter.decline.NOT_IN_REMIT";
			case ALREADY_ANSWERED -> "publicletter.decline.ALREADY_ANSWERED";
			case ABUSIVE -> "publicletter.decline.ABUSIVE";
		};
	}
}
