package org.gongkai.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.organisation.AgencyKind;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo departments (matching the demo users' {@code department} attribute in the Keycloak
 * realm) and publishes a few hand-written items and {@code gongkai.demo.generated-items} items from
 * {@link CatalogueItemGenerator} (fixed seed) through the real publication process, and the demo
 * applicants' requests at every stage ({@link DemoRequests}). Runs only when
 * {@code gongkai.demo.enabled=true} and only into an empty database.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final List<Department> DEPARTMENTS = List.of(
			new Department("fgw", "市发展和改革委员会", "000014349", false),
			new Department("jyj", "市教育局", "000014350", false),
			new Department("bgs", "市人民政府办公室", "000014348", true));

	/** A district government with two departments of its own (集约化: its sub-site covers them). */
	static final List<Department> DISTRICT = List.of(
			new Department("dcq", "东城区人民政府", "000014360", false, Department.GOVERNMENT, AgencyKind.DISTRICT, 100),
			new Department("dcq-jyj", "东城区教育局", "000014361", false, "dcq", AgencyKind.DEPARTMENT, 1),
			new Department("dcq-zjj", "东城区住房和城乡建设局", "000014362", false, "dcq", AgencyKind.DEPARTMENT, 2));

	private final Departments departments;

	private final CatalogueItems items;

	private final DraftCatalogueItem draft;

	private final SubmitDraft submit;

	private final TaskInbox inbox;

	private final int generatedItems;

	private final Clock clock;

	private final DemoRequests demoRequests;

	private final List<DemoCases> demoCases;

	DemoData(Departments departments, CatalogueItems items, DraftCatalogueItem draft, SubmitDraft submit,
			TaskInbox inbox, @Value("${gongkai.demo.generated-items:150}") int generatedItems, Clock clock,
			DemoRequests demoRequests, List<DemoCases> demoCases) {
		this.demoRequests = demoRequests;
		this.demoCases = List.copyOf(demoCases);
		this.generatedItems = generatedItems;
		this.clock = clock;
		this.departments = departments;
		this.items = items;
		this.draft = draft;
		this.submit = submit;
		this.inbox = inbox;
	}

	@Override
	public void run(ApplicationArguments args) {
		DEPARTMENTS.stream().filter(d -> !departments.existsById(d.getCode())).forEach(departments::save);
		CatalogueItemGenerator.departments()
			.stream()
			.filter(d -> !departments.existsById(d.getCode()))
			.forEach(departments::save);
		DISTRICT.stream().filter(d -> !departments.existsById(d.getCode())).forEach(departments::save);
		long requestCount = demoRequests.load();
		if (requestCount > 0) {
			log.info("Demo requests filed: {}", requestCount);
		}
		if (items.count() == 0) {
			publishItems();
		}
		// 意见征集, 政民互动, 建议提案办理: each kind loads its own cases once the agencies and items exist
		for (var cases : demoCases) {
			long loaded = cases.load();
			if (loaded > 0) {
				log.info("Demo {} loaded: {}", cases.getClass().getSimpleName(), loaded);
			}
		}
	}

	private void publishItems() {
		publish("fgw", "clerk1", "head1", new ItemContent("关于进一步做好政府信息公开工作的通知",
				"部署本市各部门进一步做好政府信息公开工作，明确主动公开、依申请公开的工作要求。",
				"各区人民政府，市政府各委、办、局：为深入贯彻《中华人民共和国政府信息公开条例》，进一步做好政府信息公开工作，现就有关事项通知如下。一、加强主动公开……",
				"市发展和改革委员会", LocalDate.of(2026, 3, 2), "发改〔2026〕12号", "normative", "综合政务\\政务公开", "通知"));
		publish("fgw", "clerk1", "head1", new ItemContent("市发展和改革委员会2026年部门预算",
				"公开本部门2026年收支预算总表、财政拨款支出预算表等。", "根据预算法及有关规定，现将本部门2026年部门预算公开如下……",
				"市发展和改革委员会", LocalDate.of(2026, 2, 10), null, "budget", "财政、金融、审计\\财政", "其他"));
		publish("jyj", "clerk2", "head2", new ItemContent("关于做好2026年义务教育招生入学工作的实施意见",
				"明确2026年义务教育阶段学校招生入学的范围、时间安排和工作要求。", "为依法保障适龄儿童少年接受义务教育的权利，现就2026年义务教育招生入学工作提出如下意见……",
				"市教育局", LocalDate.of(2026, 4, 8), "教发〔2026〕3号", "normative", "科技、教育\\教育", "意见"));
		publish("dcq", "demo-clerk", "demo-head", new ItemContent("东城区人民政府关于印发东城区2026年政务公开工作要点的通知",
				"明确东城区2026年政务公开工作的重点任务和责任分工。", "各街道办事处，区政府各委、办、局：现将《东城区2026年政务公开工作要点》印发给你们，请认真贯彻落实……",
				"东城区人民政府", LocalDate.of(2026, 3, 16), "东政发〔2026〕5号", "other-doc", "综合政务\\政务公开", "通知"));
		publish("dcq-jyj", "demo-clerk", "demo-head", new ItemContent("东城区2026年义务教育阶段学校招生入学工作方案",
				"公布东城区2026年小学、初中招生入学的政策、时间安排和咨询电话。", "为做好本区2026年义务教育阶段学校招生入学工作，制定本方案……",
				"东城区教育局", LocalDate.of(2026, 4, 20), "东教发〔2026〕8号", "other-doc", "科技、教育\\教育", "通知"));
		publish("dcq-zjj", "demo-clerk", "demo-head", new ItemContent("东城区2026年老旧小区综合整治项目公示",
				"公示东城区2026年纳入综合整治的老旧小区名单、整治内容和实施时间。", "根据本区城市更新工作安排，现将2026年老旧小区综合整治项目公示如下……",
				"东城区住房和城乡建设局", LocalDate.of(2026, 5, 6), null, "other-doc", "城乡建设、环境保护\\城乡建设", "公示"));
		var generator = new CatalogueItemGenerator(CatalogueItemGenerator.DEMO_SEED, LocalDate.now(clock));
		for (var generated : generator.generate(generatedItems)) {
			publish(generated.departmentCode(), "demo-clerk", "demo-head", generated.content());
		}
		log.info("Demo data loaded: {} departments, a district with {} departments, {} published items",
				DEPARTMENTS.size(), DISTRICT.size() - 1, items.count());
	}

	private void publish(String department, String clerk, String head, ItemContent content) {
		var author = new Staff(clerk, Set.of("clerk"), department);
		var item = draft.draft(content, department, clerk);
		submit.submit(item.getId(), author);
		approveAll(item.getId(), department, head);
	}

	/** Completes every review step (保密审查, department head, ⚙ extra levels) with an approval. */
	public static void approveAll(Long itemId, String department, String head, TaskInbox inbox) {
		var reviewers = Map.of(CataloguePublicationProcess.TASK_SECRECY_REVIEW,
				new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs"),
				CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL,
				new Staff(head, Set.of("dept-head"), department));
		for (int step = 0; step < 10; step++) {
			var open = inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId));
			if (open.isEmpty()) {
				return;
			}
			for (var task : open) {
				var reviewer = reviewers.getOrDefault(task.taskKey(),
						new Staff("leader1", Set.of("office-editor", "office-head", "leader", "admin"), "bgs"));
				inbox.complete(task.id(), reviewer, Map.of(CataloguePublicationProcess.APPROVED, true));
			}
		}
	}

	private void approveAll(Long itemId, String department, String head) {
		approveAll(itemId, department, head, inbox);
	}
}
