package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user task of every deployed BPMN whose gateway chooses by a text value ({@code ${decision == 'X'}})
 * has a sealed command type in {@link TaskCommands} whose discriminator takes exactly the gateway's values, so
 * no completion can name a value the gateway has no flow for (ENGINE-02004, a 500).
 */
class TaskCommandsTests {

	private static final Pattern TEXT_CHOICE = Pattern.compile("^\\$\\{\\s*([A-Za-z]+)\\s*==\\s*'([A-Z_]+)'\\s*}$");

	@Test
	void everyTextDrivenGatewayAfterAUserTaskHasItsChoices() throws IOException {
		var fromBpmn = new HashMap<String, Map<String, List<String>>>();
		var models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
		assertThat(models).hasSizeGreaterThanOrEqualTo(7);
		for (var resource : models) {
			try (var in = resource.getInputStream()) {
				var model = Bpmn.readModelFromStream(in);
				for (var task : model.getModelElementsByType(UserTask.class)) {
					var choices = new HashMap<String, TreeSet<String>>();
					for (var gateway : gatewaysAfter(task)) {
						for (var flow : gateway.getOutgoing()) {
							if (flow.getConditionExpression() == null) {
								continue;
							}
							var choice = TEXT_CHOICE.matcher(flow.getConditionExpression().getTextContent().strip());
							if (choice.matches()) {
								choices.computeIfAbsent(choice.group(1), f -> new TreeSet<>()).add(choice.group(2));
							}
						}
					}
					if (!choices.isEmpty()) {
						var sorted = new HashMap<String, List<String>>();
						choices.forEach((field, values) -> sorted.put(field, List.copyOf(values)));
						fromBpmn.put(task.getId(), sorted);
					}
				}
			}
		}
		var declared = new HashMap<String, Map<String, List<String>>>();
		TaskCommands.TYPES.forEach((task, type) -> {
			var choice = TaskCommands.choiceOf(type);
			if (choice != null) {
				declared.put(task, Map.of(choice.field(), List.copyOf(new TreeSet<>(choice.allowed()))));
			}
		});
		assertThat(fromBpmn).as("text choices of the BPMN gateways").containsKeys("Task_HandleRequest", "Task_EditReport");
		assertThat(declared).isEqualTo(fromBpmn);
	}

	/** Every user task of every BPMN has its command type. */
	@Test
	void everyUserTaskHasACommand() throws IOException {
		var tasks = new TreeSet<String>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
			try (var in = resource.getInputStream()) {
				Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).forEach(t -> tasks.add(t.getId()));
			}
		}
		assertThat(TaskCommands.TYPES.keySet()).containsExactlyInAnyOrderElementsOf(tasks);
	}

	/** The JSON the tests and clients send gives the process variables the forms always gave. */
	@Test
	void commandsGiveTheVariablesTheProcessReads() throws Exception {
		var mapper = org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build();
		assertThat(variables(mapper, "Task_RegisterRequest", "{\"decision\":\" ASSIGN \",\"departmentCode\":\"fgw\",\"comment\":\"\"}"))
			.isEqualTo(Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		assertThat(variables(mapper, "Task_HandleRequest",
				"{\"decision\":\"PROPOSE\",\"replyType\":\"PARTIAL\",\"replyReasons\":[\"STATE_SECRET\",\"THIRD_PARTY_RIGHTS\"],\"replyNote\":\" 说明 \",\"extensionDays\":20}"))
			.isEqualTo(Map.of("decision", "PROPOSE", "replyType", "PARTIAL", "replyReasons", "STATE_SECRET,THIRD_PARTY_RIGHTS",
					"replyNote", "说明"));
		assertThat(variables(mapper, "Task_HandleRequest", "{\"decision\":\"EXTEND\",\"extensionDays\":20,\"extensionReason\":\"需调取档案\"}"))
			.isEqualTo(Map.of("decision", "EXTEND", "extensionDays", 20, "extensionReason", "需调取档案"));
		assertThat(variables(mapper, "Task_HandleRequest", "{\"decision\":\"FEE\",\"feeMethod\":\"PER_PAGE\",\"feePages\":150}"))
			.isEqualTo(Map.of("decision", "FEE", "feeMethod", "PER_PAGE", "feePages", 150));
		assertThat(variables(mapper, "Task_JudgeReasons", "{\"reasonsVerdict\":\"LATER\",\"laterDueOn\":\"2026-03-02\",\"comment\":\"较多\"}"))
			.isEqualTo(Map.of("reasonsVerdict", "LATER", "laterDueOn", "2026-03-02", "comment", "较多"));
		assertThat(variables(mapper, "Task_RecordDelivery", "{\"replyDelivery\":\"POST\",\"trackingNo\":\"11\",\"deliveredOn\":\"2026-03-02\"}"))
			.isEqualTo(Map.of("replyDelivery", "POST", "trackingNo", "11", "deliveredOn", "2026-03-02"));
		assertThat(variables(mapper, "Task_SignOff", "{\"approved\":true,\"comment\":\"同意\"}"))
			.isEqualTo(Map.of("approved", true, "comment", "同意"));
		assertThat(variables(mapper, "Task_ConfirmReceipt", "{}")).isEmpty();
		for (var body : new String[] { "{}", "{\"decision\":12345}", "{\"decision\":\"BOGUS\"}", "[1]" }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> variables(mapper, "Task_HandleRequest", body))
				.as(body)
				.isInstanceOfSatisfying(ChoiceNotAllowed.class, e -> assertThat(e.allowed())
					.containsExactly("PROPOSE", "REASSIGN", "EXTEND", "CONSULT", "FEE", "ASK_REASONS"));
		}
	}

	private static Map<String, Object> variables(com.fasterxml.jackson.databind.ObjectMapper mapper, String taskKey,
			String json) throws Exception {
		return TaskCommands.read(mapper, taskKey, mapper.readTree(json)).variables();
	}

	/** The exclusive gateways a task's outgoing flows lead to. */
	private static List<ExclusiveGateway> gatewaysAfter(FlowNode node) {
		var gateways = new ArrayList<ExclusiveGateway>();
		for (SequenceFlow flow : node.getOutgoing()) {
			if (flow.getTarget() instanceof ExclusiveGateway gateway && !gateways.contains(gateway)) {
				gateways.add(gateway);
			}
		}
		return gateways;
	}
}
