package org.gongkai.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** The relay's rules without a server: which events mail the applicant, the back-off, outages. */
class MailRetryTests {

	static final NotificationProperties DEFAULTS = new NotificationProperties(null, null, null, null, null, null, null, null);

	@Test
	void defaults() {
		assertThat(DEFAULTS.from()).isEqualTo("noreply@gongkai.example.gov.cn");
		assertThat(DEFAULTS.agencyName()).isEqualTo("市人民政府");
		assertThat(DEFAULTS.relayInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(DEFAULTS.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void failuresBackOffExponentiallyUpToHalfAnHour() {
		assertThat(DEFAULTS.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(DEFAULTS.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(DEFAULTS.retryAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(DEFAULTS.retryAfter(6)).isEqualTo(Duration.ofMinutes(16));
		assertThat(DEFAULTS.retryAfter(7)).isEqualTo(Duration.ofMinutes(30));
		assertThat(DEFAULTS.retryAfter(1_000_000)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void nonsensicalDelaysFallBackToSaneOnes() {
		var odd = new NotificationProperties(" ", "", null, Duration.ZERO, Duration.ofSeconds(1), null, null, null);
		assertThat(odd.retryDelay()).isEqualTo(Duration.ofSeconds(30));
		assertThat(odd.maxRetryDelay()).as("never below the first delay").isEqualTo(Duration.ofSeconds(30));
		assertThat(odd.from()).isEqualTo("noreply@gongkai.example.gov.cn");
	}

	@Test
	void onlyTheStepsTheApplicantMustKnowAboutSendMail() {
		assertThat(ApplicantMail.values()).extracting(Enum::name)
			.containsExactly("SUBMITTED", "RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "DEEMED_WITHDRAWN",
					"EXTENDED", "CONSULTATION_STARTED", "CONSULTATION_ENDED", "FEE_NOTICE", "FEE_PAID", "FEE_UNPAID",
					"REASONS_REQUESTED", "REPLY_POSTPONED", "REPLIED", "WITHDRAWN", "DELIVERED");
		for (var internal : new String[] { "ASSIGNED", "REPLY_PROPOSED", "RETURNED", "DUE_SOON", "SUPPLEMENT_TEXT",
				"REASONS_TEXT", "REASONS_LAPSED", "REVIEW_APPROVED", "ARCHIVED", "PUBLIC_WITHDRAWN" }) {
			assertThat(ApplicantMail.forEvent(internal)).as(internal).isEmpty();
		}
		assertThat(ApplicantMail.forEvent("RECEIVED")).contains(ApplicantMail.RECEIVED);
		assertThat(ApplicantMail.forEvent("CONSULTATION_STARTED", false)).as("⚙ applicants not told").isEmpty();
		assertThat(ApplicantMail.forEvent("CONSULTATION_ENDED", false)).isEmpty();
		assertThat(ApplicantMail.forEvent("FEE_NOTICE", false)).contains(ApplicantMail.FEE_NOTICE);
	}

	@Test
	void anUnreachableServerIsToldApartFromARejectedMail() {
		var refused = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
		assertThat(MailOutboxRelay.unreachable(refused)).isTrue();
		assertThat(MailOutboxRelay.unreachable(new MailAuthenticationException("535 bad credentials"))).isTrue();

		var rejected = new MailSendException("Failed messages", new SendFailedException("550 no such user"));
		assertThat(MailOutboxRelay.unreachable(rejected)).isFalse();
		assertThat(MailOutboxRelay.unreachable(new MailParseException("bad address"))).isFalse();
	}
}
