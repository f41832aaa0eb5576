package org.gongkai.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** RFC 2369 / RFC 8058 headers on the mails to subscribers, and none on the applicants' mails. */
class UnsubscribeHeadersTests {

	@Test
	void aSubscriberMailNamesItsOneClickUnsubscribeAddress() throws Exception {
		var message = new JavaMailSenderImpl().createMimeMessage();
		MailOutboxRelay.unsubscribeHeaders(message, "https://gongkai.example.gov.cn/subscriptions/unsubscribe/abc");
		assertThat(message.getHeader("List-Unsubscribe", null))
			.isEqualTo("<https://gongkai.example.gov.cn/subscriptions/unsubscribe/abc>");
		assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

		var applicantMail = new JavaMailSenderImpl().createMimeMessage();
		MailOutboxRelay.unsubscribeHeaders(applicantMail, null);
		assertThat(applicantMail.getHeader("List-Unsubscribe")).isNull();
		assertThat(applicantMail.getHeader("List-Unsubscribe-Post")).isNull();
	}
}
