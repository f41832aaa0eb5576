package org.gongkai.workflow.publication;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of proactive disclosure; ⚙ items are local choices.
 *
 * @param indexNumberTemplate ⚙ the 索引号 template, see {@link IndexNumberTemplate}
 * @param approvalLevels ⚙ candidate groups that approve after the department head, in order (default
 *        none), e.g. {@code office-editor,leader}
 * @param publishWorkingDays art. 26: published within 20 WD of the information being formed
 * @param interpretationWorkingDays a 政策解读 is published within 3 WD of the document it interprets
 * @param zone the agency's time zone, for "today" and timer instants
 * @param maxAttachmentBytes ⚙ the largest attachment accepted (default 10 MB: the files live in the database, and MySQL/MariaDB refuse rows larger than {@code max_allowed_packet}, 16 MB by default)
 * @param maxAttachments ⚙ how many attachments an item may have (default 20)
 */
@ConfigurationProperties("gongkai.workflow.publication")
public record PublicationProperties(String indexNumberTemplate, List<String> approvalLevels,
		Integer publishWorkingDays, Integer interpretationWorkingDays, ZoneId zone, Long maxAttachmentBytes,
		Integer maxAttachments) {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public PublicationProperties {
		if (indexNumberTemplate == null || indexNumberTemplate.isBlank()) {
			indexNumberTemplate = IndexNumberTemplate.DEFAULT;
		}
		approvalLevels = approvalLevels == null ? List.of()
				: approvalLevels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		publishWorkingDays = publishWorkingDays == null ? 20 : publishWorkingDays;
		interpretationWorkingDays = interpretationWorkingDays == null ? 3 : interpretationWorkingDays;
		zone = zone == null ? DEFAULT_ZONE : zone;
		maxAttachmentBytes = maxAttachmentBytes == null ? 10L * 1024 * 1024 : maxAttachmentBytes;
		maxAttachments = maxAttachments == null ? 20 : maxAttachments;
	}

	/** Defaults only. */
	public static PublicationProperties defaults() {
		return new PublicationProperties(null, null, null, null, null, null, null);
	}
}
