package org.gongkai.workflow.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 意见征集: a department drafts a consultation and submits it for review; the process opens
 * and closes it at midnight of its first and after its last day; citizens comment while it is open and each
 * comment is moderated; after it closes the department groups the accepted comments and records the outcome
 * of each group, and the reviewed feedback is published. Every step appends to the consultation's log.
 */
@Service
public class ConsultationSteps {

	static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Consultations consultations;

	private final ConsultationAttachments attachments;

	private final ConsultationComments comments;

	private final CommentGroups groups;

	private final Departments departments;

	private final CaseEvents log;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ConsultationProperties properties;

	private final FeedbackPublisher publisher;

	private final Clock clock;

	ConsultationSteps(Consultations consultations, ConsultationAttachments attachments, ConsultationComments comments,
			CommentGroups groups, Departments departments, CaseEvents log, RuntimeService runtime, TaskService tasks,
			ConsultationProperties properties, FeedbackPublisher publisher, Clock clock) {
		this.consultations = consultations;
		this.attachments = attachments;
		this.comments = comments;
		this.groups = groups;
		this.departments = departments;
		this.log = log;
		this.runtime = runtime;
		this.tasks = tasks;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	public Consultation get(Long id) {
		return consultations.findById(id).orElseThrow(() -> new ConsultationNotFound(id));
	}

	public List<Consultation> all() {
		return consultations.findTop500ByOrderByIdDesc();
	}

	public List<ConsultationAttachment> attachmentsOf(Long id) {
		return attachments.findByConsultationIdOrderByIdAsc(id);
	}

	public ConsultationAttachment attachment(Long id, Long attachmentId) {
		return attachments.findById(attachmentId)
			.filter(a -> a.getConsultationId().equals(id))
			.orElseThrow(() -> new UnknownReference("attachmentId", String.valueOf(attachmentId)));
	}

	public List<ConsultationComment> commentsOf(Long id) {
		return comments.findByConsultationIdOrderByIdAsc(id);
	}

	public List<ConsultationComment> acceptedCommentsOf(Long id) {
		return comments.findByConsultationIdAndStatusOrderByIdAsc(id, CommentStatus.ACCEPTED);
	}

	public List<ConsultationComment> commentsBy(String authorId) {
		return comments.findByAuthorIdOrderByIdDesc(authorId);
	}

	public ConsultationComment comment(Long commentId) {
		return comments.findById(commentId)
			.orElseThrow(() -> new UnknownReference("commentId", String.valueOf(commentId)));
	}

	public List<CommentGroup> groupsOf(Long id) {
		return groups.findByConsultationIdOrderBySeqNoAsc(id);
	}

	public List<CaseEvent> logOf(Long id) {
		return log.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.CONSULTATION, id);
	}

	/** The comment a moderation task is about, or null if the task is not one. */
	public Long commentOfTask(String taskId) {
		var value = tasks.getVariable(taskId, PublicConsultationProcess.COMMENT_ID);
		return value instanceof Number n ? n.longValue() : null;
	}

	/** The period a new consultation of the kind gets by default. */
	public int defaultDays(ConsultationKind kind) {
		return properties.period(kind).defaultDays();
	}

	public int minimumDays(ConsultationKind kind) {
		return properties.period(kind).minimumDays();
	}

