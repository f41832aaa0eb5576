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

import org.gongkai.workflow.InvalidValue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code disclosure-request.bpmn}: read ids and decisions, call one step of one action
 * class. The BPMN names each delegate by its step ({@code ${issueReceipt}}), so the action classes are the
 * beans named {@code <action>Action} ({@code issueReceiptAction}).
 */
@Configuration(proxyBeanMethods = false)
class RequestDelegates {

	@Bean
	JavaDelegate issueReceipt(IssueReceipt action) {
		return execution -> {
			var receivedOn = (String) execution.getVariable(DisclosureRequestProcess.RECEIVED_ON);
			execution.setVariables(action.issueReceipt(requestId(execution), actor(execution),
					receivedOn == null ? null : java.time.LocalDate.parse(receivedOn)));
		};
	}

	@Bean
	JavaDelegate requestSupplement(RequestSupplement action) {
		return execution -> execution.setVariables(action.requestSupplement(requestId(execution), actor(execution),
				(String) execution.getVariable(SUPPLEMENT_NOTE)));
	}

	@Bean
	JavaDelegate supplementReceived(RequestSupplement action) {
		return execution -> execution.setVariables(action.supplementReceived(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate deemWithdrawn(RequestSupplement action) {
		return execution -> action.deemWithdrawn(requestId(execution));
	}

	@Bean
	JavaDelegate assignRequest(AssignRequest action) {
		return execution -> action.assign(requestId(execution), (String) execution.getVariable(DEPARTMENT_CODE),
				actor(execution));
	}

	@Bean
	JavaDelegate recordProposal(ProposeReply action) {
		return execution -> {
			if (action.isCorrection(requestId(execution))) {
				action.recordCorrectionProposal(requestId(execution), actor(execution),
						(String) execution.getVariable(DisclosureRequestProcess.CORRECTION_OUTCOME),
						(String) execution.getVariable(DisclosureRequestProcess.COMPETENT_AGENCY),
						(String) execution.getVariable(REPLY_NOTE));
				return;
			}
			var type = (String) execution.getVariable(REPLY_TYPE);
			if (type == null) {
				throw new InvalidValue("replyType", "request.reply.type");
			}
			action.recordProposal(requestId(execution), actor(execution), ReplyType.valueOf(type), reasons(execution),
					(String) execution.getVariable(REPLY_NOTE),
					(String) execution.getVariable(DisclosureRequestProcess.PUBLIC_INTEREST_REASON));
		};
	}

	/** On the way to the office head's approval: the extension asked for is one the law allows. */
	@Bean
	JavaDelegate checkExtension(ExtendDeadline action) {
		return execution -> action.checkExtension(execution.getVariable(DisclosureRequestProcess.EXTENSION_DAYS),
				execution.getVariable(DisclosureRequestProcess.EXTENSION_REASON));
	}

	@Bean
	JavaDelegate extendDeadline(ExtendDeadline action, ReplyClock clock) {
		return execution -> {
			var variables = action.extend(requestId(execution), actor(execution),
					((Number) execution.getVariable(DisclosureRequestProcess.EXTENSION_DAYS)).intValue(),
					(String) execution.getVariable(DisclosureRequestProcess.EXTENSION_REASON));
			execution.setVariables(variables);
			clock.reschedule(execution.getProcessInstanceId(), variables);
		};
	}

	@Bean
	JavaDelegate startConsultation(Consult action, ReplyClock clock) {
		return execution -> {
			execution.setVariables(action.startConsultation(requestId(execution), actor(execution),
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
	JavaDelegate endConsultation(RecordConsultationReply action, ReplyClock clock) {
		return execution -> {
			var variables = action.endConsultation(requestId(execution), actor(execution),
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
	JavaDelegate consultationLapsed(RecordConsultationReply action, ReplyClock clock) {
		return execution -> resumed(execution, clock,
				action.endConsultation(requestId(execution), "system", "征求意见期限届满，未收到回复"));
	}

	@Bean
	JavaDelegate issueFeeNotice(ChargeFee action, ReplyClock clock) {
		return execution -> {
			var pages = (Number) execution.getVariable(DisclosureRequestProcess.FEE_PAGES);
			execution.setVariables(action.issueFeeNotice(requestId(execution), actor(execution),
					(String) execution.getVariable(DisclosureRequestProcess.FEE_METHOD),
					pages == null ? null : pages.intValue()));
			clock.pause(execution.getProcessInstanceId());
		};
	}

	@Bean
	JavaDelegate feePaid(ChargeFee action, ReplyClock clock) {
		return execution -> resumed(execution, clock, action.feePaid(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate abandonFeeUnpaid(ChargeFee action) {
		return execution -> action.abandonFeeUnpaid(requestId(execution));
	}

	@Bean
	JavaDelegate askReasons(AskReasons action, ReplyClock clock, RequestProperties properties) {
		return execution -> {
			execution.setVariables(action.askReasons(requestId(execution), actor(execution),
					(String) execution.getVariable(DisclosureRequestProcess.REASONS_NOTE)));
			// the judgement's comment goes into letters: an older review comment must not carry over to it
			execution.removeVariables(List.of(DisclosureRequestProcess.REASONS_NOTE, COMMENT));
			if (properties.reasonsPauseClock()) {
				clock.pause(execution.getProcessInstanceId());
			}
		};
	}

	@Bean
	JavaDelegate reasonsReceived(AskReasons action, ReplyClock clock) {
		return execution -> resumed(execution, clock, action.reasonsReceived(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate reasonsLapsed(AskReasons action, ReplyClock clock) {
		return execution -> resumed(execution, clock, action.reasonsLapsed(requestId(execution)));
	}

	@Bean
	JavaDelegate refuseUnreasonable(RefuseUnreasonable action) {
		return execution -> action.refuseUnreasonable(requestId(execution), actor(execution),
				execution.getVariable(DisclosureRequestProcess.REASONS_VERDICT) == null,
				(String) execution.getVariable(COMMENT));
	}

	@Bean
	JavaDelegate replyLater(ReplyLater action, ReplyClock clock) {
		return execution -> {
			var variables = action.replyLater(requestId(execution), actor(execution),
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
	JavaDelegate returnToHandler(ReturnToHandler action) {
		return execution -> action.returnToHandler(requestId(execution), actor(execution),
				(String) execution.getVariable(COMMENT));
	}

	@Bean
	JavaDelegate warnDueSoon(WarnDueSoon action) {
		return execution -> action.warnDueSoon(requestId(execution));
	}

	@Bean
	JavaDelegate issueReply(IssueReply action) {
		return execution -> execution.setVariables(action.issueReply(requestId(execution), actor(execution)));
	}

	@Bean
	JavaDelegate recordDelivery(RecordDelivery action) {
		return execution -> action.recordDelivery(requestId(execution), actor(execution),
				(String) execution.getVariable(DisclosureRequestProcess.REPLY_DELIVERY),
				(String) execution.getVariable(DisclosureRequestProcess.TRACKING_NO),
				(String) execution.getVariable(DisclosureRequestProcess.DELIVERED_ON));
	}

	@Bean
	JavaDelegate archiveRequest(ArchiveRequest action) {
		return execution -> action.archive(requestId(execution), actor(execution));
	}

	@Bean
	JavaDelegate remindDelivery(RemindDelivery action) {
		return execution -> action.remindDelivery(requestId(execution));
	}

	@Bean
	JavaDelegate withdrawRequest(WithdrawRequest action) {
		return execution -> action.withdraw(requestId(execution), actor(execution));
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
