package org.gongkai.portal.statistics;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboards of the disclosure office, and each table as CSV or XLSX. */
@Controller
class StatisticsController {

	private final OfficeStatistics statistics;

	private final Clock clock;

	StatisticsController(OfficeStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/workbench/statistics")
	String dashboard(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
		requireOffice(authentication);
		int chosen = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", chosen);
		model.addAttribute("dashboard", DashboardView.of(statistics.keyFigures(chosen), statistics.all(chosen),
				statistics.sections()));
		return "statistics/dashboard";
	}

	@GetMapping("/workbench/statistics/{key}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String key, @RequestParam int year, Authentication authentication) {
		requireOffice(authentication);
		return SeriesExports.csv(SeriesExports.find(statistics, key, year), year);
	}

	@GetMapping("/workbench/statistics/{key}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String key, @RequestParam int year, Authentication authentication) {
		requireOffice(authentication);
		return SeriesExports.xlsx(SeriesExports.find(statistics, key, year), year);
	}

	static void requireOffice(Authentication authentication) {
		var user = CurrentUser.of(authentication);
		if (!user.hasRole(Roles.OFFICE_EDITOR) && !user.hasRole(Roles.OFFICE_HEAD) && !user.hasRole(Roles.LEADER)
				&& !user.hasRole(Roles.ADMIN)) {
			throw new AccessDeniedException("statistics");
		}
	}
}
