package org.gongkai.portal.report;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.commission.Commission;
import org.gongkai.workflow.commission.CommissionItems;
import org.gongkai.workflow.information.FileInformationReport;
import org.gongkai.workflow.information.InformationReportProcess;
import org.gongkai.workflow.information.ReportContent;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.ReportStatus;
import org.gongkai.workflow.information.ReportSteps;
import org.gongkai.workflow.information.SendReportToCatalogue;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportQuotas;
import org.gongkai.workflow.scoring.ReportScores;
import org.gongkai.workflow.scoring.ScoringEngine;
import org.gongkai.workflow.scoring.ScoringRule;
import org.gongkai.workflow.supervision.InstructionSupervision;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 政务信息: filing, the office's decisions, instructions, scores, rankings and the scoring rules. */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('clerk','dept-head','section-chief','deputy-head','office-editor','leader','admin')")
@Tag(name = "reports", description = "政务信息报送、采用、批示督办、计分与排名")
class ReportApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FileInformationReport file;

	private final ReportSteps steps;

	private final InstructionSupervision supervision;

	private final ReportScores scores;

	private final ReportQueries queries;

	private final TaskInbox inbox;

	private final RankingWorkbook workbook;

	private final RankingBulletin bulletin;

	private final CommissionItems commissions;

	private final SendReportToCatalogue catalogue;

	private final ReportQuotas quotas;

	private final Departments departments;

	ReportApiController(FileInformationReport file, ReportSteps steps, InstructionSupervision supervision,
			ReportScores scores, ReportQueries queries, TaskInbox inbox, RankingWorkbook workbook,
			CommissionItems commissions, SendReportToCatalogue catalogue, ReportQuotas quotas, Departments departments,
			RankingBulletin bulletin) {
		this.bulletin = bulletin;
		this.catalogue = catalogue;
		this.quotas = quotas;
		this.departments = departments;
		this.commissions = commissions;
		this.file = file;
		this.steps = steps;
		this.supervision = supervision;
		this.scores = scores;
		this.queries = queries;
		this.inbox = inbox;
		this.workbook = workbook;
	}

	@PostMapping
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "信息员起草信息", description = "Creates the draft for the caller's unit; complete its task 撰写并提交信息 to send it to unit review.")
	ResponseEntity<ReportView> file(@Valid @RequestBody ReportContent content, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var report = file.draft(content, user.department(), user.userName());
		return ResponseEntity.created(URI.create("/api/reports/" + report.getId())).body(queries.view(report.getId(), user));
	}

	@GetMapping
	@Operation(summary = "信息列表（本单位或全部）")
	List<Map<String, Object>> list(Authentication authentication) {
		return queries.recent(CurrentUser.of(authentication))
			.stream()
			.map(r -> Map.<String, Object>of("id", r.getId(), "title", r.getTitle(), "status", r.getStatus(), "unitCode",
					r.getUnitCode(), "joint", r.isJoint()))
			.toList();
	}

	@GetMapping("/{id}")
	ReportView get(@PathVariable Long id, Authentication authentication) {
		return queries.view(id, CurrentUser.of(authentication));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('clerk','office-editor')")
	@Operation(summary = "修改信息", description = "The unit's 信息员 while drafting; the office (信息科) while editing.")
	ReportView revise(@PathVariable Long id, @Valid @RequestBody ReportContent content, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var report = queries.visible(id, user);
		boolean allowed = report.getStatus() == ReportStatus.DRAFTING ? user.hasRole("clerk")
				&& report.getUnits().contains(user.department())
				: report.getStatus() == ReportStatus.SUBMITTED && user.hasRole("office-editor");
		if (!allowed) {
			throw new org.springframework.security.access.AccessDeniedException("not the item's editor now");
		}
		steps.revise(id, content, user.userName());
		return queries.view(id, user);
	}

	@PostMapping("/tasks/{taskId}/complete")
	@Operation(summary = "办理信息任务", description = "Unit review: `approved`; the office: `decision` ADOPT (with `publication`, optional `issueId`), RETURN, NOT_ADOPT (with `comment`) or MERGE (with `mergeWith`); after adoption `forward`; then `upperAdopted` with `upperLevel` and `upperChannel`; 督办: `feedback`. 409 if someone else completed it first.")
	ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody ReportDecision decision,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var task = inbox.get(taskId, user.staff());
		if (!InformationReportProcess.KEY.equals(task.processKey())
				&& !InformationReportProcess.SUPERVISION_KEY.equals(task.processKey())
				&& !InformationReportProcess.COMMISSION_KEY.equals(task.processKey())) {
			throw new ReportNotFound("task " + taskId);
		}
		inbox.complete(taskId, user.staff(), decision.variables());
		return ResponseEntity.noContent().build();
	}

	/** An adopted item carried in a further publication (the points add up). */
	record CarryForm(@NotBlank String publication, Long issueId) {
	}

	@PostMapping("/{id}/publications")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "已采用信息再编入其他刊物")
	ReportView carry(@PathVariable Long id, @Valid @RequestBody CarryForm form, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		steps.alsoCarry(id, user.userName(), ReportDecision.publication(form.publication()), form.issueId());
		return queries.view(id, user);
	}

	/** What the editor chooses for the catalogue item drafted from an adopted item; blank title and body take the item's. */
	record CatalogueForm(@Size(max = 500) String title, String body, @NotBlank String departmentCode,
			@NotBlank String columnCode) {
	}

	@PostMapping("/{id}/catalogue-item")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "已采用信息转主动公开", description = "Drafts a catalogue item of the chosen department and column from an adopted item and submits it to 保密审查; it becomes public after the department head's (and any ⚙ further) approval. 409 if the item is not adopted or was sent before.")
	ResponseEntity<ReportView> sendToCatalogue(@PathVariable Long id, @Valid @RequestBody CatalogueForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		var item = catalogue.send(id, form.title(), form.body(), form.departmentCode(), form.columnCode(), user.staff());
		return ResponseEntity.created(URI.create("/api/catalogue/items/" + item.getId())).body(queries.view(id, user));
	}

	/** A leader's instruction and the units to relay it to (default the item's units). */
	record InstructionForm(@NotBlank String leaderLevel, @NotBlank @Size(max = 100) String leaderName,
			@NotBlank @Size(max = 2000) String text, @NotNull LocalDate instructedOn, @NotNull OffsetDateTime feedbackDueAt,
			List<String> units) {
	}

	@PostMapping("/{id}/instructions")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "登记领导批示并转办督办", description = "Starts one 督办 per responsible unit with the feedback due time; late feedback is deducted.")
	ResponseEntity<ReportView> instruct(@PathVariable Long id, @Valid @RequestBody InstructionForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		supervision.instruct(id, ReportDecision.level(form.leaderLevel()), form.leaderName(), form.text(),
				form.instructedOn(), form.feedbackDueAt().toInstant(), form.units(), user.userName());
		return ResponseEntity.status(201).body(queries.view(id, user));
	}

	/** A commission (约稿) to units with the deadline for their items. */
	record CommissionForm(@NotBlank @Size(max = 500) String topic, @NotNull List<String> units,
			@NotNull OffsetDateTime dueAt) {
	}

	@PostMapping("/commissions")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "约稿", description = "One commission per unit; a unit answers by completing its task with `answerReportId` (an item of its own that reached the office); a missed deadline is deducted.")
	ResponseEntity<List<Commission>> commission(@Valid @RequestBody CommissionForm form, Authentication authentication) {
		return ResponseEntity.status(201)
			.body(commissions.commission(form.topic(), form.units(), form.dueAt().toInstant(),
					CurrentUser.of(authentication).userName()));
	}

	@GetMapping("/commissions")
	@Operation(summary = "约稿列表", description = "Every unit's for the office, leaders and administrators; the caller's unit's for a unit.")
	List<Commission> commissions(Authentication authentication) {
		return queries.commissions(CurrentUser.of(authentication));
	}

	@GetMapping("/rankings")
	@Operation(summary = "单位排名", description = "`period` = 2026-09 (month), 2026-Q3 (quarter, with the 通报's top 10 and bottom 10) or 2026 (year). Ties share a rank (1, 2, 2, 4) and the top 10 includes every unit tied at tenth place; `bottom10` is empty unless `separatesTopAndBottom` (at least 20 units, not all with the same points, the worst ten not tied with the best).")
	Map<String, Object> rankings(@RequestParam String period) {
		var ranking = scores.ranking(ReportPeriod.parse(period));
		var body = new LinkedHashMap<String, Object>();
		body.put("period", ranking.period().label());
		body.put("from", ranking.period().from());
		body.put("to", ranking.period().to());
		body.put("rows", ranking.rows());
		body.put("hasData", ranking.hasData());
		body.put("allEqual", ranking.allEqual());
		body.put("separatesTopAndBottom", ranking.separatesTopAndBottom());
		body.put("top10", ranking.top10());
		// the worst ten only where they are apart from the best (at least 20 units, not all tied)
		body.put("bottom10", ranking.separatesTopAndBottom() ? ranking.bottom10() : List.of());
		return body;
	}

	@GetMapping(value = "/rankings.xlsx")
	@Operation(summary = "单位排名（XLSX）")
	ResponseEntity<byte[]> rankingsXlsx(@RequestParam String period) {
		var ranking = scores.ranking(ReportPeriod.parse(period));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rankings-" + ranking.period().label() + ".xlsx").build().toString())
			.body(workbook.write(ranking, LocaleContextHolder.getLocale()));
	}

	@GetMapping(value = "/rankings/bulletin.docx")
	@Operation(summary = "政务信息报送情况通报（DOCX）", description = "The period's circular: totals, the ranking (top and bottom ten for a quarter or year, every unit for a month), the units short of their quota and the deductions.")
	ResponseEntity<byte[]> bulletin(@RequestParam String period, Authentication authentication) {
		return bulletinResponse(ReportPeriod.parse(period), bulletin, queries, CurrentUser.of(authentication));
	}

	/** The circular as a download named after its period, with the deductions the user may see. */
	static ResponseEntity<byte[]> bulletinResponse(ReportPeriod period, RankingBulletin bulletin, ReportQueries queries,
			CurrentUser user) {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("政务信息通报-" + period.label() + ".docx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bulletin.write(period, queries.scoreLines(period, user)));
	}

	@GetMapping("/scores")
	@Operation(summary = "计分明细", description = "The period's score lines with unit, points, rule and evidence: every unit's for the office, leaders and administrators; the caller's unit's for a unit.")
	List<ScoringEngine.ScoreLine> scores(@RequestParam String period, Authentication authentication) {
		return queries.scoreLines(ReportPeriod.parse(period), CurrentUser.of(authentication));
	}

	/** A unit's quota class (一类 … 四类). */
	record UnitClassForm(@NotNull Integer unitClass) {
	}

	@PutMapping("/units/{unitCode}/class")
	@PreAuthorize("hasRole('admin')")
	@Operation(summary = "设置单位类别（决定每月任务数）")
	ResponseEntity<Void> classify(@PathVariable String unitCode, @Valid @RequestBody UnitClassForm form) {
		scores.classify(unitCode, form.unitClass());
		return ResponseEntity.noContent().build();
	}

	/** A unit with its quota class; {@code own} is false when it has the default class. */
	record UnitClassView(String unitCode, String name, int unitClass, boolean own) {
	}

	@GetMapping("/units/classes")
	@Operation(summary = "各单位类别")
	List<UnitClassView> unitClasses() {
		var classes = quotas.unitClasses();
		return departments.findAll()
			.stream()
			.filter(d -> !d.isGeneralOffice())
			.sorted(java.util.Comparator.comparing(org.gongkai.workflow.organisation.Department::getCode))
			.map(d -> new UnitClassView(d.getCode(), d.getName(), classes.getOrDefault(d.getCode(), quotas.defaultClass()),
					classes.containsKey(d.getCode())))
			.toList();
	}

	@GetMapping("/quotas")
	@Operation(summary = "各类单位每月任务数（全部版本）")
	List<ReportQuotas.Quota> quotas() {
		return quotas.versions();
	}

	/** A new version of a class's monthly quota, in force from its effective date. */
	record QuotaForm(@NotNull @Min(1) @Max(4) Integer unitClass, @NotNull LocalDate effectiveFrom,
			@NotNull @Min(0) @Max(1000) Integer monthlyItems) {
	}

	@PostMapping("/quotas")
	@PreAuthorize("hasRole('admin')")
	@Operation(summary = "新增每月任务数版本", description = "Versions are never edited: a change adds a version from its effective date. 400 with `errors` per field.")
	ResponseEntity<ReportQuotas.Quota> addQuota(@Valid @RequestBody QuotaForm form) {
		return ResponseEntity.status(201)
			.body(quotas.addVersion(form.unitClass(), form.effectiveFrom(), form.monthlyItems()));
	}

	@GetMapping("/scoring-rules")
	@Operation(summary = "计分规则（全部版本）")
	List<ScoringRule> rules() {
		return scores.rules();
	}

	/** A new version of a scoring rule, in force from its effective date. */
	record RuleForm(@NotBlank String kind, @NotBlank String level, @Size(max = 30) String channel, @NotNull BigDecimal points,
			BigDecimal multiplier, @NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 200) String description) {
	}

	@PostMapping("/scoring-rules")
	@PreAuthorize("hasRole('admin')")
	@Operation(summary = "新增计分规则版本")
	ResponseEntity<ScoringRule> addRule(@Valid @RequestBody RuleForm form, Authentication authentication) {
		FactKind kind;
		try {
			kind = FactKind.valueOf(form.kind());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValue("kind", "scoring.rule.kind");
		}
		var rule = scores.addRule(kind, ReportDecision.level(form.level()), form.channel(), form.points(), form.multiplier(),
				form.effectiveFrom(), form.description(), CurrentUser.of(authentication).userName());
		return ResponseEntity.status(201).body(rule);
	}
}
