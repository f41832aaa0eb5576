package org.gongkai.workflow.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 办理情况 of the cases assigned in it, per kind and 主办 unit, with a total line per kind: cases,
 * answered, by class, on time, the deputies' satisfaction and 件件有回复. Counted from the cases themselves, so
 * the public page, the API and the statistics show the same figures.
 */
@Service
public class ProposalSummary {

	private final DeputyProposals proposals;

	private final ProposalUnits units;

	private final Departments departments;

	ProposalSummary(DeputyProposals proposals, ProposalUnits units, Departments departments) {
		this.proposals = proposals;
		this.units = units;
		this.departments = departments;
	}

	/** The lines of the year: for each kind its units by code, then the kind's total line (unit null). */
	@Transactional(readOnly = true)
	public List<ProposalSummaryRow> year(int year) {
		var cases = proposals.findByAssignedOnBetweenOrderByIdAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		if (cases.isEmpty()) {
			return List.of();
		}
		var byId = cases.stream().collect(Collectors.toMap(DeputyProposal::getId, Function.identity()));
		var leads = units.findByProposalIdIn(byId.keySet())
			.stream()
			.filter(unit -> unit.getUnitRole() == UnitRole.LEAD)
			.toList();
		var names = departments.findAllById(leads.stream().map(ProposalUnit::getDepartmentCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Department::getCode, Department::getName));
		var rows = new ArrayList<ProposalSummaryRow>();
		for (var kind : ProposalKind.values()) {
			var ofKind = cases.stream().filter(c -> c.getKind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			Map<String, List<DeputyProposal>> byUnit = new TreeMap<>();
			leads.stream()
				.filter(unit -> byId.get(unit.getProposalId()).getKind() == kind)
				.sorted(Comparator.comparing(ProposalUnit::getDepartmentCode))
				.forEach(unit -> byUnit.computeIfAbsent(unit.getDepartmentCode(), code -> new ArrayList<>())
					.add(byId.get(unit.getProposalId())));
			byUnit.forEach((code, list) -> rows.add(row(kind, code, names.getOrDefault(code, code), list)));
			rows.add(row(kind, null, null, ofKind));
		}
		return rows;
	}

	private static ProposalSummaryRow row(ProposalKind kind, String code, String name, List<DeputyProposal> cases) {
		return new ProposalSummaryRow(kind, code, name, cases.size(),
				count(cases, c -> c.getRepliedOn() != null),
				count(cases, c -> c.getRepliedOn() != null && c.getReplyClass() == ReplyClass.A),
				count(cases, c -> c.getRepliedOn() != null && c.getReplyClass() == ReplyClass.B),
				count(cases, c -> c.getRepliedOn() != null && c.getReplyClass() == ReplyClass.C),
				count(cases, c -> Boolean.TRUE.equals(c.getRepliedOnTime())),
				count(cases, c -> c.getSatisfaction() == Satisfaction.SATISFIED),
				count(cases, c -> c.getSatisfaction() == Satisfaction.BASICALLY_SATISFIED),
				count(cases, c -> c.getSatisfaction() == Satisfaction.DISSATISFIED));
	}

	private static long count(List<DeputyProposal> cases, java.util.function.Predicate<DeputyProposal> test) {
		return cases.stream().filter(test).count();
	}
}
