package org.gongkai.workflow.annual;

import java.util.List;

import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;

/**
 * The rows of 表三 (SPEC §3) in their official order, with their labels verbatim: the section
 * (一、…四、), the result group (（一）…（七）) and the item (1. …). A label left null is merged
 * into the one before it in every rendering.
 */
public enum Table3Row {

	NEW_RECEIVED("newlyReceived", "一、本年新收政府信息公开申请数量", null, null),
	CARRIED_IN("carriedIn", "二、上年结转政府信息公开申请数量", null, null),
	DISCLOSED("result.disclosed", Table3Row.RESULTS, "（一）予以公开", null),
	PARTIAL("result.partial", Table3Row.RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
	WITHHELD_1("result.withheld.1", Table3Row.RESULTS, Table3Row.WITHHELD, "1.属于国家秘密"),
	WITHHELD_2("result.withheld.2", Table3Row.RESULTS, Table3Row.WITHHELD, "2.其他法律行政法规禁止公开"),
	WITHHELD_3("result.withheld.3", Table3Row.RESULTS, Table3Row.WITHHELD, "3.危及\"三安全一稳定\""),
	WITHHELD_4("result.withheld.4", Table3Row.RESULTS, Table3Row.WITHHELD, "4.保护第三方合法权益"),
	WITHHELD_5("result.withheld.5", Table3Row.RESULTS, Table3Row.WITHHELD, "5.属于三类内部事务信息"),
	WITHHELD_6("result.withheld.6", Table3Row.RESULTS, Table3Row.WITHHELD, "6.属于四类过程性信息"),
	WITHHELD_7("result.withheld.7", Table3Row.RESULTS, Table3Row.WITHHELD, "7.属于行政执法案卷"),
	WITHHELD_8("result.withheld.8", Table3Row.RESULTS, Table3Row.WITHHELD, "8.属于行政查询事项"),
	NOT_AVAILABLE_1("result.notAvailable.1", Table3Row.RESULTS, Table3Row.NOT_AVAILABLE, "1.本机关不掌握相关政府信息"),
	NOT_AVAILABLE_2("result.notAvailable.2", Table3Row.RESULTS, Table3Row.NOT_AVAILABLE, "2.没有现成信息需要另行制作"),
	NOT_AVAILABLE_3("result.notAvailable.3", Table3Row.RESULTS, Table3Row.NOT_AVAILABLE, "3.补正后申请内容仍不明确"),
	NOT_PROCESSED_1("result.notProcessed.1", Table3Row.RESULTS, Table3Row.NOT_PROCESSED, "1.信访举报投诉类申请"),
	NOT_PROCESSED_2("result.notProcessed.2", Table3Row.RESULTS, Table3Row.NOT_PROCESSED, "2.重复申请"),
	NOT_PROCESSED_3("result.notProcessed.3", Table3Row.RESULTS, Table3Row.NOT_PROCESSED, "3.要求提供公开出版物"),
	NOT_PROCESSED_4("result.notProcessed.4", Table3Row.RESULTS, Table3Row.NOT_PROCESSED, "4.无正当理由大量反复申请"),
	NOT_PROCESSED_5("result.notProcessed.5", Table3Row.RESULTS, Table3Row.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
	OTHER_1("result.other.1", Table3Row.RESULTS, Table3Row.OTHER_HANDLING,
			"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
	OTHER_2("result.other.2", Table3Row.RESULTS, Table3Row.OTHER_HANDLING,
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
	OTHER_3("result.other.3", Table3Row.RESULTS, Table3Row.OTHER_HANDLING, "3.其他"),
	RESULT_TOTAL("result.total", Table3Row.RESULTS, "（七）总计", null),
	CARRIED_OUT("carriedOut", "四、结转下年度继续办理", null, null);

	static final String RESULTS = "三、本年度办理结果";

	static final String WITHHELD = "（三）不予公开";

	static final String NOT_AVAILABLE = "（四）无法提供";

	static final String NOT_PROCESSED = "（五）不予处理";

	static final String OTHER_HANDLING = "（六）其他处理";

	private final String key;

	private final String section;

	private final String group;

	private final String item;

	Table3Row(String key, String section, String group, String item) {
		this.key = key;
		this.section = section;
		this.group = group;
		this.item = item;
	}

	/** Stable key of the row in the JSON of the API. */
	public String key() {
		return key;
	}

	public String section() {
		return section;
	}

	public String group() {
		return group;
	}

	public String item() {
		return item;
	}

	/** The most specific label, as a check names the cell. */
	public String label() {
		return item != null ? group + item : group != null ? group : section;
	}

	/** The rows (一)–(六) whose sum is (七). */
	public static List<Table3Row> results() {
		return List.of(values()).subList(DISCLOSED.ordinal(), RESULT_TOTAL.ordinal());
	}

	/**
	 * Where a finished request is counted (SPEC §2.4): in exactly one row, so that （七）总计 counts each
	 * application once (国办公开办函〔2021〕30号). A partial disclosure only in (二). A refusal citing
	 * several reasons counts once, under the weightiest: the reason of the lowest row of （三）, in the
	 * order of arts. 14–16 (国家秘密 before 法律禁止, before 三安全一稳定, before 第三方, …), whatever order
	 * the letter lists them in; a refusal without a recorded reason counts under 2.其他法律行政法规禁止公开.
	 */
	public static Table3Row of(ReplyType type, List<WithholdingReason> reasons) {
		return switch (type) {
			case ALREADY_PUBLIC, DISCLOSE -> DISCLOSED;
			case PARTIAL -> PARTIAL;
			case WITHHOLD -> values()[WITHHELD_1.ordinal() - 1 + principal(reasons).reportRow()];
			case ADMIN_QUERY -> WITHHELD_8;
			case NOT_HELD, NOT_RESPONSIBLE -> NOT_AVAILABLE_1;
			case NEEDS_CREATION -> NOT_AVAILABLE_2;
			case STILL_UNCLEAR -> NOT_AVAILABLE_3;
			case PETITION -> NOT_PROCESSED_1;
			case DUPLICATE -> NOT_PROCESSED_2;
			case PUBLICATION -> NOT_PROCESSED_3;
			case MASS_REPEATED -> NOT_PROCESSED_4;
			case CONFIRM_REISSUE -> NOT_PROCESSED_5;
			case ABANDONED_NO_SUPPLEMENT -> OTHER_1;
			case ABANDONED_FEE_UNPAID -> OTHER_2;
			case OTHER -> OTHER_3;
		};
	}

	/** The reason a refusal is counted under: the one of the lowest row. */
	static WithholdingReason principal(List<WithholdingReason> reasons) {
		return reasons.stream()
			.min(java.util.Comparator.comparingInt(WithholdingReason::reportRow))
			.orElse(WithholdingReason.PROHIBITED_BY_LAW);
	}
}
