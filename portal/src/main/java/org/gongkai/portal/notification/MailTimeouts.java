package org.gongkai.portal.notification;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the auto-configured mail sender timeouts unless {@code spring.mail.properties.*} sets them:
 * Jakarta Mail waits forever by default, and a mail server that accepts the connection but never
 * answers would hold the relay (and its claims) indefinitely.
 *
 * @see <a href="https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary">Jakarta
 *      Mail properties</a>
 */
@Component
class MailTimeouts implements BeanPostProcessor {

	static final String CONNECT_MILLIS = "10000";

	static final String READ_WRITE_MILLIS = "60000";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			var settings = sender.getJavaMailProperties();
			for (var protocol : new String[] { "smtp", "smtps" }) {
				settings.putIfAbsent("mail." + protocol + ".connectiontimeout", CONNECT_MILLIS);
				settings.putIfAbsent("mail." + protocol + ".timeout", READ_WRITE_MILLIS);
				settings.putIfAbsent("mail." + protocol + ".writetimeout", READ_WRITE_MILLIS);
			}
			// applies the properties to the session the sender creates on first use
			sender.setJavaMailProperties(settings);
		}
		return bean;
	}
}
