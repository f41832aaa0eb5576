package org.gongkai.workflow.proposal;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.statistics.Series;
import org.gongkai.workflow.statistics.StatisticsSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The 建议提案办理 section of the office's statistics: the year's 办理情况 per kind and 主办 unit. */
@Component
@Order(3)
class ProposalStatistics implements StatisticsSection {

	static final String BY_UNIT = "proposals-by-unit";

	static final String BY_CLASS = "proposals-by-class";

	private final ProposalSummary summary;

	ProposalStatistics(ProposalSummary summary) {
		this.summary = summary;
	}

	@Override
	public String id() {
		return "proposals";
	}

	@Override
	public String chartedSeries() {
		return BY_UNIT;
	}

	@Override
	public List<Series> series(int year) {
		var lines = summary.year(year);
		var byUnit = new ArrayList<List<Object>>();
		var byClass = new ArrayList<List<Object>>();
		for (var line : lines) {
			var kind = line.kind() == ProposalKind.SUGGESTION ? "人大代表建议" : "政协委员提案";
			if (line.unitCode() == null) {
				byClass.add(List.of(kind, line.cases(), line.answered(), line.classA(), line.classB(), line.classC(),
						line.onTime(), line.everyAnswered() ? "是" : "否"));
			}
			else {
				byUnit.add(List.of(kind + " · " + line.unitName(), line.cases(), line.answered(), line.classA(),
						line.classB(), line.classC(), line.onTime(), line.satisfied(), line.basicallySatisfied(),
						line.dissatisfied(), line.everyAnswered() ? "是" : "否"));
			}
		}
		return List.of(
				new Series(BY_UNIT, "各主办单位办理情况",
						List.of("类别 · 主办单位", "件数", "已答复", "A类", "B类", "C类", "按期答复", "满意", "基本满意", "不满意",
								"件件有回复"),
						byUnit),
				new Series(BY_CLASS, "按类别汇总",
						List.of("类别", "件数", "已答复", "A类", "B类", "C类", "按期答复", "件件有回复"), byClass));
	}
}
