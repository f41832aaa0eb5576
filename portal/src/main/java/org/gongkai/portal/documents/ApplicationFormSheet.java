package org.gongkai.portal.documents;

import java.util.List;

/**
 * The blank 政府信息公开申请表 (art. 29) for applicants who apply in person, by post or by fax: who applies (a citizen,
 * or a legal person or other organisation), the information sought, in which form and how it is to be obtained,
 * signature and date. One layout for the DOCX and the PDF ({@link ApplicationForms}): rows on a grid of four columns
 * (label, field, label, field).
 */
final class ApplicationFormSheet {

	static final String TITLE = "政府信息公开申请表";

	/** One cell: its text, how many of the four columns it spans, and whether it is a label (shaded, not filled in). */
	record Cell(String text, int span, boolean label) {
	}

	/** One row: its cells, a section heading when it is one cell spanning all four, and its height in lines. */
	record Row(List<Cell> cells, int lines) {

		boolean heading() {
			return cells.size() == 1 && cells.get(0).label();
		}
	}

	private ApplicationFormSheet() {
	}

	static String agencyLine(String agency) {
		return "受理机关：" + agency;
	}

	static List<Row> rows() {
		return List.of(heading("申请人信息（公民）"), pair("姓　　名", "工作单位"), pair("证件名称", "证件号码"),
				pair("联系电话", "电子邮箱"), wide("通信地址", "", 1), pair("邮政编码", "传　　真"),
				heading("申请人信息（法人或其他组织）"), wide("名　　称", "", 1),
				wide("组织类型", "□商业企业　□科研机构　□社会公益组织　□法律服务机构　□其他", 1),
				pair("统一社会信用代码", "法定代表人"), pair("联 系 人", "联系电话"), pair("电子邮箱", "邮政编码"),
				wide("通信地址", "", 1), heading("所需信息情况"), wide("所需信息的名称", "", 2), wide("所需信息的文号", "", 1),
				wide("所需信息的描述", "（请写明信息的名称、文号、制作或者发布机关、形成时间等便于查找的特征性描述）", 5),
				wide("提供信息的形式", "□纸质　□电子", 1),
				wide("获取信息的方式", "□邮寄　□电子邮件　□当面领取　□在线获取　□现场查阅", 1),
				wide("特殊需求", "□申请人有阅读或者视听障碍，需要提供必要帮助（《条例》第四十三条）", 1),
				heading("申请人签名（盖章）及日期"),
				new Row(List.of(new Cell("签名（盖章）", 1, true), new Cell("", 1, false), new Cell("申请日期", 1, true),
						new Cell("　　年　　月　　日", 1, false)), 2));
	}

	/** 填表说明, printed below the table. */
	static List<String> notes() {
		return List.of("填表说明：",
				"1. 公民申请的，请填写“申请人信息（公民）”一栏，并附身份证件复印件；法人或者其他组织申请的，请填写“申请人信息（法人或其他组织）”一栏，并附统一社会信用代码证明复印件。",
				"2. 一份申请表尽量只申请一项政府信息，并写明便于查找的特征性描述。",
				"3. 申请表可以当面提交，也可以邮寄、传真至受理机关；通过邮寄方式提交的，请在信封左下角注明“政府信息公开申请”字样。也可以通过政府信息公开平台在线提交。",
				"4. 本机关自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。");
	}

	private static Row heading(String text) {
		return new Row(List.of(new Cell(text, 4, true)), 1);
	}

	private static Row pair(String first, String second) {
		return new Row(List.of(new Cell(first, 1, true), new Cell("", 1, false), new Cell(second, 1, true),
				new Cell("", 1, false)), 1);
	}

	private static Row wide(String label, String value, int lines) {
		return new Row(List.of(new Cell(label, 1, true), new Cell(value, 3, false)), lines);
	}
}
