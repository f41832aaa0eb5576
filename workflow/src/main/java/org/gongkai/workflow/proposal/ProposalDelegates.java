package org.gongkai.workflow.proposal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.task.Actors;
import org.gongkai.workflow.task.Review;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates and task listeners of {@code deputy-proposal.bpmn}, and its deadlines from the ⚙ settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProposalProperties.class)
class ProposalDelegates {

	@Bean
	ProposalDeadlines proposalDeadlines(ProposalProperties properties, WorkingDayCalendar calendar) {
		return new ProposalDeadlines(properties, calendar);
	}

	@Bean
	TaskListener proposalOpinionListener(ProposalSteps steps) {
		return task -> steps.opinion(id(task), string(task, DeputyProposalProcess.ASSIST_UNIT),
				string(task, AssistOpinion.OPINION), actor(task));
	}

	@Bean
	TaskListener proposalReplyListener(ProposalSteps steps) {
		return task -> {
			var replyClass = string(task, ProposalReply.REPLY_CLASS);
			steps.reply(id(task), string(task, DeputyProposalProcess.LEAD_UNIT),
					replyClass == null ? null : ReplyClass.valueOf(replyClass), string(task, ProposalReply.REPLY_TEXT),
					!Boolean.FALSE.equals(task.getVariable(ProposalReply.REPLY_PUBLISHABLE)),
					string(task, ProposalReply.NOT_PUBLISHED_REASON), actor(task));
		};
	}

	/** Logs each review's verdict; a missing verdict is left to the gateway, which refuses the completion. */
	@Bean
	TaskListener proposalReviewListener(ProposalSteps steps) {
		return task -> {
			if (task.getVariable(Review.APPROVED) instanceof Boolean approved) {
				steps.reviewed(id(task), task.getTaskDefinitionKey(), approved, string(task, Review.COMMENT),
						actor(task));
			}
		};
	}

	@Bean
	TaskListener proposalSatisfactionListener(ProposalSteps steps) {
		return task -> {
			var satisfaction = string(task, SatisfactionRecord.SATISFACTION);
			steps.rate(id(task), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
					string(task, Review.COMMENT), actor(task));
		};
	}

	@Bean
	JavaDelegate recordProposalOpinionsIn(ProposalSteps steps) {
		return execution -> steps.opinionsIn(id(execution));
	}

	@Bean
	JavaDelegate recordProposalOpinionOverdue(ProposalSteps steps) {
		return execution -> steps.assistOverdue(id(execution), string(execution, DeputyProposalProcess.ASSIST_UNIT));
	}

	@Bean
	JavaDelegate recordProposalDueSoon(ProposalSteps steps) {
		return execution -> steps.dueSoon(id(execution));
	}

	@Bean
	JavaDelegate recordProposalOverdue(ProposalSteps steps) {
		return execution -> steps.overdue(id(execution));
	}

	@Bean
	JavaDelegate sendProposalReply(ProposalSteps steps) {
		return execution -> execution.setVariable(DeputyProposalProcess.PUBLISHABLE,
				steps.send(id(execution), Actors.current(execution, "system")));
	}

	@Bean
	JavaDelegate reworkProposal(ProposalSteps steps) {
		return execution -> execution.setVariables(steps.rework(id(execution)));
	}

	@Bean
	JavaDelegate publishProposalReply(ProposalSteps steps) {
		return execution -> steps.publish(id(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate withholdProposalReply(ProposalSteps steps) {
		return execution -> steps.withhold(id(execution), string(execution, Review.COMMENT));
	}

	private static Long id(VariableScope scope) {
		return ((Number) scope.getVariable(DeputyProposalProcess.PROPOSAL_ID)).longValue();
	}

	private static String actor(DelegateTask task) {
		return Actors.current(task.getExecution(), "system");
	}

	private static String string(VariableScope scope, String name) {
		var value = scope.getVariable(name);
		return value == null ? null : String.valueOf(value);
	}
}
