package org.gongkai.workflow.publication;

import static org.gongkai.workflow.publication.CataloguePublicationProcess.AUTHOR;
import static org.gongkai.workflow.publication.CataloguePublicationProcess.COMMENT;
import static org.gongkai.workflow.publication.CataloguePublicationProcess.ITEM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.workflow.task.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code catalogue-publication.bpmn}: each reads ids and calls one use case. */
@Configuration(proxyBeanMethods = false)
class PublicationDelegates {

	@Bean
	JavaDelegate submitCatalogueItem(ReviewCatalogueItem review) {
		return execution -> review.submit(itemId(execution), Actors.current(execution, (String) execution.getVariable(AUTHOR)));
	}

	@Bean
	JavaDelegate returnCatalogueItem(ReviewCatalogueItem review) {
		return execution -> review.returnForRevision(itemId(execution), Actors.current(execution, "system"),
				(String) execution.getVariable(COMMENT));
	}

	@Bean
	JavaDelegate publishCatalogueItem(ReviewCatalogueItem review) {
		return execution -> review.publish(itemId(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate flagPublicationOverdue(ReviewCatalogueItem review) {
		return execution -> review.flagOverdue(itemId(execution));
	}

	@Bean
	JavaDelegate applyCatalogueChange(DecideItemChange decide) {
		return execution -> decide.apply(changeId(execution), Actors.current(execution, "system"));
	}

	@Bean
	JavaDelegate returnCatalogueChange(DecideItemChange decide) {
		return execution -> decide.returnChange(changeId(execution), Actors.current(execution, "system"),
				(String) execution.getVariable(COMMENT));
	}

	private static Long changeId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CatalogueChangeProcess.CHANGE_ID)).longValue();
	}

	private static Long itemId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ITEM_ID)).longValue();
	}
}
