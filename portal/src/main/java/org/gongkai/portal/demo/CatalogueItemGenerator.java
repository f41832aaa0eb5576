package org.gongkai.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.publication.ItemContent;

/**
 * Makes up realistic catalogue items (titles, 文号, summaries, bodies, 主题分类, 体裁) for every column
 * of the default tree and a dozen municipal departments. The same seed, count and end date give the
 * same items in the same order, so demo runs and benchmarks can be compared.
 */
public final class CatalogueItemGenerator {

	/** The seed the demo uses. */
	public static final long DEMO_SEED = 20260501L;

	/** How far back the 成文日期 of generated items reach. */
	static final int DAYS_BACK = 3 * 365;

	/** What an issuing department writes about. */
	record Profile(Department department, String abbreviation, String topic, List<String> subjects) {
	}

	/** One generated item and the department that publishes it. */
	public record Generated(String departmentCode, ItemContent content) {
	}

	/** The departments items are generated for; the first three are the demo users' departments. */
	public static final List<Profile> PROFILES = List.of(
			profile("fgw", "市发展和改革委员会", "000014349", false, "发改", "国民经济管理、国有资产监管\\发展规划",
					"价格监测", "节能降碳", "重点项目建设", "社会信用体系建设", "营商环境优化", "粮食安全保障"),
			profile("jyj", "市教育局", "000014350", false, "教", "科技、教育\\教育", "义务教育招生入学", "学前教育普惠发展", "中小学课后服务",
					"教师队伍建设", "学生资助", "校园安全管理"),
			profile("bgs", "市人民政府办公室", "000014348", true, "政办", "综合政务\\政务公开", "政务公开", "政务服务“一网通办”",
					"政府信息公开", "12345政务服务便民热线", "督查督办", "行政规范性文件管理"),
			profile("czj", "市财政局", "000014351", false, "财", "财政、金融、审计\\财政", "政府采购", "预算绩效管理", "国有资产管理",
					"惠企资金兑付", "政府债券管理", "非税收入征缴"),
			profile("sthjj", "市生态环境局", "000014352", false, "环", "城乡建设、环境保护\\环境监测、保护与治理", "大气污染防治",
					"水环境质量监测", "建设项目环境影响评价", "固体废物污染防治", "噪声污染防治", "生态环境执法"),
			profile("wjw", "市卫生健康委员会", "000014353", false, "卫健", "卫生、体育\\卫生", "基层医疗卫生服务", "传染病防控",
					"家庭医生签约服务", "医疗机构执业管理", "老年健康服务", "卫生健康统计"),
			profile("scjgj", "市市场监督管理局", "000014354", false, "市监", "市场监管、安全生产监管\\市场监管", "食品安全抽检",
					"特种设备安全监察", "价格行为监管", "市场主体登记", "产品质量监督抽查", "知识产权保护"),
			profile("zjj", "市住房和城乡建设局", "000014355", false, "建", "城乡建设、环境保护\\城乡建设", "城镇老旧小区改造",
					"保障性住房", "建筑施工安全", "物业服务管理", "住房公积金"),
			profile("jtj", "市交通运输局", "000014356", false, "交", "工业、交通\\交通", "城市公共交通", "农村公路建设", "道路运输管理",
					"网络预约出租汽车管理", "交通运输安全生产", "港口航道建设"),
			profile("rsj", "市人力资源和社会保障局", "000014357", false, "人社", "劳动、人事、监察\\劳动就业", "高校毕业生就业",
					"职业技能培训", "城乡居民基本养老保险", "最低工资标准", "劳动保障监察", "事业单位公开招聘"),
			profile("mzj", "市民政局", "000014358", false, "民", "民政、扶贫、救灾\\民政", "城乡最低生活保障", "养老服务设施建设",
					"社会组织登记管理", "困难群众救助", "婚姻登记服务", "殡葬管理"),
			profile("yjj", "市应急管理局", "000014359", false, "应急", "市场监管、安全生产监管\\安全生产监管", "防汛抗旱",
					"危险化学品安全", "森林防灭火", "安全生产执法检查", "自然灾害救助", "应急物资储备"));

	private static final String[] ACTIONS = { "进一步加强", "做好", "深入推进", "全面加强", "扎实推进", "规范" };

	private static final String[] MEASURES = { "加强组织领导，明确责任分工，确保各项任务落到实处。", "建立健全工作机制，定期调度进展，及时研究解决存在的问题。",
			"加大宣传力度，通过政府网站、政务新媒体等渠道及时发布信息，回应社会关切。", "强化监督检查，将工作开展情况纳入年度绩效考核。",
			"加强部门协同，形成工作合力，提升服务群众和企业的便利度。", "严格落实保密审查制度，依法依规做好信息发布工作。",
			"鼓励社会各界积极参与，畅通意见建议反映渠道。", "加强数据统计分析，定期形成报告报送市人民政府。" };

