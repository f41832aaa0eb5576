package org.gongkai.portal.proposal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of 建议提案办理: the published replies, one reply, and the year's 办理情况. */
@Controller
class ProposalController {

	/** The years the filters and the table accept; outside them the current year is shown. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final ProposalQueries queries;

	private final ProposalSummary summary;

	ProposalController(ProposalQueries queries, ProposalSummary summary) {
		this.queries = queries;
		this.summary = summary;
	}

	@GetMapping("/proposals")
	String list(@RequestParam(required = false) ProposalKind kind, @RequestParam(required = false) Integer year,
			Model model) {
		var shownYear = year == null || year < FIRST_YEAR || year > LAST_YEAR ? null : year;
		model.addAttribute("proposals", queries.published(kind, shownYear));
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("year", shownYear);
		model.addAttribute("thisYear", thisYear());
		return "proposal/list";
	}

	@GetMapping("/proposals/{id:\\d+}")
	String view(@PathVariable Long id, Model model) {
		model.addAttribute("proposal", queries.published(id));
		return "proposal/view";
	}

	@GetMapping("/proposals/summary")
	String summary(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null || year < FIRST_YEAR || year > LAST_YEAR ? thisYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("rows", summary.year(shown));
		model.addAttribute("thisYear", thisYear());
		return "proposal/summary";
	}

	static int thisYear() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}
}
