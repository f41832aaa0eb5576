package org.gongkai.portal.workbench;

import java.util.List;
import java.util.Map;

import org.gongkai.workflow.task.TaskView;

/**
 * The values a user task's gateway can follow, per task definition key: a decision outside them would
 * complete the task into a gateway with no outgoing flow, so it is refused before the engine sees it.
 * Review tasks need {@code approved}; the engine already refuses a missing one ({@code DecisionIncomplete}).
 */
final class TaskChoices {

	/** Task definition key → the gateway-driving field and its allowed values (every BPMN's user tasks). */
	private static final Map<String, Choice> CHOICES = Map.of(
			"Task_RegisterRequest", new Choice("decision", List.of("ASSIGN", "SUPPLEMENT")),
			"Task_HandleRequest",
			new Choice("decision", List.of("PROPOSE", "REASSIGN", "EXTEND", "CONSULT", "FEE", "ASK_REASONS")),
			"Task_JudgeReasons", new Choice("reasonsVerdict", List.of("UNREASONABLE", "REASONABLE", "LATER")),
			"Task_EditReport", new Choice("decision", List.of("ADOPT", "RETURN", "NOT_ADOPT", "MERGE")));

	private TaskChoices() {
	}

	/** @throws ChoiceNotAllowed if the task's gateway-driving field is missing or not one of its values */
	static void check(TaskView task, TaskDecision decision) {
		var choice = CHOICES.get(task.taskKey());
		if (choice == null) {
			return;
		}
		var value = switch (choice.field()) {
			case "decision" -> decision == null ? null : decision.decision();
			case "reasonsVerdict" -> decision == null ? null : decision.reasonsVerdict();
			default -> throw new IllegalStateException(choice.field());
		};
		if (value == null || !choice.allowed().contains(value.strip())) {
			throw new ChoiceNotAllowed(choice.field(), choice.allowed());
		}
	}

	/** Task definition key → field → allowed values, for the test that compares them with the BPMN gateways. */
	static Map<String, Map<String, List<String>>> all() {
		var all = new java.util.HashMap<String, Map<String, List<String>>>();
		CHOICES.forEach((task, choice) -> all.put(task, Map.of(choice.field(), choice.allowed())));
		return all;
	}

	private record Choice(String field, List<String> allowed) {
	}
}
