package org.gongkai.workflow.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office registers a 建议 or 提案 and assigns its 主办 and 协办 units: the case, its units and its
 * process begin together, assigned today and due ⚙ three months later (earlier for a 重点 case if the
 * office sets a date).
 */
@Service
public class RegisterProposal {

	private final DeputyProposals proposals;

	private final ProposalUnits units;

	private final ProposalSteps steps;

	private final Departments departments;

	private final ProposalDeadlines deadlines;

	private final RuntimeService runtime;

	private final ProposalProperties properties;

	private final Clock clock;

	RegisterProposal(DeputyProposals proposals, ProposalUnits units, ProposalSteps steps, Departments departments,
			ProposalDeadlines deadlines, RuntimeService runtime, ProposalProperties properties, Clock clock) {
		this.proposals = proposals;
		this.units = units;
		this.steps = steps;
		this.departments = departments;
		this.deadlines = deadlines;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @throws InvalidValue for a missing or too long text, no 主办 unit, a unit both 主办 and 协办, a number
	 *         already registered in the session, or a due date outside today and the ⚙ default
	 * @throws UnknownReference if a unit does not exist
	 */
	@Transactional
	public DeputyProposal register(ProposalDetails details, String actor) {
		if (details.kind() == null) {
			throw new InvalidValue("kind", "proposal.kind.required");
		}
		required("number", details.number(), 40);
		required("sessionName", details.sessionName(), 100);
		required("submitters", details.submitters(), 500);
		required("subject", details.subject(), 300);
		required("text", details.text(), 20000);
		var leads = distinct(details.leadUnits());
		var assists = distinct(details.assistUnits());
		if (leads.isEmpty()) {
			throw new InvalidValue("leadUnits", "proposal.leadUnits.required");
		}
		if (leads.size() + assists.size() > 20) {
			throw new InvalidValue("assistUnits", "proposal.units.tooMany");
		}
		for (var unit : leads) {
			if (!departments.existsById(unit)) {
				throw new UnknownReference("leadUnits", unit);
			}
			if (assists.contains(unit)) {
				throw new InvalidValue("assistUnits", "proposal.units.both");
			}
		}
		for (var unit : assists) {
			if (!departments.existsById(unit)) {
				throw new UnknownReference("assistUnits", unit);
			}
		}
		if (proposals.existsByKindAndSessionNameAndNumber(details.kind(), details.sessionName().strip(),
				details.number().strip())) {
			throw new InvalidValue("number", "proposal.number.taken");
		}
		var today = LocalDate.now(clock.withZone(properties.zone()));
		var standardDue = deadlines.replyDue(today);
		var dueOn = standardDue;
		if (details.dueOn() != null) {
			if (!details.keyCase() || details.dueOn().isBefore(today) || details.dueOn().isAfter(standardDue)) {
				throw new InvalidValue("dueOn", "proposal.dueOn.range", standardDue.toString());
			}
			dueOn = details.dueOn();
		}
		var proposal = proposals.save(new DeputyProposal(details, today, dueOn, !assists.isEmpty(), actor, clock.instant()));
		leads.forEach(unit -> units.save(new ProposalUnit(proposal.getId(), unit, UnitRole.LEAD)));
		assists.forEach(unit -> units.save(new ProposalUnit(proposal.getId(), unit, UnitRole.ASSIST)));
		steps.log(proposal.getId(), "REGISTERED", actor, proposal.getNumber());
		var variables = new HashMap<String, Object>();
		variables.put(DeputyProposalProcess.PROPOSAL_ID, proposal.getId());
		variables.put(DeputyProposalProcess.NEEDS_ASSIST, !assists.isEmpty());
		variables.put(DeputyProposalProcess.ASSIST_DUE_AT, Date.from(deadlines.endOf(deadlines.assistDue(today))));
		variables.put(DeputyProposalProcess.REPLY_DUE_AT, Date.from(deadlines.endOf(dueOn)));
		variables.put(DeputyProposalProcess.REPLY_WARNING_AT, Date.from(deadlines.warningAt(dueOn)));
		var process = runtime.startProcessInstanceByKey(DeputyProposalProcess.KEY, String.valueOf(proposal.getId()),
				variables);
		proposal.attachProcess(process.getId());
		return proposal;
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "proposal.field.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidValue(field, "proposal.field.size", String.valueOf(max));
		}
	}

	private static List<String> distinct(List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		return List.copyOf(new LinkedHashSet<>(codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList()));
	}
}
