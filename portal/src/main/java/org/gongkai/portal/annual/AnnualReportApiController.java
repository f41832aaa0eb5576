package org.gongkai.portal.annual;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.annual.AnnualReportDraft;
import org.gongkai.workflow.annual.AnnualReportJson;
import org.gongkai.workflow.annual.AnnualReports;
import org.gongkai.workflow.annual.SaveAnnualReportDraft;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual report through the API: its tables as JSON with stable keys, the draft, submission for publication, downloads. */
@RestController
@RequestMapping("/api/annual-reports/{year}")
@Tag(name = "annual reports", description = "政府信息公开工作年度报告")
class AnnualReportApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReportView.Factory views;

	private final SaveAnnualReportDraft saveDraft;

	private final AnnualReportPublisher publisher;

	AnnualReportApiController(AnnualReportView.Factory views, SaveAnnualReportDraft saveDraft,
			AnnualReportPublisher publisher) {
		this.views = views;
		this.saveDraft = saveDraft;
		this.publisher = publisher;
	}

	@GetMapping
	@Operation(summary = "年度报告（表二、表三、表四）", description = "Computed now from the cases, or as frozen at submission (UNDER_REVIEW, PUBLISHED); checks of SPEC §3 listed under `checks`; `status`, `returnReason` and the `events` of its review.")
	Map<String, Object> get(@PathVariable int year, @RequestParam(defaultValue = AnnualReports.GOVERNMENT) String agency,
			Authentication authentication) {
		AnnualReportAccess.requireSee(CurrentUser.of(authentication), agency);
		return json(views.of(year, agency));
	}

	@PutMapping("/draft")
	@Operation(summary = "保存办公室填写的内容", description = "表二 rows not counted by the system, fee figures, prose sections.")
	Map<String, Object> saveDraft(@PathVariable int year,
			@RequestParam(defaultValue = AnnualReports.GOVERNMENT) String agency,
			@Valid @RequestBody AnnualReportDraft draft, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		AnnualReportAccess.requireEdit(user, agency);
		views.agencyName(agency);
		saveDraft.save(year, agency, draft, user.userName());
		return json(views.of(year, agency));
	}

	@PostMapping("/publication")
	@Operation(summary = "提交发布审核", description = "Submits the report for publication: 422 with the failing cells when a check fails; "
			+ "409 while under review or once published; else 202 with status UNDER_REVIEW, the tables frozen and "
			+ "the catalogue item (Location) in 保密审查. It is PUBLISHED when the last approval level approves it, "
			+ "back in DRAFT with `returnReason` when a reviewer returns it.")
	ResponseEntity<Map<String, Object>> submit(@PathVariable int year,
			@RequestParam(defaultValue = AnnualReports.GOVERNMENT) String agency, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		AnnualReportAccess.requireEdit(user, agency);
		var report = publisher.submit(year, agency, user.userName());
		return ResponseEntity.accepted()
			.location(URI.create("/workbench/items/" + report.getCatalogueItemId()))
			.body(json(views.of(year, agency)));
	}

	@GetMapping("/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable int year,
			@RequestParam(defaultValue = AnnualReports.GOVERNMENT) String agency, Authentication authentication) {
		AnnualReportAccess.requireSee(CurrentUser.of(authentication), agency);
		var view = views.of(year, agency);
		return download(AnnualReportFiles.docx(view.title(), view.sections()), DOCX, view.title() + ".docx");
	}

	@GetMapping("/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int year,
			@RequestParam(defaultValue = AnnualReports.GOVERNMENT) String agency, Authentication authentication) {
		AnnualReportAccess.requireSee(CurrentUser.of(authentication), agency);
		var view = views.of(year, agency);
		return download(AnnualReportFiles.xlsx(view.grids()), XLSX, view.title() + ".xlsx");
	}

	static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	static Map<String, Object> json(AnnualReportView view) {
		var body = new LinkedHashMap<String, Object>();
		body.put("year", view.year());
		body.put("agency", view.agency());
		body.put("agencyName", view.agencyName());
		body.put("status", view.status().name());
		body.put("returnReason", view.returnReason());
		body.put("due", view.due());
		body.put("catalogueItemId", view.catalogueItemId());
		var tables = AnnualReportJson.toMap(view.tables());
		tables.remove("year");
		tables.remove("agency");
		body.putAll(tables);
		body.put("draft", view.draft());
		body.put("checks", view.failures());
		body.put("publishable", !view.frozen() && view.failures().isEmpty());
		body.put("events", view.events()
			.stream()
			.map(e -> {
				var event = new LinkedHashMap<String, Object>();
				event.put("type", e.getType());
				event.put("actor", e.getActor());
				event.put("occurredAt", e.getOccurredAt());
				event.put("note", e.getNote());
				return event;
			})
			.toList());
		return body;
	}
}
