package org.gongkai.portal.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.consultation.AdoptionOutcome;
import org.gongkai.workflow.consultation.Consultation;
import org.gongkai.workflow.consultation.ConsultationComment;
import org.gongkai.workflow.consultation.ConsultationStatus;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads consultations for pages and the API, each as the caller may see it. */
@Component
class ConsultationQueries {

	/** Roles that see every department's consultations, drafts included. */
	static final Set<String> OFFICE = Set.of(Roles.OFFICE_EDITOR, Roles.SECRECY_REVIEWER, Roles.OFFICE_HEAD, Roles.LEADER,
			Roles.ADMIN);

	private final ConsultationSteps steps;

	private final Departments departments;

	ConsultationQueries(ConsultationSteps steps, Departments departments) {
		this.steps = steps;
		this.departments = departments;
	}

	/** Whether the member of staff may see the consultation before it opens (its department or the office). */
	static boolean staffSees(Consultation c, CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (OFFICE.stream().anyMatch(user::hasRole)) {
			return true;
		}
		return (user.hasRole(Roles.CLERK) || user.hasRole(Roles.DEPT_HEAD)) && c.getDepartmentCode().equals(user.department());
	}

	/** The consultation if the caller may see it: everyone once it opened, its department and the office before. */
	@Transactional(readOnly = true)
	Consultation visible(Long id, CurrentUser user) {
		Consultation c;
		try {
			c = steps.get(id);
		}
		catch (RuntimeException e) {
			throw new NotFound("consultation " + id);
		}
		if (!c.isPublic() && !staffSees(c, user)) {
			throw new NotFound("consultation " + id);
		}
		return c;
	}

	/** The public list: open first (closing soonest first), then closed and concluded (latest first). */
	@Transactional(readOnly = true)
	List<ConsultationView.Summary> publicList(String agency, ConsultationStatus status) {
		return steps.all()
			.stream()
			.filter(Consultation::isPublic)
			.filter(c -> agency == null || agency.isBlank() || c.getDepartmentCode().equals(agency))
			.filter(c -> status == null || c.getStatus() == status)
			.sorted(Comparator.comparing((Consultation c) -> c.isOpen() ? 0 : 1)
				.thenComparing(c -> c.isOpen() ? c.getClosesOn().toEpochDay() : -c.getClosesOn().toEpochDay())
				.thenComparing(c -> -c.getId()))
			.map(this::summary)
			.toList();
	}

	/** The staff list: every consultation the member of staff may see, newest first. */
	@Transactional(readOnly = true)
	List<ConsultationView.Summary> staffList(CurrentUser user) {
		return steps.all().stream().filter(c -> c.isPublic() || staffSees(c, user)).map(this::summary).toList();
	}

	ConsultationView.Summary summary(Consultation c) {
		return new ConsultationView.Summary(c.getId(), c.getTitle(), c.getDepartmentCode(), name(c.getDepartmentCode()),
				c.getKind(), c.getStatus(), c.getOpensOn(), c.getClosesOn(), accepted(c.getId()));
	}

	@Transactional(readOnly = true)
	ConsultationView view(Long id, CurrentUser user) {
		var c = visible(id, user);
		var questions = new java.util.ArrayList<ConsultationView.Question>();
		for (int i = 0; i < c.getQuestions().size(); i++) {
			questions.add(new ConsultationView.Question(i + 1, c.getQuestions().get(i)));
		}
		var attachments = steps.attachmentsOf(id)
			.stream()
			.map(a -> new ConsultationView.Attachment(a.getId(), a.getRole(), a.getFileName(), a.getContentType(),
					a.getSizeBytes()))
			.toList();
		return new ConsultationView(c.getId(), c.getTitle(), c.getSummary(), c.getDepartmentCode(),
				name(c.getDepartmentCode()), c.getKind(), c.getStatus(), c.getOpensOn(), c.getClosesOn(), c.periodDays(),
				questions, attachments, accepted(id), feedback(c, staffSees(c, user)));
	}

	/** The feedback once concluded; the department and the office see the draft feedback before. */
	ConsultationView.Feedback feedback(Consultation c, boolean staff) {
		if (c.getStatus() != ConsultationStatus.CONCLUDED && !(staff && c.getStatus().ordinal() >= ConsultationStatus.CLOSED.ordinal())) {
			return null;
		}
		var members = steps.acceptedCommentsOf(c.getId());
		var groups = steps.groupsOf(c.getId())
			.stream()
			.map(g -> new ConsultationView.Group(g.getSeqNo(), g.getSummary(), g.getOutcome(), g.getReason(),
					members.stream().filter(m -> g.getId().equals(m.getGroupId())).map(ConsultationComment::getId).toList()))
			.toList();
		return new ConsultationView.Feedback(c.getFeedbackSummary(), groups, count(groups, AdoptionOutcome.ADOPTED),
				count(groups, AdoptionOutcome.PARTLY_ADOPTED), count(groups, AdoptionOutcome.NOT_ADOPTED),
				c.getFeedbackItemId(), c.getFinalItemId(), c.getConcludedAt());
	}

	@Transactional(readOnly = true)
	List<ConsultationView.PublicComment> acceptedComments(Long id, CurrentUser user) {
		visible(id, user);
		return steps.acceptedCommentsOf(id)
			.stream()
			.map(c -> new ConsultationView.PublicComment(c.getId(), c.getQuestionNo(), mask(c.getAuthorName()), c.getText(),
					c.getSubmittedAt()))
			.toList();
	}

	/** Every comment of the consultation, for its department and the office. */
	@Transactional(readOnly = true)
	List<ConsultationView.OwnComment> allComments(Long id) {
		return steps.commentsOf(id).stream().map(ConsultationQueries::own).toList();
	}

	/** The caller's own comments on the consultation, pending and rejected ones included. */
	@Transactional(readOnly = true)
	List<ConsultationView.OwnComment> ownComments(Long id, CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		return steps.commentsBy(user.userName())
			.stream()
			.filter(c -> id == null || c.getConsultationId().equals(id))
			.map(ConsultationQueries::own)
			.toList();
	}

	static ConsultationView.OwnComment own(ConsultationComment c) {
		return new ConsultationView.OwnComment(c.getId(), c.getConsultationId(), c.getQuestionNo(), c.getAuthorName(),
				c.getText(), c.getStatus(), c.getRejectReason(), c.getSubmittedAt());
	}

	/** The public sees the first character of an author's name only. */
	static String mask(String name) {
		if (name == null || name.isBlank()) {
			return "*";
		}
		return name.strip().substring(0, name.strip().offsetByCodePoints(0, 1)) + "**";
	}

	private long accepted(Long id) {
		return steps.acceptedCommentsOf(id).size();
	}

	private static long count(List<ConsultationView.Group> groups, AdoptionOutcome outcome) {
		return groups.stream().filter(g -> g.outcome() == outcome).count();
	}

	String name(String code) {
		return departments.findById(code).map(d -> d.getName()).orElse(code);
	}

	List<org.gongkai.workflow.organisation.Department> agencies() {
		return departments.findAll();
	}
}
