package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.workflow.request.ReplyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * The problem handler and the last resolver ({@link UnexpectedErrors}) answer failures the API's controllers do not anticipate: JDK and library
 * exceptions never put their messages (class names, values, paths) into the answer; an unexpected one is
 * a 500 with a generic text and an error id.
 */
class ApiProblemHandlerTests {

	private final ObjectMapper json = new ObjectMapper();

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var handlers = new ExceptionHandlerExceptionResolver();
		handlers.setMessageConverters(List.of(new MappingJackson2HttpMessageConverter()));
		mvc = MockMvcBuilders.standaloneSetup(new Failing())
			.setControllerAdvice(new ApiProblemHandler(messages))
			.setHandlerExceptionResolvers(handlers, new ResponseStatusExceptionResolver(),
					new DefaultHandlerExceptionResolver(),
					new UnexpectedErrors(messages, org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build()))
			.defaultRequest(get("/").locale(Locale.SIMPLIFIED_CHINESE))
			.build();
	}

	@Test
	void aLibrarysIllegalArgumentIsAnsweredWithAGenericText() throws Exception {
		var body = call(get("/api/fail/enum"), 400);
		assertThat(body.get("detail").asText()).isEqualTo("提交的内容有误，请检查后重试。");
	}

	@Test
	void ourOwnIllegalArgumentKeepsItsText() throws Exception {
		var body = call(get("/api/fail/ours"), 400);
		assertThat(body.get("detail").asText()).isEqualTo("period: 期间应为 2026-09");
	}

	@Test
	void ourTextNamingAFileIsNotShown() throws Exception {
		var body = call(get("/api/fail/path"), 400);
		assertThat(body.get("detail").asText()).isEqualTo("提交的内容有误，请检查后重试。");
	}

	@Test
	void anUnexpectedExceptionIsA500WithAnErrorIdAndNoInternals() throws Exception {
		var body = call(get("/api/fail/overflow"), 500);
		assertThat(body.get("type").asText()).endsWith("/unexpected");
		assertThat(body.get("errorId").asText()).hasSize(8);
		assertThat(body.get("detail").asText()).contains(body.get("errorId").asText());
		var date = call(get("/api/fail/date"), 500);
		assertThat(date.get("detail").asText()).doesNotContain("Invalid");
	}

	@Test
	void aBadEnumInAQueryParameterNamesTheParameterAndItsValues() throws Exception {
		var body = call(get("/api/fail/param?type=DISCLOSED"), 400);
		assertThat(body.get("parameter").asText()).isEqualTo("type");
		assertThat(body.get("detail").asText()).contains("type", "DISCLOSE、", "PARTIAL");
	}

	@Test
	void aBadEnumInJsonNamesTheFieldAndItsValues() throws Exception {
		var body = call(post("/api/fail/body").contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"DISCLOSED\"}"), 400);
		assertThat(body.get("errors").get("type").asText()).contains("DISCLOSE、", "PARTIAL");
		assertThat(body.get("detail").asText()).contains("type");
		var date = call(post("/api/fail/body").contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"+99999999999-01-01\"}"), 400);
		assertThat(date.get("errors").has("on")).isTrue();
		var malformed = call(post("/api/fail/body").contentType(MediaType.APPLICATION_JSON).content("{\"type\":"), 400);
		assertThat(malformed.get("detail").asText()).isEqualTo("请求体不是有效的 JSON。");
		var missing = call(post("/api/fail/body").contentType(MediaType.APPLICATION_JSON), 400);
		assertThat(missing.get("detail").asText()).isEqualTo("请求体缺失或无法读取。");
	}

	private JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		var text = response.getContentAsString();
		assertThat(response.getStatus()).as(text).isEqualTo(status);
		assertThat(text).as("no internals").doesNotContain("org.", "java.", "Exception", "/usr/", ".ttf", "at org");
		return json.readTree(text);
	}

	record Body(ReplyType type, LocalDate on) {
	}

	@RestController
	static class Failing {

		@GetMapping("/api/fail/enum")
		String enumValue() {
			return ReplyType.valueOf("DISCLOSED").name();
		}

		@GetMapping("/api/fail/ours")
		String ours() {
			throw new IllegalArgumentException("period: 期间应为 2026-09");
		}

		@GetMapping("/api/fail/path")
		String path() {
			throw new IllegalArgumentException("font: /usr/share/fonts/noto/NotoSansCJK-Regular.ttc cannot be read");
		}

		@GetMapping("/api/fail/overflow")
		long overflow() {
			return Math.multiplyExact(Long.MAX_VALUE, 2L);
		}

		@GetMapping("/api/fail/date")
		String date() {
			return LocalDate.of(2026, 2, 30).toString();
		}

		@GetMapping("/api/fail/param")
		String param(@RequestParam ReplyType type) {
			return type.name();
		}

		@PostMapping("/api/fail/body")
		String body(@RequestBody Body body) {
			return String.valueOf(body);
		}
	}
}
