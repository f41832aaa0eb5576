package org.gongkai.workflow.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.PublishReviewedItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a case after it is registered: 协办 opinions, 面商, the 主办 replies, sending, the
 * deputy's satisfaction and 再办理, the warnings and escalation, and publication; every step appends
 * to the case's log. Each runs in the transaction of the task completion or job that triggered it.
 */
@Service
public class ProposalSteps {

	private final DeputyProposals proposals;

	private final ProposalUnits units;

	private final ProposalOpinions opinions;

	private final ProposalConsultations consultations;

	private final CaseEvents log;

	private final ProposalDeadlines deadlines;

	/** The catalogue column 建议提案办理 (V2), where the published replies go. */
	public static final String CATALOGUE_COLUMN = "proposals";

	private final PublishReviewedItem catalogue;

	private final Departments departments;

	private final ProposalProperties properties;

	private final Clock clock;

	ProposalSteps(DeputyProposals proposals, ProposalUnits units, ProposalOpinions opinions,
			ProposalConsultations consultations, CaseEvents log, ProposalDeadlines deadlines,
			ProposalProperties properties, Clock clock, PublishReviewedItem catalogue, Departments departments) {
		this.catalogue = catalogue;
		this.departments = departments;
		this.proposals = proposals;
		this.units = units;
		this.opinions = opinions;
		this.consultations = consultations;
		this.log = log;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	/** @throws InvalidValue (field {@code id}) if there is no such case */
	public DeputyProposal get(Long id) {
		return proposals.findById(id == null ? -1L : id).orElseThrow(() -> new InvalidValue("id", "proposal.notFound"));
	}

	public List<ProposalUnit> unitsOf(Long id) {
		return units.findByProposalIdOrderByIdAsc(id);
	}

	public List<ProposalOpinion> opinionsOf(Long id) {
		return opinions.findByProposalIdOrderByIdAsc(id);
	}

	public List<ProposalConsultation> consultationsOf(Long id) {
		return consultations.findByProposalIdOrderByIdAsc(id);
	}

	public List<CaseEvent> logOf(Long id) {
		return log.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DEPUTY_PROPOSAL, id);
	}

	/** The department codes of the case's units in one role, for the process's multi-instance tasks. */
	public List<String> unitCodes(Long id, UnitRole role) {
		return units.findByProposalIdOrderByIdAsc(id)
			.stream()
			.filter(unit -> unit.getUnitRole() == role)
			.map(ProposalUnit::getDepartmentCode)
			.toList();
	}

	/** The 协办 units' department codes, for the process's multi-instance opinion task. */
	public List<String> assistUnits(Long id) {
		return unitCodes(id, UnitRole.ASSIST);
	}

	/** The 主办 units' department codes, for the process's multi-instance reply. */
	public List<String> leadUnits(Long id) {
		return unitCodes(id, UnitRole.LEAD);
	}

	/** A 协办 unit sends its opinion to the 主办 units. */
	@Transactional
	public void opinion(Long id, String unit, String text, String actor) {
		var proposal = get(id);
		if (text == null || text.isBlank()) {
			throw new InvalidValue("opinion", "proposal.opinion.required");
		}
		opinions.save(new ProposalOpinion(proposal.getId(), unit, text.strip(), actor, clock.instant()));
		log(id, "OPINION_SENT", actor, unit);
	}

	/** All 协办 opinions are in: the 主办 units reply. */
	@Transactional
	public void opinionsIn(Long id) {
		get(id).opinionsIn();
	}

