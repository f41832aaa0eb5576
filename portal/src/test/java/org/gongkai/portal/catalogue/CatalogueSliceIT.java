package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RepositoryService;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first slice through every layer on real servers: a clerk drafts a catalogue item through the
 * API with a Keycloak token, the department head approves it in the Camunda user task, and after
 * commit an anonymous search for a Chinese word of its title finds it in Elasticsearch.
 */
class CatalogueSliceIT extends PortalIT {

	private static final String WORD = "燃气管道";

	@Autowired
	RepositoryService repository;

	@Test
	void clerkDraftsHeadApprovesAndTheCitizenFindsIt() throws Exception {
		var clerk = RealServers.token("clerk1");
		var head = RealServers.token("head1");
		var otherHead = RealServers.token("head2");

		var created = post("/api/catalogue/items", clerk, item("关于开展城市燃气管道老化更新改造工作的通知"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(created.json().get("departmentCode").asText()).isEqualTo("fgw");

		var submitted = post("/api/catalogue/items/" + id + "/submit", clerk, null);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asText()).isEqualTo("IN_REVIEW");

		var secrecy = RealServers.token("secrecy1");
		JsonNode review = null;
		for (var task : get("/api/tasks", secrecy).json()) {
			if (String.valueOf(id).equals(task.get("caseId").asText())
					&& "Task_SecrecyReview".equals(task.get("taskKey").asText())) {
				review = task;
			}
		}
		assertThat(review).as("保密审查 comes first").isNotNull();
		assertThat(taskOf(head, id)).as("the head waits for 保密审查").isNull();
		assertThat(post("/api/tasks/" + review.get("id").asText() + "/complete", secrecy, Map.of("approved", true))
			.status()).isEqualTo(204);

		assertThat(taskOf(otherHead, id)).as("another department's head does not see the task").isNull();
		var task = taskOf(head, id);
		assertThat(task).isNotNull();
		assertThat(task.get("taskKey").asText()).isEqualTo("Task_DepartmentHeadApproval");
		var taskId = task.get("id").asText();

		var stolen = post("/api/tasks/" + taskId + "/complete", otherHead, Map.of("approved", true));
		assertThat(stolen.status()).isEqualTo(403);
		assertThat(stolen.contentType()).startsWith("application/problem+json");

		assertThat(search(WORD).json().get("total").asLong()).as("not public before approval").isZero();

		var approved = post("/api/tasks/" + taskId + "/complete", head, Map.of("approved", true, "comment", "同意"));
		assertThat(approved.status()).isEqualTo(204);
		var again = post("/api/tasks/" + taskId + "/complete", head, Map.of("approved", true));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asText()).endsWith("/task-already-completed");

		var published = get("/api/catalogue/items/" + id, clerk).json();
		assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.get("indexNo").asText()).matches("000014349/2026-\\d{5}");

		var found = eventually(Duration.ofSeconds(20), () -> search(WORD),
				r -> r.json() != null && r.json().get("total").asLong() > 0);
		assertThat(found.status()).isEqualTo(200);
		var hit = found.json().get("hits").get(0);
		assertThat(hit.get("id").asText()).isEqualTo(String.valueOf(id));
		assertThat(hit.get("indexNo").asText()).isEqualTo(published.get("indexNo").asText());
		assertThat(hit.get("highlight").asText()).contains("<em>");
	}

	@Test
	void apiRefusesMissingTokensAndWrongRoles() {
		var anonymous = post("/api/catalogue/items", null, item("无令牌的条目"));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);

		var applicant = post("/api/catalogue/items", RealServers.token("applicant1"), item("申请人不能起草"));
		assertThat(applicant.status()).isEqualTo(403);
		assertThat(applicant.json().get("type").asText()).endsWith("/forbidden");

		assertThat(get("/api/me", null).status()).isEqualTo(401);
		assertThat(get("/api/catalogue/items/1", "not-a-jwt").status()).isEqualTo(401);
	}

	@Test
	void meDescribesTheCaller() {
		var me = get("/api/me", RealServers.token("head2"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("userName").asText()).isEqualTo("head2");
		assertThat(me.json().get("department").asText()).isEqualTo("jyj");
		assertThat(me.json().get("departmentName").asText()).isEqualTo("市教育局");
		assertThat(me.json().get("roles")).extracting(JsonNode::asText).containsExactly("dept-head");
	}

	@Test
	void badInputIsAProblemNamingTheFields() {
		var body = item(" ");
		body.put("docNumber", "发改〔2026〕012号");
		var response = post("/api/catalogue/items", RealServers.token("clerk1"), body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("title").asText()).isEqualTo("请填写名称");
		assertThat(response.json().get("errors").get("docNumber").asText()).contains("发改〔2026〕12号");

		var unknownColumn = item("栏目不存在的条目");
		unknownColumn.put("columnCode", "no-such-column");
		var refused = post("/api/catalogue/items", RealServers.token("clerk1"), unknownColumn);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("columnCode");
	}

	@Test
	void publicationProcessIsDeployedAtStartUpAndHealthCoversEveryComponent() {
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CataloguePublicationProcess").count())
			.isPositive();
		var health = get("/actuator/health", null).json();
		assertThat(health.get("status").asText()).isEqualTo("UP");
		assertThat(health.get("components").fieldNames()).toIterable()
			.contains("db", "elasticsearch", "processEngine");
		assertThat(health.get("components").get("elasticsearch").get("status").asText()).isEqualTo("UP");
	}

	private JsonNode taskOf(String token, long itemId) {
		var tasks = get("/api/tasks", token);
		assertThat(tasks.status()).isEqualTo(200);
		for (var task : tasks.json()) {
			if (String.valueOf(itemId).equals(task.get("caseId").asText())
					&& "Task_DepartmentHeadApproval".equals(task.get("taskKey").asText())) {
				return task;
			}
		}
		return null;
	}

	private Response search(String text) {
		return get("/api/catalogue/search?q=" + encode(text), null);
	}

	private static Map<String, Object> item(String title) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "部署城市燃气管道等老化更新改造工作。");
		item.put("body", "各区人民政府：为保障城市运行安全，现就燃气管道老化更新改造工作通知如下……");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", "2026-05-11");
		item.put("docNumber", "发改〔2026〕31号");
		item.put("columnCode", "other-doc");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "通知");
		return item;
	}
}
