package org.gongkai.portal.workbench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gongkai.workflow.consultation.PublicConsultationProcess;
import org.gongkai.workflow.information.EditReport;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.gongkai.workflow.request.AssignRequest;
import org.gongkai.workflow.request.HandleRequestCommand;
import org.gongkai.workflow.request.JudgeReasonsCommand;
import org.gongkai.workflow.request.Reassign;
import org.gongkai.workflow.request.RecordConsultationReply;
import org.gongkai.workflow.request.RecordDelivery;
import org.gongkai.workflow.request.RegisterRequestCommand;
import org.gongkai.workflow.request.SecrecyReview;
import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;

/**
 * The command type of every user task of every BPMN, by task definition key. Where a task offers several
 * actions its type is a sealed interface whose discriminator ({@code decision}, {@code reasonsVerdict}) names the
 * action: a missing or unknown one is refused ({@link ChoiceNotAllowed}) before the engine sees it, since the
 * gateway after the task has no flow for it.
 */
final class TaskCommands {

	/** Task definition key → its command type. */
	static final Map<String, Class<? extends TaskCommand>> TYPES = types();

	private static Map<String, Class<? extends TaskCommand>> types() {
		var types = new LinkedHashMap<String, Class<? extends TaskCommand>>();
		// disclosure-request.bpmn
		types.put("Task_ConfirmReceipt", Proceed.class);
		types.put("Task_RegisterRequest", RegisterRequestCommand.class);
		types.put("Task_HandleRequest", HandleRequestCommand.class);
		types.put("Task_Reassign", Reassign.Department.class);
		types.put("Task_DepartmentReview", Review.class);
		// a reply's secrecy review also names the reply files it approved; other processes' send none
		types.put("Task_SecrecyReview", SecrecyReview.class);
		types.put("Task_SignOff", Review.class);
		types.put("Task_ApproveExtension", Review.class);
		types.put("Task_RecordConsultationReply", RecordConsultationReply.Command.class);
		types.put("Task_RecordFeePayment", Proceed.class);
		types.put("Task_JudgeReasons", JudgeReasonsCommand.class);
		types.put("Task_OverdueEscalation", Proceed.class);
		types.put("Task_RecordDelivery", RecordDelivery.Command.class);
		// catalogue-publication.bpmn (Task_SecrecyReview above) and catalogue-change.bpmn
		types.put("Task_PrepareDraft", Proceed.class);
		types.put("Task_DepartmentHeadApproval", Review.class);
		types.put("Task_ExtraApproval", Review.class);
		types.put("Task_SecrecyReviewChange", Review.class);
		types.put("Task_ApproveChange", Review.class);
		// information-report.bpmn, report-commission.bpmn, report-supervision.bpmn, emergency-information.bpmn:
		// their own API (/api/reports/...) carries the rest of their input
		types.put("Task_DraftReport", Proceed.class);
		types.put("Task_UnitReview", Review.class);
		types.put("Task_EditReport", EditReport.Command.class);
		types.put("Task_DecideForwarding", Proceed.class);
		types.put("Task_RecordUpperOutcome", Proceed.class);
		types.put("Task_AnswerCommission", Proceed.class);
		types.put("Task_GiveFeedback", Proceed.class);
		types.put("Task_ChaseFeedback", Proceed.class);
		types.put("Task_ChaseFirstReport", Proceed.class);
		types.put("Task_ChaseFollowUp", Proceed.class);
		types.put("Task_AcknowledgeEvent", Proceed.class);
		// 互动交流: each process lists its own tasks' commands
		for (var commands : List.of(PublicConsultationProcess.COMMANDS, PublicLetterProcess.COMMANDS,
				DeputyProposalProcess.COMMANDS)) {
			commands.forEach((key, type) -> {
				if (types.putIfAbsent(key, type) != null) {
					throw new IllegalStateException("task key used by two processes: " + key);
				}
			});
		}
		return Map.copyOf(types);
	}

	private TaskCommands() {
	}

	/** The command type of a task; a task not listed takes an optional comment only. */
	static Class<? extends TaskCommand> typeOf(String taskKey) {
		return TYPES.getOrDefault(taskKey, Proceed.class);
	}

	/** The discriminator of a sealed command type and the values it takes, or null for a single command. */
	static Choice choiceOf(Class<?> type) {
		var info = type.getAnnotation(JsonTypeInfo.class);
		var subtypes = type.getAnnotation(JsonSubTypes.class);
		if (info == null || subtypes == null) {
			return null;
		}
		var values = new LinkedHashMap<String, Class<?>>();
		Arrays.stream(subtypes.value()).forEach(subtype -> values.put(subtype.name(), subtype.value()));
		return new Choice(info.property(), values);
	}

	/**
	 * The command of the chosen action; the discriminator is checked first, and compared stripped as the
	 * forms always were.
	 *
	 * @throws ChoiceNotAllowed if the task offers actions and the body names none of them
	 * @throws JsonProcessingException if a value has the wrong type
	 */
	static TaskCommand read(ObjectMapper mapper, String taskKey, JsonNode body) throws JsonProcessingException {
		var type = typeOf(taskKey);
		var object = body instanceof ObjectNode node ? node.deepCopy() : mapper.createObjectNode();
		var choice = choiceOf(type);
		if (choice != null) {
			var value = object.get(choice.field());
			var chosen = chosenType(choice, value != null && value.isTextual() ? value.asText() : null);
			object.put(choice.field(), value.asText().strip());
			return (TaskCommand) mapper.treeToValue(object, chosen);
		}
		if (body != null && !body.isNull() && !body.isObject()) {
			// an array or a bare value where the task takes an object: let Jackson say so
			return mapper.treeToValue(body, type);
		}
		return mapper.treeToValue(object, type);
	}

	/**
	 * The command of the action the discriminator's value names, compared stripped as the forms always were.
	 *
	 * @throws ChoiceNotAllowed if the value is missing or none of the task's actions
	 */
	static Class<?> chosenType(Choice choice, String value) {
		var chosen = value == null ? null : choice.values().get(value.strip());
		if (chosen == null) {
			throw new ChoiceNotAllowed(choice.field(), choice.allowed());
		}
		return chosen;
	}

	/** A sealed command type's discriminator and its values, each with the command it chooses. */
	record Choice(String field, Map<String, Class<?>> values) {

		List<String> allowed() {
			return List.copyOf(values.keySet());
		}
	}
}
