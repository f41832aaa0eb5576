package org.gongkai.workflow.request;

import static org.gongkai.workflow.request.DisclosureRequestProcess.COMMENT;
import static org.gongkai.workflow.request.DisclosureRequestProcess.DEPARTMENT_CODE;
import static org.gongkai.workflow.request.DisclosureRequestProcess.REPLY_NOTE;
import static org.gongkai.workflow.request.DisclosureRequestProcess.REPLY_REASONS;
import static org.gongkai.workflow.request.DisclosureRequestProcess.REPLY_TYPE;
import static org.gongkai.workflow.request.DisclosureRequestProcess.REQUEST_ID;
import static org.gongkai.workflow.request.DisclosureRequestProcess.SUPPLEMENT_NOTE;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code disclosure-request.bpmn}: read ids and decisions, call one step. */
@Configuration(proxyBeanMethods = false)
class RequestDelegates {

	@Bean
	JavaDelegate issueReceipt(RequestSteps steps) {
		return execution -> {
			var receivedOn = (String) execution.getVariable(DisclosureRequestProcess.RECEIVED_ON);
			execution.setVariables(steps.issueReceipt(requestId(execution), actor(execution),
					receivedOn == null ? null : java.time.LocalDate.parse(receivedOn)));
		};
	}

	@Bean
	JavaDelegate requestSupplement(RequestSteps steps) {
		return execution -> execution.setVariables(steps.requestSupplement(requestId(execution), actor(execution),
				(String) execution.getVariable(SUPPLEMENT_NOTE)));
	}

