package org.gongkai.portal.proposal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.InvalidParameter;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.proposal.ConsultationDetails;
import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalSteps;
import org.gongkai.workflow.proposal.ProposalSummary;
import org.gongkai.workflow.proposal.ProposalSummaryRow;
import org.gongkai.workflow.proposal.RegisterProposal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 建议提案办理: the published replies and the year's 办理情况 for anyone; registration by the office and the
 * 主办 units' 面商 records. The tasks are completed through {@code /api/tasks/{id}/complete}.
 */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "proposals", description = "建议提案办理：登记交办、协办意见、面商、答复（A/B/C）、审核签发、满意度、再办理、公开")
class ProposalApiController {

	private final RegisterProposal register;

	private final ProposalSteps steps;

	private final ProposalQueries queries;

	private final ProposalSummary summary;

	ProposalApiController(RegisterProposal register, ProposalSteps steps, ProposalQueries queries,
			ProposalSummary summary) {
		this.register = register;
		this.steps = steps;
		this.queries = queries;
		this.summary = summary;
	}

	@GetMapping
	@Operation(summary = "已公开的建议提案答复", description = "Newest first; `kind` SUGGESTION (人大代表建议) or PROPOSAL (政协委员提案), `year` of the reply.")
	List<ProposalViews.PublicProposal> list(@RequestParam(required = false) ProposalKind kind,
			@RequestParam(required = false) Integer year) {
		if (year != null) {
			InvalidParameter.requireBetween("year", year, ProposalController.FIRST_YEAR, ProposalController.LAST_YEAR);
		}
		return queries.published(kind, year);
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "一件建议提案", description = "Anyone sees a published reply; the office and the case's units see the whole case (units, opinions, 面商, timeline). 404 otherwise.")
	Object get(@PathVariable Long id, Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
			try {
				return queries.view(id, CurrentUser.of(authentication));
			}
			catch (NotFound | IllegalStateException | ClassCastException e) {
				// not a case of theirs: what the public sees
			}
		}
		return queries.published(id);
	}

	@GetMapping("/summary")
	@Operation(summary = "年度办理情况", description = "Per kind and 主办 unit, then a total line per kind (`unitCode` null): cases assigned in the year, answered, classes A/B/C, on time, 满意/基本满意/不满意, and `everyAnswered` (件件有回复).")
	List<SummaryLine> summary(@RequestParam(required = false) Integer year) {
		int shown = year == null ? ProposalController.thisYear()
				: InvalidParameter.requireBetween("year", year, ProposalController.FIRST_YEAR, ProposalController.LAST_YEAR);
		return summary.year(shown).stream().map(SummaryLine::of).toList();
	}

	/** A line of the year's table, with 件件有回复 spelled out. */
	record SummaryLine(ProposalKind kind, String unitCode, String unitName, long cases, long answered, long classA,
			long classB, long classC, long onTime, long satisfied, long basicallySatisfied, long dissatisfied,
			boolean everyAnswered) {

		static SummaryLine of(ProposalSummaryRow row) {
			return new SummaryLine(row.kind(), row.unitCode(), row.unitName(), row.cases(), row.answered(), row.classA(),
					row.classB(), row.classC(), row.onTime(), row.satisfied(), row.basicallySatisfied(),
					row.dissatisfied(), row.everyAnswered());
		}
	}

	@PostMapping
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "登记建议提案并交办", description = "Starts the case: the 协办 units are asked for opinions (⚙ working days), then each 主办 unit records its 面商 and replies; due ⚙ three months after today, or `dueOn` (earlier) for a 重点 case (`keyCase`).")
	ResponseEntity<ProposalViews.StaffProposal> register(@Valid @RequestBody ProposalForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var proposal = register.register(form.details(), user.userName());
		return ResponseEntity.created(URI.create("/api/proposals/" + proposal.getId()))
			.body(queries.view(proposal.getId(), user));
	}

	@PostMapping("/{id:\\d+}/consultations")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "登记面商", description = "A clerk of a 主办 unit records the meeting or call with the deputy (`heldOn`, `channel` MEETING/CALL/VISIT/OTHER, `participants`, `note`); the unit's reply is refused until it has one (after a 不满意: a new one).")
	ResponseEntity<ProposalViews.StaffProposal> consult(@PathVariable Long id,
			@Valid @RequestBody ConsultationDetails details, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		if (!queries.mayConsult(id, user)) {
			throw new AccessDeniedException("not a lead unit of the case");
		}
		steps.consult(id, user.department(), details, user.userName());
		return ResponseEntity.status(201).body(queries.view(id, user));
	}
}
