package org.gongkai.workflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.TaskService;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.SubmitDraft;
import org.springframework.stereotype.Component;

/**
 * Writes the 意见采纳情况反馈 into the catalogue (column {@value #COLUMN}): the item is drafted for the
 * consultation's department and submitted into the ordinary catalogue publication, which has its own
 * 保密审查 and approval; the consultation's page shows the feedback at once, since its own review passed.
 */
@Component
class FeedbackPublisher {

	static final String COLUMN = "consultation-feedback";

	private final DraftCatalogueItem draft;

	private final SubmitDraft submit;

	private final CatalogueItems items;

	private final Departments departments;

	private final EntityManager entities;

	private final TaskService tasks;

	private final ConsultationProperties properties;

	private final Clock clock;

	FeedbackPublisher(DraftCatalogueItem draft, SubmitDraft submit, CatalogueItems items, Departments departments,
			EntityManager entities, TaskService tasks, ConsultationProperties properties, Clock clock) {
		this.tasks = tasks;
		this.draft = draft;
		this.submit = submit;
		this.items = items;
		this.departments = departments;
		this.entities = entities;
		this.properties = properties;
		this.clock = clock;
	}

	/** The catalogue item now under the publication review, in the caller's transaction; its id. */
	Long publish(Consultation consultation, List<CommentGroup> groups, int acceptedComments, String actor) {
		var issuer = departments.findById(consultation.getDepartmentCode())
			.map(d -> d.getName())
			.orElse(consultation.getDepartmentCode());
		var title = truncate("关于《" + consultation.getTitle() + "》征求意见采纳情况的反馈", 200);
		var body = new StringBuilder();
		body.append("征求意见期间：").append(consultation.getOpensOn()).append(" 至 ").append(consultation.getClosesOn())
			.append("。共收到公开展示的意见 ").append(acceptedComments).append(" 条，归纳为 ").append(groups.size())
			.append(" 组。\n\n");
		if (consultation.getFeedbackSummary() != null) {
			body.append(consultation.getFeedbackSummary()).append("\n\n");
		}
		for (var group : groups) {
			body.append(group.getSeqNo()).append(". ").append(group.getSummary()).append("\n  ")
				.append(outcomeLabel(group.getOutcome())).append("：").append(group.getReason()).append("\n");
		}
		body.append("\n详见 /consultations/").append(consultation.getId());
		var content = new ItemContent(title, truncate(body.toString(), 300), body.toString(), issuer,
				LocalDate.now(clock.withZone(properties.zone())), null, COLUMN, "综合政务\\政务公开", "其他");
		CatalogueItem item = draft.draft(content, consultation.getDepartmentCode(), actor);
		var prepare = preparationTaskInCommand(item);
		if (prepare == null) {
			submit.submitAs(item.getId(), actor);
		}
		else {
			tasks.setAssignee(prepare, actor);
			tasks.complete(prepare);
		}
		return item.getId();
	}

	/**
	 * Called from the process's own service task, the catalogue process just started lives in the engine's
	 * command cache only, where a query (as {@link SubmitDraft} makes) does not see it; its preparation task is
	 * taken from that cache instead and completed by id, which the engine resolves from the cache. Null outside
	 * a command.
	 */
	private static String preparationTaskInCommand(CatalogueItem item) {
		var context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
		if (context == null) {
			return null;
		}
		return context.getDbEntityManager()
			.getCachedEntitiesByType(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.class)
			.stream()
			.filter(t -> item.getProcessInstanceId() != null && item.getProcessInstanceId().equals(t.getProcessInstanceId()))
			.filter(t -> CataloguePublicationProcess.TASK_PREPARE_DRAFT.equals(t.getTaskDefinitionKey()))
			.map(t -> t.getId())
			.findFirst()
			.orElse(null);
	}

	/** Whether the item exists and is published. */
	boolean isPublished(Long itemId) {
		return itemId != null && items.findById(itemId).map(i -> i.getStatus() == ItemStatus.PUBLISHED).orElse(false);
	}

	/** The published item with the 索引号, if any. */
	java.util.Optional<Long> publishedByIndexNo(String indexNo) {
		if (indexNo == null || indexNo.isBlank()) {
			return java.util.Optional.empty();
		}
		return entities.createQuery("select i from CatalogueItem i where i.indexNo = :no", CatalogueItem.class)
			.setParameter("no", indexNo.strip())
			.getResultStream()
			.filter(i -> i.getStatus() == ItemStatus.PUBLISHED)
			.map(CatalogueItem::getId)
			.findFirst();
	}

	static String outcomeLabel(AdoptionOutcome outcome) {
		return switch (outcome) {
			case ADOPTED -> "采纳";
			case PARTLY_ADOPTED -> "部分采纳";
			case NOT_ADOPTED -> "不予采纳";
		};
	}

	private static String truncate(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
