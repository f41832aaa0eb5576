package org.gongkai.portal.calendar;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.portal.security.KeycloakProperties;
import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.portal.system.DomainProblems;
import org.gongkai.workflow.calendar.CalendarConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The calculators through the real security filter chains (every call here is anonymous), the portal's
 * locale handling and both problem handlers, but without database, engine or Keycloak.
 */
@WebMvcTest
class CalendarApiTests {

	/** Instead of the application class, whose JPA repositories a web slice cannot serve. */
	@Configuration(proxyBeanMethods = false)
	@Import({ CalendarApiController.class, FeeApiController.class, DomainProblems.class, ApiProblemHandler.class,
			CalendarConfiguration.class })
	@EnableConfigurationProperties(KeycloakProperties.class)
	@ComponentScan(basePackages = { "org.gongkai.portal.security", "org.gongkai.portal.system" },
			useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { ".*\\.SecurityConfiguration", ".*\\.WebConfiguration" }))
	static class Slice {
	}

	@Autowired
	MockMvc mvc;

	@Test
	void deadlineOfTheWorkedExamples() throws Exception {
		mvc.perform(get("/api/calendar/deadline").param("from", "2025-01-20").param("workingDays", "7"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("""
					{"from":"2025-01-20","workingDays":7,"due":"2025-02-05","provisional":false}
					""", JsonCompareMode.STRICT));
		mvc.perform(get("/api/calendar/deadline?from=2025-12-31&workingDays=20"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"from":"2025-12-31","workingDays":20,"due":"2026-01-29","provisional":false}
					""", JsonCompareMode.STRICT));
	}

	@Test
	void deadlineInAYearWithoutDataIsProvisional() throws Exception {
		// Wed 2098-12-31 + 1: Thu 1 January off by the fallback → Fri 2099-01-02
		mvc.perform(get("/api/calendar/deadline?from=2098-12-31&workingDays=1"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"from":"2098-12-31","workingDays":1,"due":"2099-01-02","provisional":true}
					""", JsonCompareMode.STRICT));
	}

	@ParameterizedTest(name = "{0} → {1} {2} 元")
	@CsvSource({ "cases=30, PER_CASE, 2000", "cases=41, PER_CASE, 4300", "cases=10, PER_CASE, 0",
			"pages=150, PER_PAGE, 1700", "pages=30, PER_PAGE, 0", "pages=201, PER_PAGE, 2740" })
	void feeQuotes(String query, String method, long amount) throws Exception {
		mvc.perform(get("/api/fees/quote?" + query))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"method":"%s","amount":%d}
					""".formatted(method, amount), JsonCompareMode.STRICT))
			.andExpect(jsonPath("$.amount").isNumber());
	}

	@ParameterizedTest(name = "{0} → problem naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			workingDays=7                        | from        | 缺少参数 from。
			from=2025-01-20                      | workingDays | 缺少参数 workingDays。
			from=&workingDays=7                  | from        | 缺少参数 from。
			from=2025-13-01&workingDays=7        | from        | 参数 from 须为 YYYY-MM-DD 格式的日期，例如 2025-01-20。
			from=20250120&workingDays=7          | from        | 参数 from 须为 YYYY-MM-DD 格式的日期，例如 2025-01-20。
			from=1999-12-31&workingDays=7        | from        | 参数 from 须为 2000-01-01 至 2099-12-31 之间的日期。
			from=2025-01-20&workingDays=seven    | workingDays | 参数 workingDays 须为整数。
			from=2025-01-20&workingDays=2.5      | workingDays | 参数 workingDays 须为整数。
			from=2025-01-20&workingDays=99999999999 | workingDays | 参数 workingDays 须为整数。
			from=2025-01-20&workingDays=0        | workingDays | 参数 workingDays 须为 1 至 1000 之间的整数。
			from=2025-01-20&workingDays=-3       | workingDays | 参数 workingDays 须为 1 至 1000 之间的整数。
			from=2025-01-20&workingDays=1001     | workingDays | 参数 workingDays 须为 1 至 1000 之间的整数。
			""")
	void badDeadlineInputIsAProblemNamingTheParameter(String query, String parameter, String detail) throws Exception {
		expectProblem(get("/api/calendar/deadline?" + query), parameter, detail);
	}

	@ParameterizedTest(name = "{0} → problem naming {1}")
	@CsvSource(delimiter = ';', textBlock = """
			''                   ; cases|pages ; 请填写 cases（按件计收）或 pages（按量计收）两者之一。
			cases=3&pages=40     ; cases|pages ; 请填写 cases（按件计收）或 pages（按量计收）两者之一。
			cases=0              ; cases       ; 参数 cases 须为 1 至 1000 之间的整数。
			cases=-1             ; cases       ; 参数 cases 须为 1 至 1000 之间的整数。
			cases=1001           ; cases       ; 参数 cases 须为 1 至 1000 之间的整数。
			cases=many           ; cases       ; 参数 cases 须为整数。
			pages=0              ; pages       ; 参数 pages 须为 1 至 100000 之间的整数。
			pages=100001         ; pages       ; 参数 pages 须为 1 至 100000 之间的整数。
			pages=1e3            ; pages       ; 参数 pages 须为整数。
			""")
	void badFeeInputIsAProblemNamingTheParameter(String query, String parameter, String detail) throws Exception {
		expectProblem(get("/api/fees/quote?" + query), parameter, detail);
	}

	@Test
	void problemIsInEnglishOnRequest() throws Exception {
		mvc.perform(get("/api/fees/quote?cases=0&lang=en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The parameter cases must be a whole number from 1 to 1000."));
	}

	private ResultActions expectProblem(MockHttpServletRequestBuilder request, String parameter, String detail)
			throws Exception {
		return mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://gongkai.org/problems/invalid-parameter"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(detail))
			.andExpect(jsonPath("$.instance").value(startsWith("/api/")));
	}
}
