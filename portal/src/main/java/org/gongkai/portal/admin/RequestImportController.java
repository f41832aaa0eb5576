package org.gongkai.portal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.HistoricalRequestsCsv;
import org.gongkai.workflow.request.HistoricalRequestsRejected;
import org.gongkai.workflow.request.ImportHistoricalRequests;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's page for 历史数据导入: the file's columns, a template to fill, the upload and its result. */
@Controller
class RequestImportController {

	/** The header of an import file and one example case. */
	static final String TEMPLATE = "\uFEFF" + String.join(",", HistoricalRequestsCsv.COLUMNS) + "\r\n"
			+ "YS2025-0001,DISCLOSURE,NATURAL_PERSON,张三,11010519491231002X,13812345678,2025年某项目批复文件,,fgw,"
			+ "2025-03-03,2025-03-31,2025-03-20,PARTIAL,PROCESS_INFORMATION,,,,,,,,RESIDENT_ID\r\n";

	private final ImportHistoricalRequests importing;

	private final MessageSource messages;

	RequestImportController(ImportHistoricalRequests importing, MessageSource messages) {
		this.importing = importing;
		this.messages = messages;
	}

	@GetMapping("/admin/requests-import")
	String show() {
		return "admin/requests-import";
	}

	/** A CSV with the header and one example, UTF-8 with a BOM so that spreadsheet programs read it right. */
	@GetMapping("/admin/requests-import/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("历史申请导入模板.csv", StandardCharsets.UTF_8).build().toString())
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/admin/requests-import")
	String upload(@RequestParam("file") MultipartFile file, Authentication authentication, Model model)
			throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problems", Map.of("file", text("import.file.required")));
			return "admin/requests-import";
		}
		try {
			model.addAttribute("imported", importing.importAll(
					HistoricalRequestsCsv.parse(new String(file.getBytes(), StandardCharsets.UTF_8)),
					CurrentUser.of(authentication).userName()));
		}
		catch (HistoricalRequestsRejected rejected) {
			model.addAttribute("problems", problems(rejected));
		}
		catch (InvalidValue e) {
			model.addAttribute("problems", Map.of(e.field(), text(e.messageKey(), e.args())));
		}
		return "admin/requests-import";
	}

	/** Each record's problem in the reader's language where the domain named its refused value, else as the file's. */
	private Map<String, String> problems(HistoricalRequestsRejected rejected) {
		var problems = new LinkedHashMap<>(rejected.problems());
		rejected.reasons().forEach((where, reason) -> problems.put(where,
				(where.equals(reason.field()) ? "" : reason.field() + ": ") + text(reason.messageKey(), reason.args())));
		return problems;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
	}
}