	/**
	 * A 主办 unit records its 面商 with the deputy; any number of them.
	 * @throws InvalidValue if the unit is not a 主办 unit of the case, the case is no longer being handled,
	 *         or the record is incomplete
	 */
	@Transactional
	public ProposalConsultation consult(Long id, String unit, ConsultationDetails details, String actor) {
		var proposal = get(id);
		if (!unitCodes(id, UnitRole.LEAD).contains(unit)) {
			throw new InvalidValue("unit", "proposal.consultation.notLead");
		}
		if (proposal.getStatus() == ProposalStatus.SENT || proposal.getStatus() == ProposalStatus.CLOSED) {
			throw new ProposalNotInExpectedState(id, proposal.getStatus(), "take a consultation");
		}
		if (details == null || details.heldOn() == null || details.channel() == null || details.participants() == null
				|| details.participants().isBlank()) {
			throw new InvalidValue("participants", "proposal.consultation.incomplete");
		}
		if (details.heldOn().isAfter(today()) || details.heldOn().isBefore(proposal.getAssignedOn().minusYears(1))) {
			throw new InvalidValue("heldOn", "proposal.consultation.heldOn.past");
		}
		if (details.participants().strip().length() > 500 || details.note() != null && details.note().length() > 2000) {
			throw new InvalidValue("participants", "proposal.field.size", "500");
		}
		var record = consultations.save(new ProposalConsultation(id, unit, details, actor, clock.instant()));
		log(id, "CONSULTED", actor, unit + " " + details.heldOn() + " " + details.channel().name());
		return record;
	}

	/**
	 * A 主办 unit's reply, refused until that unit recorded its 面商 (for 再办理: a 面商 after the 不满意).
	 * @throws InvalidValue (field {@code consultation}) without one
	 */
	@Transactional
	public void reply(Long id, String unit, ReplyClass replyClass, String text, boolean publishable, String reason,
			String actor) {
		var proposal = get(id);
		boolean consulted = consultations.findByProposalIdOrderByIdAsc(id)
			.stream()
			.anyMatch(c -> c.getDepartmentCode().equals(unit)
					&& (proposal.getReworkCount() == 0 || !c.getRecordedAt().isBefore(lastRated(id))));
		if (!consulted) {
			throw new InvalidValue("consultation", "proposal.consultation.required");
		}
		if (replyClass == null || text == null || text.isBlank()) {
			throw new InvalidValue("replyText", "proposal.replyText.required");
		}
		if (!publishable && (reason == null || reason.isBlank())) {
			throw new InvalidValue("notPublishedReason", "proposal.notPublishedReason.required");
		}
		var strippedReason = reason == null || reason.isBlank() ? null : reason.strip();
		proposal.reply(replyClass, text.strip(), publishable, strippedReason);
		units.findByProposalIdOrderByIdAsc(id)
			.stream()
			.filter(u -> u.getDepartmentCode().equals(unit) && u.getUnitRole() == UnitRole.LEAD)
			.forEach(u -> u.reply(replyClass, text.strip(), clock.instant()));
		log(id, "REPLIED", actor, unit + " " + replyClass.name());
	}

	private java.time.Instant lastRated(Long id) {
		return logOf(id).stream()
			.filter(e -> "REWORK".equals(e.getType()))
			.map(CaseEvent::getOccurredAt)
			.reduce((a, b) -> b)
			.orElse(java.time.Instant.EPOCH);
	}

	/** A review, sign-off or 保密审查 approved or returned the reply. */
	@Transactional
	public void reviewed(Long id, String taskKey, boolean approved, String comment, String actor) {
		switch (taskKey == null ? "" : taskKey) {
			case DeputyProposalProcess.TASK_SIGN_OFF -> log(id, approved ? "SIGNED_OFF" : "SIGN_OFF_RETURNED", actor, comment);
			case DeputyProposalProcess.TASK_SECRECY_REVIEW -> log(id, approved ? "SECRECY_APPROVED" : "SECRECY_RETURNED", actor, comment);
			default -> log(id, approved ? "REVIEWED" : "REVIEW_RETURNED", actor, comment);
		}
	}

	/** The signed-off reply is sent; whether it goes on to publication. */
	@Transactional
	public boolean send(Long id, String actor) {
		var proposal = get(id);
		proposal.send(today());
		log(id, "SENT", actor, proposal.getDueOn().toString());
		return proposal.isPublishable();
	}

