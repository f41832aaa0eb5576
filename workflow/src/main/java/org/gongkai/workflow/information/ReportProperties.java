package org.gongkai.workflow.information;

import java.time.ZoneId;
import java.util.List;

import org.gongkai.workflow.InvalidValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ Local choices of 政务信息 work.
 *
 * @param unitReviewLevels roles that review an item in its unit, in order, 1 to 3 (default the
 *        department head); each is offered to the role within the item's unit ({@code dept-head:fgw})
 * @param officeUnit the general office's department code, owner of joint items (合报)
 * @param defaultUnitClass the quota class of a unit without one of its own
 * @param zone the agency's time zone, for dates of facts and periods
 */
@ConfigurationProperties("gongkai.workflow.report")
public record ReportProperties(List<String> unitReviewLevels, String officeUnit, Integer defaultUnitClass,
		ZoneId zone) {

	public ReportProperties {
		unitReviewLevels = unitReviewLevels == null || unitReviewLevels.isEmpty() ? List.of("dept-head")
				: List.copyOf(unitReviewLevels);
		if (unitReviewLevels.size() > 3) {
			throw new InvalidValue("gongkai.workflow.report.unit-review-levels", "information.reviewLevels.max");
		}
		officeUnit = officeUnit == null || officeUnit.isBlank() ? "bgs" : officeUnit;
		defaultUnitClass = defaultUnitClass == null ? 3 : defaultUnitClass;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
	}
}
