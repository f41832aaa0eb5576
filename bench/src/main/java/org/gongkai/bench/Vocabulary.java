package org.gongkai.bench;

import java.util.List;
import java.util.Random;

/**
 * The words generated catalogue items and search queries are made of: policy areas with their 主题分类 and
 * subjects, the verbs and sentence patterns of Chinese government documents, and the words citizens
 * search for. Items and queries share it, so queries find items as real ones would.
 */
final class Vocabulary {

	/** A policy area: its 主题分类 and what documents in it are about. */
	record Area(String topic, String keyword, List<String> subjects) {
	}

	static final List<Area> AREAS = List.of(
			new Area("综合政务\\政务公开", "政务公开", List.of("政府信息公开", "政务公开标准化规范化", "政务服务“一网通办”",
					"12345政务服务便民热线", "行政规范性文件管理", "政府网站与政务新媒体", "依申请公开办理", "政策解读和回应关切")),
			new Area("财政、金融、审计\\财政", "财政", List.of("部门预算", "部门决算", "政府采购", "预算绩效管理", "政府债券管理",
					"非税收入征缴", "惠企资金兑付", "“三公”经费", "国有资产管理", "财政专项资金")),
			new Area("科技、教育\\教育", "教育", List.of("义务教育招生入学", "学前教育普惠发展", "中小学课后服务", "教师队伍建设",
					"学生资助", "校园安全管理", "职业教育产教融合", "高考考务管理")),
			new Area("卫生、体育\\卫生", "卫生健康", List.of("基层医疗卫生服务", "传染病防控", "家庭医生签约服务", "医疗机构执业管理",
					"老年健康服务", "公共卫生应急", "医疗保障待遇", "全民健身设施建设")),
			new Area("城乡建设、环境保护\\环境监测、保护与治理", "生态环境", List.of("大气污染防治", "水环境质量监测", "建设项目环境影响评价",
					"固体废物污染防治", "噪声污染防治", "生态环境执法", "河长制湖长制", "土壤污染防治")),
			new Area("城乡建设、环境保护\\城乡建设", "住房城乡建设", List.of("城镇老旧小区改造", "保障性租赁住房", "建筑施工安全",
					"物业服务管理", "住房公积金", "城市更新", "历史文化街区保护", "农村危房改造")),
			new Area("工业、交通\\交通", "交通运输", List.of("城市公共交通", "农村公路建设", "道路运输管理", "网络预约出租汽车管理",
					"交通运输安全生产", "港口航道建设", "轨道交通建设规划", "停车设施建设")),
			new Area("劳动、人事、监察\\劳动就业", "人力资源社会保障", List.of("高校毕业生就业", "职业技能培训", "城乡居民基本养老保险",
					"最低工资标准", "劳动保障监察", "事业单位公开招聘", "工伤保险", "根治欠薪")),
			new Area("民政、扶贫、救灾\\民政", "民政", List.of("城乡最低生活保障", "养老服务设施建设", "社会组织登记管理", "困难群众救助",
					"婚姻登记服务", "殡葬管理", "残疾人两项补贴", "儿童福利")),
			new Area("市场监管、安全生产监管\\市场监管", "市场监管", List.of("食品安全抽检", "特种设备安全监察", "价格行为监管",
					"市场主体登记", "产品质量监督抽查", "知识产权保护", "药品安全监管", "计量监督管理")),
			new Area("市场监管、安全生产监管\\安全生产监管", "应急管理", List.of("防汛抗旱", "危险化学品安全", "森林防灭火",
					"安全生产执法检查", "自然灾害救助", "应急物资储备", "消防安全专项整治", "地质灾害防治")),
			new Area("国民经济管理、国有资产监管\\发展规划", "发展改革", List.of("价格监测", "节能降碳", "重点项目建设", "社会信用体系建设",
					"营商环境优化", "粮食安全保障", "国民经济和社会发展计划", "以工代赈")),
			new Area("农业、林业、水利\\农业、畜牧业、渔业", "农业农村", List.of("高标准农田建设", "耕地地力保护补贴", "农村人居环境整治",
					"动物疫病防控", "农产品质量安全", "乡村振兴衔接资金", "农机购置补贴", "种业振兴")),
			new Area("公安、安全、司法\\司法", "司法行政", List.of("公共法律服务", "法律援助", "人民调解", "行政复议", "普法宣传",
					"社区矫正", "行政执法监督", "律师行业管理")));

