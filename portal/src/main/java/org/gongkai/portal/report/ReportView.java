package org.gongkai.portal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.information.InformationReport;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.ReportStatus;
import org.gongkai.workflow.information.Urgency;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.supervision.ReportInstruction;
import org.gongkai.workflow.supervision.Supervision;
import org.gongkai.workflow.task.TaskView;

/** An item as the API and its page show it: content, status, where it was carried, instructions, 督办, log, open tasks. */
public record ReportView(Long id, ReportStatus status, String title, String body, String category, Urgency urgency,
		String author, String phone, String unitCode, Set<String> units, boolean joint, Long mergedIntoId,
		String decisionNote, Instant createdAt, Instant submittedAt, List<Carried> carriedIn,
		List<Instruction> instructions, List<Event> events, List<TaskView> openTasks, Catalogued catalogueItem) {

	/** The catalogue item the office drafted from the item for proactive disclosure, and where it is. */
	public record Catalogued(Long id, String title, String departmentCode, ItemStatus status, String indexNo,
			boolean isPublic) {

		static Catalogued of(CatalogueItem item) {
			return new Catalogued(item.getId(), item.getTitle(), item.getDepartmentCode(), item.getStatus(),
					item.getIndexNo(), item.isPublic());
		}
	}

	/** One issue the item was carried in, e.g. 《政务信息》2026年第12期. */
	public record Carried(Long issueId, String issue, String publication, LocalDate adoptedOn) {
	}

	public record Instruction(Long id, Level leaderLevel, String leaderName, String text, LocalDate instructedOn,
			Instant feedbackDueAt, List<Supervised> supervisions) {

		static Instruction of(ReportInstruction i, List<Supervision> all) {
			return new Instruction(i.getId(), i.getLeaderLevel(), i.getLeaderName(), i.getText(), i.getInstructedOn(),
					i.getFeedbackDueAt(), all.stream()
						.filter(s -> s.getInstructionId().equals(i.getId()))
						.map(s -> new Supervised(s.getId(), s.getUnitCode(), s.getStatus(), s.getDueAt(),
								s.getFeedback(), s.getFeedbackAt()))
						.toList());
		}
	}

	public record Supervised(Long id, String unitCode, Supervision.Status status, Instant dueAt, String feedback,
			Instant feedbackAt) {
	}

	public record Event(String type, String actor, Instant occurredAt, String note) {

		public static Event of(CaseEvent e) {
			return new Event(e.getType(), e.getActor(), e.getOccurredAt(), e.getNote());
		}
	}

	static ReportView of(InformationReport r, List<Carried> carried, List<Instruction> instructions,
			List<Event> events, List<TaskView> openTasks, CatalogueItem catalogueItem) {
		return new ReportView(r.getId(), r.getStatus(), r.getTitle(), r.getBody(), r.getCategory(), r.getUrgency(),
				r.getAuthor(), r.getPhone(), r.getUnitCode(), r.getUnits(), r.isJoint(), r.getMergedIntoId(),
				r.getDecisionNote(), r.getCreatedAt(), r.getSubmittedAt(), carried, instructions, events, openTasks,
				catalogueItem == null ? null : Catalogued.of(catalogueItem));
	}
}
