package org.gongkai.workflow.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of proactive disclosure.
 *
 * @param indexNumberTemplate the 索引号 template, see {@link IndexNumberTemplate}
 */
@ConfigurationProperties("gongkai.workflow.publication")
public record PublicationProperties(String indexNumberTemplate) {

	public PublicationProperties {
		if (indexNumberTemplate == null || indexNumberTemplate.isBlank()) {
			indexNumberTemplate = IndexNumberTemplate.DEFAULT;
		}
	}
}