	@Bean
	JavaDelegate supplementReceived(RequestSteps steps) {
		return execution -> execution.setVariables(steps.supplementReceived(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate deemWithdrawn(RequestSteps steps) {
		return execution -> steps.deemWithdrawn(requestId(execution));
	}

	@Bean
	JavaDelegate assignRequest(RequestSteps steps) {
		return execution -> steps.assign(requestId(execution), (String) execution.getVariable(DEPARTMENT_CODE),
				actor(execution));
	}

	@Bean
	JavaDelegate recordProposal(RequestSteps steps) {
		return execution -> {
			if (steps.isCorrection(requestId(execution))) {
				steps.recordCorrectionProposal(requestId(execution), actor(execution),
						(String) execution.getVariable(DisclosureRequestProcess.CORRECTION_OUTCOME),
						(String) execution.getVariable(DisclosureRequestProcess.COMPETENT_AGENCY),
						(String) execution.getVariable(REPLY_NOTE));
				return;
			}
			var type = (String) execution.getVariable(REPLY_TYPE);
			if (type == null) {
				throw new IllegalArgumentException("replyType: 请选择答复类型");
			}
			steps.recordProposal(requestId(execution), actor(execution), ReplyType.valueOf(type), reasons(execution),
					(String) execution.getVariable(REPLY_NOTE),
					(String) execution.getVariable(DisclosureRequestProcess.PUBLIC_INTEREST_REASON));
		};
	}

	/** On the way to the office head's approval: the extension asked for is one the law allows. */
	@Bean
	JavaDelegate checkExtension(RequestSteps steps) {
		return execution -> steps.checkExtension(execution.getVariable(DisclosureRequestProcess.EXTENSION_DAYS),
				execution.getVariable(DisclosureRequestProcess.EXTENSION_REASON));
	}

	@Bean
	JavaDelegate extendDeadline(RequestSteps steps, ReplyClock clock) {
		return execution -> {
			var variables = steps.extend(requestId(execution), actor(execution),
					((Number) execution.getVariable(DisclosureRequestProcess.EXTENSION_DAYS)).intValue(),
					(String) execution.getVariable(DisclosureRequestProcess.EXTENSION_REASON));
			execution.setVariables(variables);
			clock.reschedule(execution.getProcessInstanceId(), variables);
		};
	}

	@Bean
	JavaDelegate startConsultation(RequestSteps steps, ReplyClock clock) {
		return execution -> {
			execution.setVariables(steps.startConsultation(requestId(execution), actor(execution),
					(String) execution.getVariable(COMMENT),
					(String) execution.getVariable(DisclosureRequestProcess.CONSULTATION_KIND),
					(String) execution.getVariable(DisclosureRequestProcess.CONSULTED_PARTY),
					(String) execution.getVariable(DisclosureRequestProcess.CONSULTED_INFORMATION)));
			// the next consultation names its own party: none of this one's may carry over to it
			execution.removeVariables(List.of(DisclosureRequestProcess.CONSULTATION_KIND,
					DisclosureRequestProcess.CONSULTED_PARTY, DisclosureRequestProcess.CONSULTED_INFORMATION));
			clock.pause(execution.getProcessInstanceId());
		};
	}

	@Bean
	JavaDelegate endConsultation(RequestSteps steps, ReplyClock clock) {
		return execution -> {
			var variables = steps.endConsultation(requestId(execution), actor(execution),
					(String) execution.getVariable(COMMENT),
					(String) execution.getVariable(DisclosureRequestProcess.CONSULTATION_OPINION),
					(String) execution.getVariable(DisclosureRequestProcess.OBJECTION_REASONS));
			// the opinion answers this consultation only
			execution.removeVariables(List.of(DisclosureRequestProcess.CONSULTATION_OPINION,
					DisclosureRequestProcess.OBJECTION_REASONS));
			resumed(execution, clock, variables);
		};
	}

	@Bean
	JavaDelegate consultationLapsed(RequestSteps steps, ReplyClock clock) {
		return execution -> resumed(execution, clock,
				steps.endConsultation(requestId(execution), "system", "征求意见期限届满，未收到回复"));
	}

	@Bean
	JavaDelegate issueFeeNotice(RequestSteps steps, ReplyClock clock) {
		return execution -> {
			var pages = (Number) execution.getVariable(DisclosureRequestProcess.FEE_PAGES);
			execution.setVariables(steps.issueFeeNotice(requestId(execution), actor(execution),
					(String) execution.getVariable(DisclosureRequestProcess.FEE_METHOD),
					pages == null ? null : pages.intValue()));
			clock.pause(execution.getProcessInstanceId());
		};
	}

	@Bean
	JavaDelegate feePaid(RequestSteps steps, ReplyClock clock) {
		return execution -> resumed(execution, clock, steps.feePaid(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate abandonFeeUnpaid(RequestSteps steps) {
		return execution -> steps.abandonFeeUnpaid(requestId(execution));
	}

	@Bean
	JavaDelegate askReasons(RequestSteps steps, ReplyClock clock, RequestProperties properties) {
		return execution -> {
			execution.setVariables(steps.askReasons(requestId(execution), actor(execution),
					(String) execution.getVariable(DisclosureRequestProcess.REASONS_NOTE)));
			// the judgement's comment goes into letters: an older review comment must not carry over to it
			execution.removeVariables(List.of(DisclosureRequestProcess.REASONS_NOTE, COMMENT));
			if (properties.reasonsPauseClock()) {
				clock.pause(execution.getProcessInstanceId());
			}
		};
	}

	@Bean
	JavaDelegate reasonsReceived(RequestSteps steps, ReplyClock clock) {
		return execution -> resumed(execution, clock, steps.reasonsReceived(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate reasonsLapsed(RequestSteps steps, ReplyClock clock) {
		return execution -> resumed(execution, clock, steps.reasonsLapsed(requestId(execution)));
	}

	@Bean
	JavaDelegate refuseUnreasonable(RequestSteps steps) {
		return execution -> steps.refuseUnreasonable(requestId(execution), actor(execution),
				execution.getVariable(DisclosureRequestProcess.REASONS_VERDICT) == null,
				(String) execution.getVariable(COMMENT));
	}

	@Bean
	JavaDelegate replyLater(RequestSteps steps, ReplyClock clock) {
		return execution -> {
			var variables = steps.replyLater(requestId(execution), actor(execution),
					(String) execution.getVariable(DisclosureRequestProcess.LATER_DUE_ON),
					(String) execution.getVariable(COMMENT));
			execution.setVariables(variables);
			clock.reschedule(execution.getProcessInstanceId(), variables);
		};
	}

	private static void resumed(DelegateExecution execution, ReplyClock clock, java.util.Map<String, Object> variables) {
		execution.setVariables(variables);
		clock.reschedule(execution.getProcessInstanceId(), variables);
	}

	@Bean
	JavaDelegate returnToHandler(RequestSteps steps) {
		return execution -> steps.returnToHandler(requestId(execution), actor(execution),
				(String) execution.getVariable(COMMENT));
	}

	@Bean
	JavaDelegate warnDueSoon(RequestSteps steps) {
		return execution -> steps.warnDueSoon(requestId(execution));
	}

	@Bean
	JavaDelegate issueReply(RequestSteps steps) {
		return execution -> execution.setVariables(steps.issueReply(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate recordDelivery(RequestSteps steps) {
		return execution -> steps.recordDelivery(requestId(execution), actor(execution),
				(String) execution.getVariable(DisclosureRequestProcess.REPLY_DELIVERY),
				(String) execution.getVariable(DisclosureRequestProcess.TRACKING_NO),
				(String) execution.getVariable(DisclosureRequestProcess.DELIVERED_ON));
	}

	@Bean
	JavaDelegate archiveRequest(RequestSteps steps) {
		return execution -> steps.archive(requestId(execution), actor(execution));
	}

	@Bean
	JavaDelegate remindDelivery(RequestSteps steps) {
		return execution -> steps.remindDelivery(requestId(execution));
	}

	@Bean
	JavaDelegate withdrawRequest(RequestSteps steps) {
		return execution -> steps.withdraw(requestId(execution), actor(execution));
	}

	private static Long requestId(DelegateExecution execution) {
		return ((Number) execution.getVariable(REQUEST_ID)).longValue();
	}

	private static String actor(DelegateExecution execution) {
		return Actors.current(execution, "system");
	}

	private static List<WithholdingReason> reasons(DelegateExecution execution) {
		var value = (String) execution.getVariable(REPLY_REASONS);
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).map(WithholdingReason::valueOf).toList();
	}
}
