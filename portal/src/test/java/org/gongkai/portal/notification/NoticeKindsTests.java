package org.gongkai.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.gongkai.workflow.request.NoticeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a {@link NoticeKind} registers is there: the template that words its letter and, for a notice the
 * applicant's mail announces, that mail and the notice's name in both bundles (docs/architecture.md,
 * "Adding a notice kind").
 */
class NoticeKindsTests {

	@ParameterizedTest
	@EnumSource(NoticeKind.class)
	void everyKindHasItsLetterTemplate(NoticeKind kind) {
		assertThat(getClass().getClassLoader().getResource("templates/letters/" + kind.template() + ".txt"))
			.as("templates/letters/%s.txt", kind.template())
			.isNotNull();
	}

	@ParameterizedTest
	@EnumSource(NoticeKind.class)
	void aNoticeAnnouncedByMailHasThatMailAndItsName(NoticeKind kind) throws IOException {
		var mail = Arrays.stream(ApplicantMail.values())
			.filter(m -> NoticeKind.announcedBy(m.name()).orElse(null) == kind)
			.toList();
		if (mail.isEmpty()) {
			return;
		}
		assertThat(kind.forApplicant()).as("a mail to the applicant announces only what the applicant receives").isTrue();
		assertThat(mail).hasSize(1);
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			assertThat(bundle(bundle)).as(bundle).containsKey("mail.notice." + kind.name())
				.containsKey("mail.subject." + mail.get(0).name());
		}
	}

	private Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
