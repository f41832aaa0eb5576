package org.gongkai.workflow.annual;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the annual report; ⚙ items are local choices.
 *
 * @param governmentApprovalLevels ⚙ candidate groups that approve the government's report last, after
 *        保密审查, the general office's head and the ordinary ⚙ approval levels of the catalogue (default
 *        {@code leader}: the government's report is signed off by a leader of the government)
 */
@ConfigurationProperties("gongkai.workflow.annual")
public record AnnualReportProperties(List<String> governmentApprovalLevels) {

	public AnnualReportProperties {
		governmentApprovalLevels = governmentApprovalLevels == null ? List.of("leader")
				: governmentApprovalLevels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