	static final List<String> ACTIONS = List.of("进一步加强", "做好", "深入推进", "全面加强", "扎实推进", "规范", "切实做好",
			"加快推进", "持续深化", "统筹推进");

	static final List<String> GENRES = List.of("通知", "通知", "通知", "意见", "公告", "通告", "报告", "规划", "计划", "解读",
			"公示", "批复", "函", "统计数据", "总结", "动态");

	static final List<String> ASPECTS = List.of("工作目标", "主要任务", "职责分工", "保障措施", "资金安排", "实施步骤",
			"监督检查", "申请条件", "办理流程", "补助标准", "考核评价", "信息报送");

	static final List<String> LAWS = List.of("《中华人民共和国政府信息公开条例》", "《中华人民共和国预算法》", "《中华人民共和国行政许可法》",
			"《优化营商环境条例》", "《中华人民共和国安全生产法》", "《中华人民共和国环境保护法》", "《社会救助暂行办法》",
			"《中华人民共和国教育法》", "《中华人民共和国劳动合同法》", "《中华人民共和国政府采购法》");

	static final List<String> DISTRICTS = List.of("东城区", "西城区", "南湖区", "北山区", "高新区", "经开区", "临江县", "青山县");

	/** Sentences of a document body; {s} subject, {d} department, {y} year, {a} action, {l} law, {q} district, {x} aspect. */
	static final List<String> SENTENCES = List.of(
			"为{a}{s}工作，根据{l}等有关规定，结合我市实际，现就有关事项通知如下。",
			"一、总体要求。坚持以人民为中心的发展思想，围绕{s}的重点难点问题，健全工作机制，提升服务水平。",
			"二、主要任务。各区、各部门要按照职责分工，细化{x}，明确责任单位和完成时限，确保各项措施落地见效。",
			"{q}要结合辖区实际，制定具体实施方案，于{y}年6月30日前报送{d}。",
			"{d}负责统筹协调{s}工作，会同有关部门开展督促检查，及时研究解决工作中遇到的问题。",
			"对工作中发现的问题，要建立台账，限期整改，整改情况及时向社会公开，接受群众监督。",
			"三、保障措施。加强组织领导，落实资金保障，{y}年度市级财政安排专项资金用于{s}。",
			"各单位要加强政策宣传解读，通过政府网站、政务新媒体等渠道及时发布{s}相关信息，回应社会关切。",
			"截至{y}年底，全市{s}工作累计惠及群众十二万余人次，群众满意度达到百分之九十六以上。",
			"本{g}自印发之日起施行，有效期五年。此前有关规定与本{g}不一致的，以本{g}为准。",
			"申请人可通过线上“一网通办”平台或线下政务服务中心窗口提交申请材料，办理时限为十个工作日。",
			"联系电话：12345；咨询地址：{q}人民路{n}号{d}办公室。",
			"{y}年，{d}共受理{s}相关事项{n}件，按时办结率百分之百。",
			"下一步，{d}将持续{a}{s}，推动{x}落实，不断提升人民群众的获得感、幸福感、安全感。",
			"附件：1.{s}{x}一览表；2.{s}申请表。");

	/** Words citizens type that are not subjects: pinyin, initials, short everyday words. */
	static final List<String> EVERYDAY = List.of("zfxxgk", "zhengfuxinxigongkai", "yusuan", "yanglao", "caigou", "zhaosheng",
			"低保", "公积金", "补贴", "招聘", "学区", "停车", "拆迁补偿", "医保报销", "养老金", "噪声", "违建", "工资", "年度报告", "收费标准");

	private Vocabulary() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A sentence pattern filled in. */
	static String fill(String pattern, Random random, String subject, String department, int year, String genre) {
		return pattern.replace("{s}", subject)
			.replace("{d}", department)
			.replace("{y}", String.valueOf(year))
			.replace("{a}", pick(random, ACTIONS))
			.replace("{l}", pick(random, LAWS))
			.replace("{q}", pick(random, DISTRICTS))
			.replace("{x}", pick(random, ASPECTS))
			.replace("{g}", genre)
			.replace("{n}", String.valueOf(1 + random.nextInt(999)));
	}
}
