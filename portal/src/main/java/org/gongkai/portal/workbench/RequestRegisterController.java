package org.gongkai.portal.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.portal.request.RequestRegister;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The request register (依申请公开登记台账) page, with its filters, pages and XLSX export. */
@Controller
class RequestRegisterController {

	static final int PAGE_SIZE = 50;

	/** Rows the streaming workbook keeps in memory; earlier ones are flushed to its temporary file. */
	private static final int ROW_WINDOW = 200;

	private static final List<String> COLUMNS = List.of("受理编号", "申请类型", "申请人", "申请人类型", "所需信息", "承办部门", "收到申请日期",
			"答复期限", "剩余工作日", "状态", "办理结果", "来源", "证件类型", "受理机关");

	private final RequestRegister register;

	private final Departments departments;

	RequestRegisterController(RequestRegister register, Departments departments) {
		this.register = register;
		this.departments = departments;
	}

	@GetMapping("/workbench/requests")
	String register(@ModelAttribute("filter") RequestRegister.Filter filter,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		model.addAttribute("result", register.search(filter, CurrentUser.of(authentication), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filterQuery", query(filter));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("departments", departments.findAll());
		return "workbench/requests";
	}

	/**
	 * The whole selection as a workbook, however many lines: rows are read a page at a time and
	 * written through POI's streaming workbook, which keeps a window of rows in memory and the rest in
	 * a temporary file, so a year of a busy agency costs the same memory as a page.
	 */
	@GetMapping("/workbench/requests.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute RequestRegister.Filter filter, Authentication authentication) {
		var workbook = new SXSSFWorkbook(ROW_WINDOW);
		try (var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("依申请公开登记台账");
			var header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
			}
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.setColumnWidth(c, (c == 4 ? 40 : 14) * 256);
			}
			int[] next = { 1 };
			register.export(filter, CurrentUser.of(authentication), rows -> rows.forEach(row -> write(sheet.createRow(next[0]++), row)));
			workbook.write(out);
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("依申请公开登记台账.xlsx", StandardCharsets.UTF_8).build().toString())
				.body(out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void write(Row line, RequestRegister.Row row) {
		var cells = new String[] { row.receiptNo(), row.kindLabel(), row.applicantName(), row.applicantType(), row.title(),
				row.departmentName(), text(row.receivedOn()), text(row.replyDueOn()), null, row.statusLabel(), row.outcome(),
				row.imported() ? "原系统导入" : "本平台", row.idType() == null ? null : IdType.valueOf(row.idType()).label(),
				row.agencyName() };
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] != null) {
				line.createCell(c).setCellValue(cells[c]);
			}
		}
		if (row.daysLeft() != null) {
			line.createCell(8).setCellValue(row.daysLeft());
		}
	}

	/** The filter as a query string, for the export and the other pages of the same selection. */
	static String query(RequestRegister.Filter filter) {
		var query = UriComponentsBuilder.newInstance();
		var parameters = new java.util.LinkedHashMap<String, Object>();
		parameters.put("q", filter.q());
		parameters.put("status", filter.status());
		parameters.put("kind", filter.kind());
		parameters.put("department", filter.department());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		parameters.put("overdue", filter.overdue());
		parameters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.queryParam(name, value);
			}
		});
		var built = query.encode().build().getQuery();
		return built == null ? "" : built;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