	private final Random random;

	private final LocalDate until;

	/**
	 * @param seed the same seed gives the same items
	 * @param until the latest 成文日期; items are spread over the {@value #DAYS_BACK} days before it
	 */
	public CatalogueItemGenerator(long seed, LocalDate until) {
		this.random = new Random(seed);
		this.until = until;
	}

	/** The departments as entities, for loading into an empty database. */
	public static List<Department> departments() {
		return PROFILES.stream().map(Profile::department).toList();
	}

	/** The next {@code count} items. */
	public List<Generated> generate(int count) {
		List<Generated> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			items.add(next());
		}
		return items;
	}

	/** One more item: a department, a column weighted as real catalogues are, and its text. */
	public Generated next() {
		Profile p = pick(PROFILES);
		LocalDate written = this.until.minusDays(this.random.nextInt(DAYS_BACK));
		int year = written.getYear();
		String subject = pick(p.subjects());
		String dept = p.department().getName();
		int serial = 1 + this.random.nextInt(120);
		String column = column();
		String action = pick(List.of(ACTIONS));
		String title;
		String genre;
		String topic = p.topic();
		String docNumber = null;
		String summary;
		switch (column) {
			case "normative" -> {
				boolean measures = this.random.nextBoolean();
				title = measures ? "关于印发《市" + subject + "管理办法》的通知" : "关于" + action + subject + "工作的意见";
				genre = measures ? "通知" : "意见";
				docNumber = p.abbreviation() + "规〔" + year + "〕" + serial + "号";
				summary = "为" + action + subject + "工作，结合本市实际，制定" + (measures ? "本办法" : "本意见") + "，明确适用范围、职责分工和保障措施。";
			}
			case "other-doc" -> {
				title = "关于开展" + year + "年" + subject + "工作的通知";
				genre = "通知";
				docNumber = p.abbreviation() + "〔" + year + "〕" + serial + "号";
				summary = "部署" + year + "年全市" + subject + "工作，明确工作目标、重点任务和时间安排。";
			}
			case "interpretation" -> {
				title = "《关于" + action + subject + "工作的意见》政策解读";
				genre = "解读";
				summary = "从起草背景、主要内容和创新举措三个方面解读" + subject + "相关政策。";
			}
			case "planning" -> {
				boolean plan = this.random.nextBoolean();
				title = plan ? dept + year + "年" + subject + "工作计划" : "市" + subject + "“十五五”规划";
				genre = plan ? "计划" : "规划";
				summary = (plan ? year + "年" : "“十五五”时期") + subject + "的总体要求、主要目标和重点任务。";
			}
			case "statistics" -> {
				int month = 1 + this.random.nextInt(12);
				title = year + "年" + month + "月" + subject + "统计数据";
				genre = "统计数据";
				summary = "发布" + year + "年" + month + "月全市" + subject + "主要统计指标。";
			}
			case "budget" -> {
				boolean budget = this.random.nextBoolean();
				title = dept + year + "年部门" + (budget ? "预算" : "决算");
				genre = "其他";
				topic = "财政、金融、审计\\财政";
				summary = "公开本部门" + year + "年收支" + (budget ? "预算" : "决算") + "总表、财政拨款支出表及“三公”经费情况说明。";
			}
			case "procurement" -> {
				title = dept + subject + "服务采购项目中标（成交）结果公告";
				genre = "公告";
				summary = "公布" + subject + "服务采购项目的中标（成交）供应商、金额及评审专家名单。";
			}
			case "licensing" -> {
				title = year + "年第" + (1 + this.random.nextInt(40)) + "批" + subject + "行政许可决定公示";
				genre = "公示";
				summary = "依据《中华人民共和国行政许可法》，公示" + subject + "相关行政许可决定。";
			}
			case "enforcement" -> {
				title = dept + "行政处罚决定书（" + p.abbreviation() + "罚〔" + year + "〕" + serial + "号）";
				genre = "其他";
				docNumber = p.abbreviation() + "罚〔" + year + "〕" + serial + "号";
				summary = "当事人违反" + subject + "有关规定，依法给予警告并处罚款的行政处罚决定。";
			}
			case "fees" -> {
				title = dept + "行政事业性收费目录清单（" + year + "年）";
				genre = "其他";
				summary = "公开本部门行政事业性收费项目、收费标准及政策依据。";
			}
			case "projects" -> {
				title = subject + "重大建设项目批准和实施信息";
				genre = "公告";
				topic = "国民经济管理、国有资产监管\\重大建设项目";
				summary = "公开" + subject + "相关重大建设项目的批准、招标投标、征收土地和施工信息。";
			}
			case "livelihood" -> {
				title = "关于调整" + year + "年" + subject + "标准的通知";
				genre = "通知";
				docNumber = p.abbreviation() + "〔" + year + "〕" + serial + "号";
				summary = "自" + year + "年起调整全市" + subject + "标准，惠及城乡困难群众。";
			}
			case "emergency" -> {
				title = "市" + subject + "应急预案（" + year + "年修订）";
				genre = "其他";
				summary = "规定" + subject + "突发事件的分级、组织指挥体系、预警和应急响应措施。";
			}
			case "supervision" -> {
				title = year + "年" + subject + "“双随机、一公开”抽查结果公示";
				genre = "公示";
				summary = "公示" + year + "年" + subject + "领域随机抽查的对象、事项和检查结果。";
			}
			case "personnel" -> {
				title = dept + year + "年公开招聘工作人员拟聘用人员公示";
				genre = "公示";
				topic = "劳动、人事、监察\\人事工作";
				summary = "经笔试、面试、体检和考察，现将拟聘用人员名单予以公示，公示期5个工作日。";
			}
			case "key-areas" -> {
				title = year + "年" + subject + "领域信息公开";
				genre = "动态";
				summary = "集中公开" + subject + "领域的政策措施、办事指南和工作进展。";
			}
			case "proposals" -> {
				title = "关于市政协十四届" + (1 + this.random.nextInt(5)) + "次会议第" + serial + "号提案的答复";
				genre = "函";
				summary = "对委员提出的关于" + subject + "的提案进行答复，说明办理情况和下一步工作打算。";
			}
			case "functions" -> {
				title = dept + "主要职责、内设机构和人员编制";
				genre = "其他";
				topic = "国务院组织机构\\其他";
				summary = "公开本部门的主要职责、内设机构设置、领导分工及联系方式。";
			}
			case "guide" -> {
				title = dept + "政府信息公开指南（" + year + "年修订）";
				genre = "指南";
				topic = "综合政务\\政务公开";
				summary = "说明本机关主动公开的范围、依申请公开的受理机构、办理流程和监督救济途径。";
			}
			case "annual-report" -> {
				title = dept + (year - 1) + "年政府信息公开工作年度报告";
				genre = "报告";
				topic = "综合政务\\政务公开";
				summary = "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、复议诉讼情况及存在的问题和改进措施。";
			}
			default -> {
				title = dept + "关于" + subject + "工作的动态";
				genre = "动态";
				summary = "报道本部门" + subject + "工作进展。";
			}
		}
		String body = body(dept, subject, year, summary);
		return new Generated(p.department().getCode(),
				new ItemContent(title, summary, body, dept, written, docNumber, column, topic, genre));
	}

	private String body(String dept, String subject, int year, String summary) {
		StringBuilder body = new StringBuilder();
		body.append("各区人民政府，市政府各委、办、局：").append(summary).append("现将有关事项说明如下。");
		body.append("一、总体要求。坚持以人民为中心的发展思想，依法做好").append(subject).append("工作，");
		body.append("确保").append(year).append("年各项目标任务如期完成。");
		body.append("二、重点任务。");
		int measures = 2 + this.random.nextInt(3);
		for (int i = 0; i < measures; i++) {
			body.append("（").append("一二三四五".charAt(i)).append("）").append(pick(List.of(MEASURES)));
		}
		body.append("三、其他事项。本文件由").append(dept).append("负责解释，自印发之日起施行。");
		return body.toString();
	}

	/** Columns weighted roughly as in real municipal catalogues: many documents, few guides. */
	private String column() {
		int roll = this.random.nextInt(100);
		if (roll < 14) {
			return "normative";
		}
		if (roll < 30) {
			return "other-doc";
		}
		if (roll < 36) {
			return "interpretation";
		}
		if (roll < 42) {
			return "planning";
		}
		if (roll < 50) {
			return "statistics";
		}
		if (roll < 54) {
			return "budget";
		}
		if (roll < 60) {
			return "procurement";
		}
		if (roll < 65) {
			return "licensing";
		}
		if (roll < 70) {
			return "enforcement";
		}
		if (roll < 72) {
			return "fees";
		}
		if (roll < 75) {
			return "projects";
		}
		if (roll < 80) {
			return "livelihood";
		}
		if (roll < 83) {
			return "emergency";
		}
		if (roll < 87) {
			return "supervision";
		}
		if (roll < 90) {
			return "personnel";
		}
		if (roll < 94) {
			return "key-areas";
		}
		if (roll < 96) {
			return "proposals";
		}
		if (roll < 97) {
			return "functions";
		}
		if (roll < 98) {
			return "guide";
		}
		return "annual-report";
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static Profile profile(String code, String name, String orgCode, boolean generalOffice, String abbreviation,
			String topic, String... subjects) {
		return new Profile(new Department(code, name, orgCode, generalOffice), abbreviation, topic, List.of(subjects));
	}

}
