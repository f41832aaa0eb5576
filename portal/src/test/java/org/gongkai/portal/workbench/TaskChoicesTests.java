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
 * is in {@link TaskChoices} with exactly the gateway's values, so no completion can name a value the
 * gateway has no flow for (ENGINE-02004, a 500).
 */
class TaskChoicesTests {

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
		TaskChoices.all().forEach((task, fields) -> {
			var sorted = new HashMap<String, List<String>>();
			fields.forEach((field, values) -> sorted.put(field, List.copyOf(new TreeSet<>(values))));
			declared.put(task, sorted);
		});
		assertThat(fromBpmn).as("text choices of the BPMN gateways").containsKeys("Task_HandleRequest", "Task_EditReport");
		assertThat(declared).isEqualTo(fromBpmn);
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