	/**
	 * Saves a draft consultation of the department.
	 * @throws InvalidValue for a first day in the past, a period shorter than the kind's minimum, texts too long
	 */
	@Transactional
	public Consultation draft(ConsultationDetails details, String departmentCode, String actor) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("department", departmentCode);
		}
		check(details);
		var consultation = consultations.save(new Consultation(details, departmentCode, actor, clock.instant()));
		log(consultation.getId(), "DRAFTED", actor, consultation.getTitle());
		return consultation;
	}

	/** A file as uploaded. */
	public record Upload(String fileName, byte[] content) {
	}

	/** Saves the draft with its documents in one transaction: nothing is saved if a file is refused. */
	@Transactional
	public Consultation draftWithDocuments(ConsultationDetails details, String departmentCode, String actor, Upload draft,
			Upload explanation) {
		var consultation = draft(details, departmentCode, actor);
		attach(consultation.getId(), AttachmentRole.DRAFT, draft.fileName(), null, draft.content(), actor);
		if (explanation != null) {
			attach(consultation.getId(), AttachmentRole.EXPLANATION, explanation.fileName(), null, explanation.content(),
					actor);
		}
		return consultation;
	}

	/** Adds the draft document or its 起草说明 (PDF or DOCX, checked by the file's first bytes) before submission. */
	@Transactional
	public ConsultationAttachment attach(Long id, AttachmentRole role, String fileName, String contentType, byte[] content,
			String actor) {
		var consultation = get(id);
		if (!editable(consultation)) {
			throw new ConsultationNotInExpectedState(id, consultation.getStatus(), "take documents");
		}
		if (role == null) {
			throw new InvalidValue("role", "consultation.invalid.attachment.role");
		}
		if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
			throw new InvalidValue("file", "consultation.invalid.attachment.size", MAX_ATTACHMENT_BYTES / 1024 / 1024);
		}
		var type = typeOf(content);
		if (type == null) {
			throw new InvalidValue("file", "consultation.invalid.attachment.type");
		}
		var name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		if (consultation.getStatus() != ConsultationStatus.DRAFT) {
			// a returned draft: the new file replaces the one of the same role
			attachments.deleteAll(attachments.findByConsultationIdOrderByIdAsc(id).stream().filter(a -> a.getRole() == role).toList());
			attachments.flush();
		}
		var saved = attachments.save(new ConsultationAttachment(id, role, name, type, content, clock.instant()));
		log(id, "ATTACHED", actor, name);
		return saved;
	}

	/**
	 * The department revises its draft: while a draft, or when a reviewer returned it (the task 修改征求意见稿
	 * is open). The period is checked again.
	 */
	@Transactional
	public Consultation revise(Long id, ConsultationDetails details, String actor) {
		var consultation = get(id);
		if (!editable(consultation)) {
			throw new ConsultationNotInExpectedState(id, consultation.getStatus(), "be revised");
		}
		check(details);
		consultation.edit(details);
		if (consultation.getProcessInstanceId() != null) {
			runtime.setVariable(consultation.getProcessInstanceId(), PublicConsultationProcess.OPENS_AT,
					Date.from(opensAt(consultation)));
			runtime.setVariable(consultation.getProcessInstanceId(), PublicConsultationProcess.CLOSES_AT,
					Date.from(closesAt(consultation)));
		}
		log(id, "REVISED", actor, null);
		return consultation;
	}

	/** Whether the department may change the draft now: before submission, or while it revises a returned draft. */
	public boolean editable(Consultation consultation) {
		if (consultation.getStatus() == ConsultationStatus.DRAFT) {
			return true;
		}
		return consultation.getStatus() == ConsultationStatus.IN_REVIEW && consultation.getProcessInstanceId() != null
				&& tasks.createTaskQuery()
					.processInstanceId(consultation.getProcessInstanceId())
					.taskDefinitionKey(PublicConsultationProcess.TASK_REVISE)
					.count() > 0;
	}

	/** PDF by its {@code %PDF} header, DOCX by the ZIP header (an OOXML package); anything else is refused. */
	static String typeOf(byte[] content) {
		if (content.length >= 4 && content[0] == 0x25 && content[1] == 0x50 && content[2] == 0x44 && content[3] == 0x46) {
			return PDF;
		}
		if (content.length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04) {
			return DOCX;
		}
		return null;
	}

	/**
	 * Submits the draft for review (部门负责人 → 保密审查 → office): the process starts.
	 * @throws InvalidValue without the draft document, or when its first day has passed meanwhile
	 */
	@Transactional
	public Consultation submit(Long id, String actor) {
		var consultation = get(id);
		if (consultation.getStatus() != ConsultationStatus.DRAFT) {
			throw new ConsultationNotInExpectedState(id, consultation.getStatus(), "be submitted");
		}
		if (attachmentsOf(id).stream().noneMatch(a -> a.getRole() == AttachmentRole.DRAFT)) {
			throw new InvalidValue("draft", "consultation.invalid.attachment.draftRequired");
		}
		check(new ConsultationDetails(consultation.getTitle(), consultation.getSummary(), consultation.getKind(),
				consultation.getQuestions(), consultation.getOpensOn(), consultation.getClosesOn()));
		var variables = new HashMap<String, Object>();
		variables.put(PublicConsultationProcess.CONSULTATION_ID, id);
		variables.put(PublicConsultationProcess.DEPARTMENT, consultation.getDepartmentCode());
		variables.put(PublicConsultationProcess.OPENS_AT, Date.from(opensAt(consultation)));
		variables.put(PublicConsultationProcess.CLOSES_AT, Date.from(closesAt(consultation)));
		var process = runtime.startProcessInstanceByKey(PublicConsultationProcess.KEY, String.valueOf(id), variables);
		consultation.submit(clock.instant(), process.getId());
		log(id, "SUBMITTED", actor, null);
		return consultation;
	}

	Instant opensAt(Consultation consultation) {
		return consultation.getOpensOn().atStartOfDay(properties.zone()).toInstant();
	}

	Instant closesAt(Consultation consultation) {
		return consultation.getClosesOn().plusDays(1).atStartOfDay(properties.zone()).toInstant();
	}

	/** A reviewer returned the draft or the feedback; the department revises it. */
	@Transactional
	public void returned(Long id, String actor, String comment, boolean feedback) {
		var consultation = get(id);
		if (feedback) {
			consultation.feedbackReturned();
		}
		log(id, feedback ? "FEEDBACK_RETURNED" : "RETURNED", actor, comment);
	}

	/** All three reviews approved the draft: it waits for its first day. */
	@Transactional
	public void approve(Long id, String actor) {
		get(id).approve();
		log(id, "APPROVED", actor, null);
	}

	@Transactional
	public void open(Long id) {
		get(id).open(clock.instant());
		log(id, "OPENED", "system", null);
	}

	@Transactional
	public void close(Long id) {
		var consultation = get(id);
		consultation.close(clock.instant());
		log(id, "CLOSED", "system", String.valueOf(comments.countByConsultationIdAndStatus(id, CommentStatus.ACCEPTED)));
	}

	/**
	 * A signed-in citizen's comment while the consultation is open: saved as PENDING with its moderation
	 * task, both in this transaction, so the comment is durable before the caller is answered.
	 * @param questionNo 1-based number of a question, or null for the whole draft
	 */
	@Transactional
	public ConsultationComment comment(Long id, Integer questionNo, String text, String authorId, String authorName) {
		var consultation = get(id);
		if (!consultation.isOpen()) {
			throw new ConsultationNotInExpectedState(id, consultation.getStatus(), "take comments");
		}
		if (questionNo != null && (questionNo < 1 || questionNo > consultation.getQuestions().size())) {
			throw new InvalidValue("questionNo", "consultation.invalid.comment.question");
		}
		if (text == null || text.isBlank() || text.strip().length() > 4000) {
			throw new InvalidValue("text", "consultation.invalid.comment.text");
		}
		var name = authorName == null || authorName.isBlank() ? authorId : authorName.strip();
		var comment = comments.save(new ConsultationComment(id, questionNo, authorId,
				name.length() > 200 ? name.substring(0, 200) : name, text.strip(), clock.instant()));
		var variables = new HashMap<String, Object>();
		variables.put(PublicConsultationProcess.CONSULTATION_ID, id);
		variables.put(PublicConsultationProcess.DEPARTMENT, consultation.getDepartmentCode());
		variables.put(PublicConsultationProcess.COMMENT_ID, comment.getId());
		runtime.createMessageCorrelation(PublicConsultationProcess.MESSAGE_COMMENT_SUBMITTED)
			.processInstanceBusinessKey(String.valueOf(id))
			.setVariables(variables)
			.correlateStartMessage();
		return comment;
	}

	/** The moderator's verdict on a comment (a rejection names its reason). */
	@Transactional
	public void moderate(Long commentId, boolean accepted, RejectReason reason, String actor) {
		var comment = comment(commentId);
		if (!accepted && reason == null) {
			throw new InvalidValue("rejectReason", "consultation.invalid.moderation.reasonRequired");
		}
		comment.moderate(accepted, reason, actor, clock.instant());
		log(comment.getConsultationId(), accepted ? "COMMENT_ACCEPTED" : "COMMENT_REJECTED", actor,
				"#" + commentId + (accepted ? "" : " " + reason.name()));
	}

	/**
	 * The department's 意见采纳情况反馈 while it writes it: the overall text and the groups, replacing what was
	 * saved before. Each group has a summary, an outcome and a reason, and only accepted comments of this
	 * consultation, each in one group.
	 */
	@Transactional
	public void saveFeedback(Long id, String summary, List<CommentGroupDetails> details, String actor) {
		var consultation = get(id);
		if (consultation.getStatus() != ConsultationStatus.CLOSED) {
			throw new ConsultationNotInExpectedState(id, consultation.getStatus(), "take feedback");
		}
		if (summary != null && summary.strip().length() > 4000) {
			throw new InvalidValue("summary", "consultation.invalid.feedback.summary");
		}
		var accepted = new HashSet<Long>();
		acceptedCommentsOf(id).forEach(c -> accepted.add(c.getId()));
		var seen = new HashSet<Long>();
		var list = details == null ? List.<CommentGroupDetails>of() : details;
		for (int i = 0; i < list.size(); i++) {
			var group = list.get(i);
			if (group == null || blank(group.summary()) || group.summary().strip().length() > 2000) {
				throw new InvalidValue("groups[" + i + "].summary", "consultation.invalid.feedback.group.summary");
			}
			if (group.outcome() == null) {
				throw new InvalidValue("groups[" + i + "].outcome", "consultation.invalid.feedback.group.outcome");
			}
			if (blank(group.reason()) || group.reason().strip().length() > 2000) {
				throw new InvalidValue("groups[" + i + "].reason", "consultation.invalid.feedback.group.reason");
			}
			for (var commentId : group.commentIds() == null ? List.<Long>of() : group.commentIds()) {
				if (!accepted.contains(commentId) || !seen.add(commentId)) {
					throw new InvalidValue("groups[" + i + "].commentIds", "consultation.invalid.feedback.group.comments",
							String.valueOf(commentId));
				}
			}
		}
		consultation.writeFeedback(blank(summary) ? null : summary.strip());
		comments.findByConsultationIdOrderByIdAsc(id).forEach(c -> c.group(null));
		comments.flush();
		groups.deleteByConsultationId(id);
		groups.flush();
		for (int i = 0; i < list.size(); i++) {
			var group = list.get(i);
			var saved = groups.save(new CommentGroup(id, i + 1, group.summary().strip(), group.outcome(),
					group.reason().strip()));
			Set<Long> members = new HashSet<>(group.commentIds() == null ? List.of() : group.commentIds());
			comments.findAllById(members).forEach(c -> c.group(saved.getId()));
		}
		log(id, "FEEDBACK_SAVED", actor, String.valueOf(list.size()));
	}

	/**
	 * The department completes its feedback: every accepted comment is in a group, and there is an overall
	 * text or at least one group. The feedback goes to review.
	 */
	@Transactional
	public void submitFeedback(Long id, String actor) {
		var consultation = get(id);
		var ungrouped = acceptedCommentsOf(id).stream().filter(c -> c.getGroupId() == null).count();
		if (ungrouped > 0) {
			throw new InvalidValue("groups", "consultation.invalid.feedback.ungrouped", ungrouped);
		}
		if (consultation.getFeedbackSummary() == null && groupsOf(id).isEmpty()) {
			throw new InvalidValue("summary", "consultation.invalid.feedback.empty");
		}
		consultation.feedbackSubmitted();
		log(id, "FEEDBACK_SUBMITTED", actor, null);
	}

	/** The reviewed feedback is shown on the consultation's page and enters the catalogue's publication. */
	@Transactional
	public void publishFeedback(Long id, String actor) {
		var consultation = get(id);
		var item = publisher.publish(consultation, groupsOf(id), acceptedCommentsOf(id).size(), actor);
		consultation.conclude(clock.instant(), item);
		log(id, "CONCLUDED", actor, item == null ? null : "#" + item);
	}

	/** Links the final document, once published in the catalogue, to the consultation it came from. */
	@Transactional
	public void linkFinal(Long id, String indexNo, String actor) {
		var consultation = get(id);
		var itemId = publisher.publishedByIndexNo(indexNo)
			.orElseThrow(() -> new InvalidValue("indexNo", "consultation.invalid.final.notPublished"));
		consultation.linkFinal(itemId);
		log(id, "FINAL_LINKED", actor, "#" + itemId);
	}

	/** The consultation whose final document the catalogue item is, if any. */
	public java.util.Optional<Consultation> ofFinalItem(Long itemId) {
		return consultations.findFirstByFinalItemId(itemId);
	}

	private void check(ConsultationDetails details) {
		if (details == null || blank(details.title()) || details.title().strip().length() > 200) {
			throw new InvalidValue("title", "consultation.invalid.title");
		}
		if (details.summary() != null && details.summary().strip().length() > 4000) {
			throw new InvalidValue("summary", "consultation.invalid.summary");
		}
		if (details.kind() == null) {
			throw new InvalidValue("kind", "consultation.invalid.kind");
		}
		var questions = details.questions() == null ? List.<String>of() : details.questions();
		if (questions.size() > 50 || questions.stream().anyMatch(q -> q != null && q.strip().length() > 1000)) {
			throw new InvalidValue("questions", "consultation.invalid.questions");
		}
		var today = LocalDate.now(clock.withZone(properties.zone()));
		if (details.opensOn() == null || details.opensOn().isBefore(today)
				|| details.opensOn().isAfter(today.plusYears(1))) {
			throw new InvalidValue("opensOn", "consultation.invalid.opensOn");
		}
		var minimum = minimumDays(details.kind());
		if (details.closesOn() == null
				|| java.time.temporal.ChronoUnit.DAYS.between(details.opensOn(), details.closesOn()) + 1 < minimum
				|| details.closesOn().isAfter(details.opensOn().plusYears(1))) {
			throw new InvalidValue("closesOn", "consultation.invalid.period.minimum", minimum);
		}
	}

	void log(Long id, String type, String actor, String note) {
		log.save(new CaseEvent(CaseType.CONSULTATION, id, type, actor, clock.instant(), note));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
