package org.gongkai.portal.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Words a {@link Notice} from its template {@code templates/letters/<template>.txt}: a Thymeleaf text
 * template with one paragraph per line (blank lines are dropped), given the notice as {@code notice},
 * its request as {@code request}, 政府信息公开申请 or 政府信息更正申请 as {@code application}, and a
 * {@link LetterText} as {@code t}. Templates whose name starts with {@code _} are pieces the others insert.
 *
 * <p>The letters have an engine of their own, as the mails do, so that no page setting applies to them
 * and letters render without a Spring context.
 */
final class LetterTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	LetterTemplates() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/letters/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
	}

	/** The letter for a notice. */
	Letter compose(Notice notice) {
		notice.requireComplete();
		var variables = new HashMap<String, Object>();
		variables.put("notice", notice);
		variables.put("request", notice.request());
		variables.put("application", notice.request().application());
		variables.put("t", new LetterText());
		String body = engine.process(notice.template(), new Context(Locale.ROOT, variables));
		var paragraphs = Arrays.stream(body.split("\n"))
			.filter(line -> !line.isBlank())
			.map(LetterText::paragraph)
			.toList();
		Issuer issuer = notice.issuer();
		return new Letter(notice.title(), issuer.documentNumber(), notice.addressee().strip() + "：", paragraphs,
				issuer.agency(), issuer.issuedOn(),
				issuer.contact() == null ? null : "（" + ChineseText.clause(issuer.contact()) + "）");
	}
}
