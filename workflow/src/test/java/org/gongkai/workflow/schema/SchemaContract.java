package org.gongkai.workflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RepositoryService;
import org.flywaydb.core.Flyway;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.IndexNumberAllocator;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.RequestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every supported database must do: run all Flyway migrations, satisfy Hibernate's schema
 * validation, host the Camunda engine, keep Chinese text intact and hand out unique 索引号 under
 * concurrency. Subclasses pick the database.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class SchemaContract {

	@Autowired
	Flyway flyway;

	@Autowired
	CatalogueColumns columns;

	@Autowired
	Departments departments;

	@Autowired
	CatalogueItems items;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	IndexNumberAllocator allocator;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RepositoryService repository;

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	DisclosureRequests requests;

	@Test
	void allMigrationsApplied() {
		var applied = flyway.info().applied();
		assertThat(applied).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(columns.findById("regulation")).hasValueSatisfying(c -> {
			assertThat(c.getName()).isEqualTo("规章");
			assertThat(c.getParentCode()).isEqualTo("policy");
		});
	}

	@Test
	void chineseTextSurvivesARoundTrip() {
		departments.save(new Department("schema-t", "市发展和改革委员会𠀀", "000014349", false));
		var item = draft.draft(new ItemContent("关于进一步做好政府信息公开工作的通知", "摘要", "正文：信息公开。", "市发展和改革委员会",
				LocalDate.of(2026, 3, 2), "发改〔2026〕12号", "normative", "综合政务\\政务公开", "通知"), "schema-t", "clerk1");
		var reloaded = items.findById(item.getId()).orElseThrow();
		assertThat(reloaded.getTitle()).isEqualTo("关于进一步做好政府信息公开工作的通知");
		assertThat(departments.findById("schema-t").orElseThrow().getName()).endsWith("𠀀");
		assertThat(reloaded.getProcessInstanceId()).isNotNull();
	}

	@Test
	void aRequestsPartsWithoutValuesLoadAsEmptyParts() {
		var id = file.file(RequestCases.application("某项目环评批复", "申请公开某项目环境影响评价批复文件。"), List.of(), "applicant1")
			.getId();
		long version = requests.findById(id).orElseThrow().getVersion();
		// loaded and flushed in a transaction of its own: the parts Hibernate loads as null are not written back
		transactions.executeWithoutResult(status -> {
			var loaded = requests.findById(id).orElseThrow();
			assertThat(loaded.fee()).isNotNull();
			assertThat(loaded.getFeeAmount()).isNull();
		});
		var reloaded = requests.findById(id).orElseThrow();
		assertThat(reloaded.getVersion()).as("loading changed nothing").isEqualTo(version);
		assertThat(ReflectionTestUtils.getField(reloaded, "fee")).as("Hibernate loads a part without values as null")
			.isNull();
		assertThat(reloaded.fee().isNoticed()).isFalse();
		assertThat(reloaded.correction().getSought()).isNull();
		assertThat(reloaded.correction().getOutcome()).isNull();
		assertThat(reloaded.reasonsInquiry().isAsked()).isFalse();
		assertThat(reloaded.objection().isRaised()).isFalse();
		assertThat(reloaded.delivery().isRecorded()).isFalse();
		assertThat(reloaded.supplement().isRequested()).isFalse();
		assertThat(reloaded.replyPeriod().getDueOn()).isNull();
		assertThat(reloaded.replyPeriod().isExtended()).isFalse();
		assertThat(reloaded.getOutcomeLabel()).isNull();
		assertThat(reloaded.getLaterDueOn()).isNull();
		assertThat(reloaded.getThirdPartyObjection()).isNull();
		assertThat(reloaded.getReplyDelivery()).isNull();
		assertThat(reloaded.getPausedWorkingDays()).isZero();
	}

	@Test
	void catalogueProcessIsDeployed() {
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CataloguePublicationProcess").count())
			.isPositive();
	}

	@Test
	void indexNumbersAreUniqueUnderConcurrentPublications() throws Exception {
		int threads = 6;
		int perThread = 10;
		var pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<List<String>>> work = java.util.stream.IntStream.range(0, threads)
				.<Callable<List<String>>>mapToObj(t -> () -> java.util.stream.IntStream.range(0, perThread)
					.mapToObj(i -> transactions.execute(status -> allocator.allocate("CONC00001", 2031)))
					.toList())
				.toList();
			var numbers = new HashSet<String>();
			for (Future<List<String>> f : pool.invokeAll(work)) {
				numbers.addAll(f.get());
			}
			assertThat(numbers).hasSize(threads * perThread)
				.contains("CONC00001/2031-00001", "CONC00001/2031-00060")
				.doesNotContain("CONC00001/2031-00061");
		}
		finally {
			pool.shutdownNow();
		}
	}
}
