package org.gongkai.portal.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.proposal.DeputyProposal;
import org.gongkai.workflow.proposal.DeputyProposals;
import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalSteps;
import org.gongkai.workflow.proposal.ProposalUnit;
import org.gongkai.workflow.proposal.UnitRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which case (the public only published replies; the office every case; a unit's staff the cases
 * their department handles) and the views of them.
 */
@Component
class ProposalQueries {

	/** The roles that see every case: the office and its reviewers. */
	static final List<String> OFFICE = List.of(Roles.OFFICE_EDITOR, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN,
			Roles.SECRECY_REVIEWER);

	private final DeputyProposals proposals;

	private final ProposalSteps steps;

	private final Departments departments;

	ProposalQueries(DeputyProposals proposals, ProposalSteps steps, Departments departments) {
		this.proposals = proposals;
		this.steps = steps;
		this.departments = departments;
	}

	static boolean isOffice(CurrentUser user) {
		return OFFICE.stream().anyMatch(user::hasRole);
	}

	/** The case if the user may see it. @throws NotFound otherwise */
	DeputyProposal visible(Long id, CurrentUser user) {
		var proposal = find(id);
		if (isOffice(user) || steps.unitsOf(id).stream().anyMatch(u -> u.getDepartmentCode().equals(user.department()))) {
			return proposal;
		}
		throw new NotFound("Proposal " + id);
	}

	/** Whether the user is staff of a 主办 unit of the case and may record its 面商. */
	boolean mayConsult(Long id, CurrentUser user) {
		return user.hasRole(Roles.CLERK) && user.department() != null
				&& steps.leadUnits(id).contains(user.department());
	}

	/** @throws NotFound unless the reply is published */
	@Transactional(readOnly = true)
	ProposalViews.PublicProposal published(Long id) {
		var proposal = find(id);
		if (!proposal.isPublished()) {
			throw new NotFound("Proposal " + id);
		}
		return publicView(proposal, names());
	}

	/** The published replies, newest first, of one kind and one year of reply if given. */
	@Transactional(readOnly = true)
	List<ProposalViews.PublicProposal> published(ProposalKind kind, Integer year) {
		var names = names();
		return proposals.findByPublishedTrueOrderByRepliedOnDescIdDesc()
			.stream()
			.filter(p -> kind == null || p.getKind() == kind)
			.filter(p -> year == null || p.getRepliedOn() != null && p.getRepliedOn().getYear() == year)
			.limit(500)
			.map(p -> publicView(p, names))
			.toList();
	}

	/** The latest cases the user may see, newest first. */
	@Transactional(readOnly = true)
	List<ProposalViews.Summary> recent(CurrentUser user) {
		var names = names();
		var office = isOffice(user);
		return proposals.findTop200ByOrderByIdDesc()
			.stream()
			.filter(p -> office || steps.unitsOf(p.getId()).stream().anyMatch(u -> u.getDepartmentCode().equals(user.department())))
			.map(p -> new ProposalViews.Summary(p.getId(), p.getKind(), p.getNumber(), p.getSessionName(), p.getSubject(),
					leads(p.getId(), names), p.getStatus(), p.isKeyCase(), p.getAssignedOn(), p.getDueOn(),
					p.getReplyClass(), p.getRepliedOn(), p.isOverdue(), p.isPublished()))
			.toList();
	}

	@Transactional(readOnly = true)
	ProposalViews.StaffProposal view(Long id, CurrentUser user) {
		var p = visible(id, user);
		var names = names();
		return new ProposalViews.StaffProposal(p.getId(), p.getKind(), p.getNumber(), p.getSessionName(), p.getSubmitters(),
				p.getSubject(), p.getText(), p.isKeyCase(), p.getAssignedOn(), p.getDueOn(), p.getStatus(),
				p.getReplyClass(), p.getReplyText(), p.isPublishable(), p.getNotPublishedReason(), p.getRepliedOn(),
				p.getRepliedOnTime(), p.isOverdue(), p.getSatisfaction(), p.getReworkCount(), p.isPublished(),
				steps.unitsOf(id)
					.stream()
					.map(u -> new ProposalViews.Unit(u.getDepartmentCode(), name(names, u.getDepartmentCode()),
							u.getUnitRole(), u.getReplyClass(), u.getReplyText(), u.getRepliedAt()))
					.toList(),
				steps.opinionsOf(id)
					.stream()
					.map(o -> new ProposalViews.Opinion(o.getDepartmentCode(), name(names, o.getDepartmentCode()),
							o.getText(), o.getSentBy(), o.getSentAt()))
					.toList(),
				steps.consultationsOf(id)
					.stream()
					.map(c -> new ProposalViews.Consultation(c.getDepartmentCode(), name(names, c.getDepartmentCode()),
							c.getHeldOn(), c.getChannel(), c.getParticipants(), c.getNote(), c.getRecordedBy(),
							c.getRecordedAt()))
					.toList(),
				steps.logOf(id)
					.stream()
					.map(e -> new ProposalViews.Event(e.getType(), e.getActor(), e.getOccurredAt(), e.getNote()))
					.toList());
	}

	List<Department> departments() {
		return departments.findAll().stream().sorted(java.util.Comparator.comparing(Department::getCode)).toList();
	}

	private DeputyProposal find(Long id) {
		try {
			return steps.get(id);
		}
		catch (InvalidValue e) {
			throw new NotFound("Proposal " + id);
		}
	}

	private ProposalViews.PublicProposal publicView(DeputyProposal p, Map<String, String> names) {
		return new ProposalViews.PublicProposal(p.getId(), p.getKind(), p.getNumber(), p.getSessionName(), p.getSubmitters(),
				p.getSubject(), p.getText(), leads(p.getId(), names), p.getReplyClass(), p.getReplyText(), p.getRepliedOn());
	}

	private List<String> leads(Long id, Map<String, String> names) {
		return steps.unitsOf(id)
			.stream()
			.filter(u -> u.getUnitRole() == UnitRole.LEAD)
			.map(ProposalUnit::getDepartmentCode)
			.map(code -> name(names, code))
			.toList();
	}

	private Map<String, String> names() {
		return departments.findAll().stream().collect(Collectors.toMap(Department::getCode, Department::getName));
	}

	private static String name(Map<String, String> names, String code) {
		return names.getOrDefault(code, code);
	}
}
