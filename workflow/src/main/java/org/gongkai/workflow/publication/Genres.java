package org.gongkai.workflow.publication;

import java.util.List;

/** 体裁分类 (SPEC §4.1): the 15 公文 types and the catalogue's other genres. */
public final class Genres {

	public static final List<String> ALL = List.of("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报",
			"报告", "请示", "批复", "议案", "函", "纪要", "规划", "计划", "总结", "统计数据", "解读", "公示", "动态", "指南", "其他");

	/** The same list as a validation pattern; empty is allowed. */
	public static final String PATTERN = "^$|^(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|规划|计划|总结|统计数据|解读|公示|动态|指南|其他)$";

	private Genres() {
	}
}
