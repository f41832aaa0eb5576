package org.gongkai.portal.statistics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.workflow.statistics.OfficeStatistics;
import org.gongkai.workflow.statistics.Series;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The office's statistics through the API: every dashboard table as JSON, each as CSV or XLSX. */
@RestController
@RequestMapping("/api/statistics")
@Tag(name = "statistics", description = "政务公开统计")
class StatisticsApiController {

	private final OfficeStatistics statistics;

	StatisticsApiController(OfficeStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping
	@Operation(summary = "统计表（每个图表的数据）")
	List<Series> all(@RequestParam int year, Authentication authentication) {
		StatisticsController.requireOffice(authentication);
		return statistics.all(year);
	}

	@GetMapping("/{key}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String key, @RequestParam int year, Authentication authentication) {
		StatisticsController.requireOffice(authentication);
		return SeriesExports.csv(SeriesExports.find(statistics, key, year), year);
	}

	@GetMapping("/{key}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String key, @RequestParam int year, Authentication authentication) {
		StatisticsController.requireOffice(authentication);
		return SeriesExports.xlsx(SeriesExports.find(statistics, key, year), year);
	}
}
