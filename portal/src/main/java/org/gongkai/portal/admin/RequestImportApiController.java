package org.gongkai.portal.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.request.HistoricalRequest;
import org.gongkai.workflow.request.HistoricalRequestsCsv;
import org.gongkai.workflow.request.ImportHistoricalRequests;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 历史数据导入 for administrators and {@code deploy/gongkai import-requests}: the finished cases of the
 * agency's previous system, as CSV or as JSON, so that the statistics and annual report of the year it
 * changed systems count them.
 */
@RestController
@RequestMapping("/api/admin/requests/import")
@Tag(name = "administration", description = "目录索引维护、历史数据导入（管理员）")
class RequestImportApiController {

	private final ImportHistoricalRequests importing;

	RequestImportApiController(ImportHistoricalRequests importing) {
		this.importing = importing;
	}

	@PostMapping(consumes = "text/csv")
	@Operation(summary = "导入历史申请（CSV）", description = "UTF-8 CSV with a header row naming the fields of a historical "
			+ "request (legacyNo, kind, applicantType, applicantName, idNumber, phone, title, description, departmentCode, "
			+ "receivedOn, dueOn, finishedOn, replyType, replyReasons separated by ';', correctionOutcome, competentAgency, "
			+ "remedyKind, remedyFiledOn, remedyAuthority, remedyOutcome, remedyDecidedOn). "
			+ "All or nothing: a 400 problem names each bad row; numbers already imported are skipped.")
	ImportHistoricalRequests.Imported importCsv(@RequestBody byte[] csv, Authentication authentication) {
		// UTF-8 whatever the Content-Type's charset says or omits (text/* would default to ISO-8859-1)
		return importing.importAll(HistoricalRequestsCsv.parse(new String(csv, StandardCharsets.UTF_8)),
				CurrentUser.of(authentication).userName());
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "导入历史申请（JSON）", description = "The same records as a JSON array.")
	ImportHistoricalRequests.Imported importJson(@RequestBody List<HistoricalRequest> records,
			Authentication authentication) {
		return importing.importAll(records, CurrentUser.of(authentication).userName());
	}
}