	@Transactional
	public void assistOverdue(Long id, String unit) {
		log(id, "OPINION_OVERDUE", "system", unit);
	}

	@Transactional
	public void dueSoon(Long id) {
		log(id, "DUE_SOON", "system", get(id).getDueOn().toString());
	}

	/** The reply's due date passed: flagged, and the office head is asked to press the units. */
	@Transactional
	public void overdue(Long id) {
		var proposal = get(id);
		proposal.overdue();
		log(id, "OVERDUE", "system", proposal.getDueOn().toString());
	}

	@Transactional
	public void rate(Long id, Satisfaction satisfaction, String comment, String actor) {
		if (satisfaction == null) {
			throw new InvalidValue("satisfaction", "proposal.satisfaction.required");
		}
		get(id).rate(satisfaction);
		log(id, "RATED_" + satisfaction.name(), actor, comment == null || comment.isBlank() ? null : comment.strip());
	}

	/** 再办理 after a 不满意: a new due date; the process variables of its timers. */
	@Transactional
	public Map<String, Object> rework(Long id) {
		var proposal = get(id);
		var dueOn = deadlines.reworkDue(today());
		proposal.rework(dueOn);
		log(id, "REWORK", "system", dueOn.toString());
		var variables = new HashMap<String, Object>();
		variables.put(DeputyProposalProcess.NEEDS_ASSIST, false);
		variables.put(DeputyProposalProcess.REPLY_DUE_AT, Date.from(deadlines.endOf(dueOn)));
		variables.put(DeputyProposalProcess.REPLY_WARNING_AT, Date.from(deadlines.warningAt(dueOn)));
		return variables;
	}

	/**
	 * The 保密审查 approved: the reply is public on {@code /proposals} and published in the catalogue column
	 * 建议提案办理 for the (first) 主办 unit, with the secrecy reviewer as its approver: it was reviewed, signed off
	 * and cleared in this case, so the catalogue does not review it again ({@link PublishReviewedItem}).
	 */
	@Transactional
	public void publish(Long id, String approver) {
		var proposal = get(id);
		proposal.publish(clock.instant());
		log(id, "PUBLISHED", "system", null);
		var lead = unitCodes(id, UnitRole.LEAD).get(0);
		var issuer = departments.findById(lead).map(org.gongkai.workflow.organisation.Department::getName).orElse(lead);
		var title = proposal.getSessionName() + proposal.getNumber()
				+ (proposal.getKind() == ProposalKind.SUGGESTION ? "建议答复：" : "提案答复：") + proposal.getSubject();
		var content = new ItemContent(title.length() > ItemLimits.TITLE ? title.substring(0, ItemLimits.TITLE) : title,
				null, proposal.getReplyText(), issuer, today(), null, CATALOGUE_COLUMN, null, null);
		var item = catalogue.publish(content, lead, replier(id, lead), approver, CaseType.DEPUTY_PROPOSAL, id);
		log(id, "CATALOGUE_PUBLISHED", "system", String.valueOf(item.getId()));
	}

	/** Who wrote the unit's latest reply, to prepare its catalogue item; the system if nobody is known. */
	private String replier(Long id, String unit) {
		return logOf(id).stream()
			.filter(e -> "REPLIED".equals(e.getType()) && e.getNote() != null && e.getNote().startsWith(unit + " "))
			.map(CaseEvent::getActor)
			.reduce((a, b) -> b)
			.orElse("system");
	}

	/** The 保密审查 returned the reply: it stays unpublished, with the reviewer's reason. */
	@Transactional
	public void withhold(Long id, String reason) {
		get(id).withhold(reason == null || reason.isBlank() ? "-" : reason.strip());
		log(id, "WITHHELD", "system", reason);
	}

	/** Appends to the case's log, in the caller's transaction. */
	void log(Long id, String type, String actor, String note) {
		log.save(new CaseEvent(CaseType.DEPUTY_PROPOSAL, id, type, actor, clock.instant(),
				note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}
}
