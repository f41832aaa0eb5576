package org.gongkai.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** The relay against a stand-in mail server and a mocked outbox: what it claims, sends and backs off. */
class MailRelayTests {

	static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");

	static final NotificationProperties PROPERTIES = new NotificationProperties(null, null, null, null, null, null,
			null);

	final MailOutbox outbox = mock(MailOutbox.class);

	final RecordingSender server = new RecordingSender();

	MailOutboxRelay relay;

	@AfterEach
	void stop() throws InterruptedException {
		relay.stop();
	}

	@Test
	void withoutAMailServerTheMailsWaitAndTheRelaySaysSoOnce() {
		when(outbox.countBySentAtIsNull()).thenReturn(3L);
		relay = new MailOutboxRelay(outbox, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(relay.drain()).isZero();
		assertThat(relay.drain()).isZero();
		verify(outbox, times(1)).countBySentAtIsNull();
		verify(outbox, never()).findDue(any(), any());
		verify(outbox, never()).claim(any(), any(), any());
	}

	@Test
	void aRejectedMailBacksOffWithoutHoldingUpTheOthers() throws MessagingException {
		var rejected = entry(1L, "nobody@example.com", 2);
		var good = entry(2L, "zhangsan@example.com", 0);
		var taken = entry(3L, "lisi@example.com", 0);
		when(outbox.findDue(any(), any())).thenReturn(List.of(rejected, good, taken));
		when(outbox.claim(eq(1L), any(), any())).thenReturn(1);
		when(outbox.claim(eq(2L), any(), any())).thenReturn(1);
		when(outbox.claim(eq(3L), any(), any())).thenReturn(0);
		relay = new MailOutboxRelay(outbox, provider(server), PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(relay.drain()).isEqualTo(1);

		verify(outbox).claim(1L, NOW, NOW.plus(Duration.ofMinutes(5)));
		verify(outbox).markFailed(eq(1L), eq(NOW.plus(Duration.ofMinutes(2))), anyString());
		verify(outbox).markSent(2L, NOW);
		verify(outbox, never()).markSent(eq(3L), any());
		assertThat(server.sent).hasSize(1);
		var mail = server.sent.get(0);
		assertThat(mail.getHeader("Message-ID")[0])
			.isEqualTo("<gongkai.2." + NOW.toEpochMilli() + "@gongkai.example.gov.cn>");
		assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
		assertThat(mail.getSubject()).isEqualTo("【市人民政府】政府信息公开申请受理回执");
	}

	@Test
	void anOutageEndsThePassAndKeepsTheMailsInOrder() {
		server.down = true;
		var first = entry(1L, "zhangsan@example.com", 7);
		var second = entry(2L, "lisi@example.com", 0);
		when(outbox.findDue(any(), any())).thenReturn(List.of(first, second));
		when(outbox.claim(any(), any(), any())).thenReturn(1);
		relay = new MailOutboxRelay(outbox, provider(server), PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(relay.drain()).isZero();

		verify(outbox).markFailed(eq(1L), eq(NOW.plus(Duration.ofSeconds(30))), anyString());
		verify(outbox, never()).claim(eq(2L), any(), any());
	}

	private static MailOutboxEntry entry(Long id, String recipient, int attempts) {
		var entry = new MailOutboxEntry(42L, "RECEIVED", recipient,
				new ComposedMail("【市人民政府】政府信息公开申请受理回执", "尊敬的张三：", "<p>尊敬的张三：</p>"), NOW);
		ReflectionTestUtils.setField(entry, "id", id);
		ReflectionTestUtils.setField(entry, "attempts", attempts);
		return entry;
	}

	private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		var beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		return beans.getBeanProvider(JavaMailSender.class);
	}

	/** Accepts every mail except to nobody@; refuses connections while {@code down}. */
	static class RecordingSender extends JavaMailSenderImpl {

		final List<MimeMessage> sent = new ArrayList<>();

		boolean down;

		@Override
		public void send(MimeMessage message) {
			if (down) {
				throw new MailSendException("Mail server connection failed",
						new MessagingException("Couldn't connect to host", new ConnectException("refused")));
			}
			try {
				if (message.getAllRecipients()[0].toString().startsWith("nobody@")) {
					throw new MailSendException("Failed messages", new SendFailedException("550 no such user"));
				}
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
			sent.add(message);
		}
	}
}
