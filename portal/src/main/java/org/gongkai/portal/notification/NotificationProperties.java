package org.gongkai.portal.notification;

import java.time.Duration;
import java.util.Locale;

import org.gongkai.workflow.outbox.OutboxBackOff;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-mails to applicants. The mail server itself is Spring Boot's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, ...); without {@code spring.mail.host} the mails
 * are still queued and wait for one.
 *
 * @param from sender address of every mail
 * @param agencyName the agency that signs the mails and names itself in the subject
 * @param relayInterval how often every node looks for mails still to send
 * @param retryDelay pause after the first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest pause between two attempts
 * @param claimTimeout how long a node holds a mail while sending it; after that another node may
 *        take it over (the first node is assumed dead), so it must exceed the SMTP timeouts
 * @param locale language of the mails (Simplified Chinese)
 * @param tellConsultation ⚙ whether applicants are told by e-mail when a consultation stops the clock
 *        and when it runs again (art. 33 ¶3 does not require it; default yes)
 */
@ConfigurationProperties("gongkai.mail")
public record NotificationProperties(String from, String agencyName, Duration relayInterval, Duration retryDelay,
		Duration maxRetryDelay, Duration claimTimeout, Locale locale, Boolean tellConsultation) {

	public NotificationProperties {
		from = from == null || from.isBlank() ? "noreply@gongkai.example.gov.cn" : from.strip();
		agencyName = agencyName == null || agencyName.isBlank() ? "市人民政府" : agencyName.strip();
		relayInterval = relayInterval == null ? Duration.ofSeconds(5) : relayInterval;
		retryDelay = retryDelay == null || retryDelay.isNegative() || retryDelay.isZero() ? Duration.ofSeconds(30) : retryDelay;
		maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(30) : maxRetryDelay;
		maxRetryDelay = maxRetryDelay.compareTo(retryDelay) < 0 ? retryDelay : maxRetryDelay;
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
		locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
		tellConsultation = tellConsultation == null || tellConsultation;
	}

	/**
	 * The pause before the next attempt after {@code failures} failed ones: the outbox's
	 * {@link OutboxBackOff} (Spring's {@code ExponentialBackOff}) from {@link #retryDelay()}, doubled for
	 * each further failure, at most {@link #maxRetryDelay()}.
	 */
	public Duration retryAfter(int failures) {
		return new OutboxBackOff(retryDelay, maxRetryDelay).after(failures);
	}
}
