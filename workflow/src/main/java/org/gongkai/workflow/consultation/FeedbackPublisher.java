package org.gongkai.workflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.PublishReviewedItem;
import org.springframework.stereotype.Component;

/**
 * Publishes the 意见采纳情况反馈 in the catalogue (column {@value #COLUMN}) for the consultation's department,
 * once the department and the office approved it in the consultation's own review: the catalogue does not
 * review the same text again ({@link PublishReviewedItem}).
 */
@Component
class FeedbackPublisher {

	static final String COLUMN = "consultation-feedback";

	private final PublishReviewedItem publisher;

	private final CatalogueItems items;

	private final Departments departments;

	private final EntityManager entities;

	private final ConsultationProperties properties;

	private final Clock clock;

	FeedbackPublisher(PublishReviewedItem publisher, CatalogueItems items, Departments departments,
			EntityManager entities, ConsultationProperties properties, Clock clock) {
		this.publisher = publisher;
		this.items = items;
		this.departments = departments;
		this.entities = entities;
		this.properties = properties;
		this.clock = clock;
	}

	/** The published catalogue item's id; in the caller's transaction. */
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
		CatalogueItem item = publisher.publish(content, consultation.getDepartmentCode(), actor, actor,
				CaseType.CONSULTATION, consultation.getId());
		return item.getId();
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
