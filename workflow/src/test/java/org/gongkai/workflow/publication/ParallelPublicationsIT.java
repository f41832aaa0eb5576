package org.gongkai.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.gongkai.workflow.MariaDb;
import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many department heads approve at the same moment on MariaDB: every item is published through the
 * real process, and the 索引号 are unique and gap-free (the row-locked yearly sequence, READ COMMITTED).
 */
@SpringBootTest(classes = WorkflowTestApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=validate", "camunda.bpm.job-execution.enabled=false" })
class ParallelPublicationsIT {

	private static final int ITEMS = 30;

	private static final int THREADS = 8;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_parallel_publications", registry);
	}

	@Autowired
	Departments departments;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	@Autowired
	CatalogueItems items;

	@Test
	void concurrentApprovalsPublishEveryItemWithUniqueIndexNumbers() throws Exception {
		departments.save(new Department("par", "市并发测试局", "PAR000001", false));
		var clerk = new Staff("clerk-par", Set.of("clerk"), "par");
		var secrecy = new Staff("secrecy-par", Set.of("secrecy-reviewer"), "bgs");
		var head = new Staff("head-par", Set.of("dept-head"), "par");
		var today = LocalDate.now();
		var ids = new ArrayList<Long>();
		for (int i = 0; i < ITEMS; i++) {
			var item = draft.draft(new ItemContent("并发发布测试条目" + i, null, "正文", "市并发测试局", today, null, "other-doc",
					null, "通知"), "par", clerk.userId());
			submit.submit(item.getId(), clerk);
			approve(item.getId(), CataloguePublicationProcess.TASK_SECRECY_REVIEW, secrecy);
			ids.add(item.getId());
		}

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Callable<Void>> approvals = new ArrayList<>();
			for (var id : ids) {
				approvals.add(() -> {
					start.await();
					approve(id, CataloguePublicationProcess.TASK_DEPARTMENT_HEAD_APPROVAL, head);
					return null;
				});
			}
			var futures = approvals.stream().map(pool::submit).toList();
			start.countDown();
			for (var future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		var published = items.findAllById(ids);
		assertThat(published).hasSize(ITEMS).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(ItemStatus.PUBLISHED));
		var numbers = published.stream().map(CatalogueItem::getIndexNo).toList();
		var expected = new ArrayList<String>();
		for (int serial = 1; serial <= ITEMS; serial++) {
			expected.add(String.format("PAR000001/%d-%05d", today.getYear(), serial));
		}
		assertThat(numbers).as("unique and without gaps").containsExactlyInAnyOrderElementsOf(expected);
	}

	private void approve(Long itemId, String taskKey, Staff staff) {
		var task = inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId))
			.stream()
			.filter(t -> taskKey.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(taskKey + " of item " + itemId));
		inbox.complete(task.id(), staff, Map.of(CataloguePublicationProcess.APPROVED, true));
	}
}
