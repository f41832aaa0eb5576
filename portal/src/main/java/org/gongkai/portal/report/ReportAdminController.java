package org.gongkai.portal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.PageForms;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.ReportQuotas;
import org.gongkai.workflow.scoring.ReportScores;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring rules, the monthly quotas of the unit classes and the class of each unit: everyone who
 * works with 政务信息 reads them, administrators add versions (never editing one in place) and
 * move units between classes.
 */
@Controller
@PreAuthorize("hasAnyRole('clerk','dept-head','section-chief','deputy-head','office-editor','leader','admin')")
class ReportAdminController {

	private final ReportScores scores;

	private final ReportQuotas quotas;

	private final Departments departments;

	ReportAdminController(ReportScores scores, ReportQuotas quotas, Departments departments) {
		this.scores = scores;
		this.quotas = quotas;
		this.departments = departments;
	}

	/** A new version of a scoring rule, as the page's form sends it. */
	record RuleForm(@NotBlank(message = "{report.rule.kind.required}") String kind,
			@NotBlank(message = "{report.rule.level.required}") String level,
			@Size(max = 30, message = "{report.rule.channel.pattern}") @Pattern(regexp = "^$|^\\*$|^[A-Za-z][A-Za-z0-9_]*$", message = "{report.rule.channel.pattern}") String channel,
			@NotNull(message = "{report.rule.points.required}") @Digits(integer = 6, fraction = 2, message = "{report.rule.points.digits}") BigDecimal points,
			@Digits(integer = 3, fraction = 3, message = "{report.rule.multiplier.digits}") BigDecimal multiplier,
			@NotNull(message = "{report.rule.effectiveFrom.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveFrom,
			@NotBlank(message = "{report.rule.description.required}") @Size(max = 200, message = "{report.rule.description.size}") String description) {
	}

	/** A new version of a class's monthly quota. */
	record QuotaForm(
			@NotNull(message = "{report.quota.class.invalid}") @Min(value = 1, message = "{report.quota.class.invalid}") @Max(value = 4, message = "{report.quota.class.invalid}") Integer unitClass,
			@NotNull(message = "{report.rule.effectiveFrom.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveFrom,
			@NotNull(message = "{report.quota.items.invalid}") @Min(value = 0, message = "{report.quota.items.invalid}") @Max(value = 1000, message = "{report.quota.items.invalid}") Integer monthlyItems) {
	}

	@GetMapping("/reports/rules")
	String rules(@RequestParam(required = false) String kind, @RequestParam(required = false) String level,
			@RequestParam(required = false) String channel, Model model) {
		model.addAttribute("form", new RuleForm(kind, level, channel, null, null, null, null));
		return rulesPage(model);
	}

	@PostMapping("/reports/rules")
	@PreAuthorize("hasRole('admin')")
	String addRule(@Validated @ModelAttribute("form") RuleForm form, BindingResult result, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (PageForms.failed(result)) {
			return rulesPage(model);
		}
		var kind = Arrays.stream(FactKind.values()).filter(k -> k.name().equals(form.kind())).findFirst();
		var level = Arrays.stream(Level.values()).filter(l -> l.name().equals(form.level())).findFirst();
		if (form.kind() != null && !form.kind().isBlank() && kind.isEmpty()) {
			result.rejectValue("kind", "report.rule.kind.required");
		}
		if (form.level() != null && !form.level().isBlank() && level.isEmpty()) {
			result.rejectValue("level", "report.rule.level.required");
		}
		if (result.hasErrors()) {
			return rulesPage(model);
		}
		try {
			scores.addRule(kind.get(), level.get(), form.channel(), form.points(), form.multiplier(), form.effectiveFrom(),
					form.description(), CurrentUser.of(authentication).userName());
		}
		catch (IllegalArgumentException duplicate) {
			result.rejectValue("effectiveFrom", "report.rule.duplicate");
			return rulesPage(model);
		}
		redirect.addFlashAttribute("message", "report.rule.added");
		return "redirect:/reports/rules";
	}

	private String rulesPage(Model model) {
		model.addAttribute("rules", scores.rules());
		model.addAttribute("kinds", FactKind.values());
		model.addAttribute("levels", Level.values());
		return "report/rules";
	}

	@GetMapping("/reports/quotas")
	String quotas(Model model) {
		model.addAttribute("form", new QuotaForm(null, null, null));
		return quotasPage(model);
	}

	@PostMapping("/reports/quotas")
	@PreAuthorize("hasRole('admin')")
	String addQuota(@Validated @ModelAttribute("form") QuotaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return quotasPage(model);
		}
		try {
			quotas.addVersion(form.unitClass(), form.effectiveFrom(), form.monthlyItems());
		}
		catch (IllegalArgumentException duplicate) {
			result.rejectValue("effectiveFrom", "report.quota.duplicate");
			return quotasPage(model);
		}
		redirect.addFlashAttribute("message", "report.quota.added");
		return "redirect:/reports/quotas";
	}

	@PostMapping("/reports/units/{unitCode}/class")
	@PreAuthorize("hasRole('admin')")
	String classify(@PathVariable String unitCode, @RequestParam(required = false) Integer unitClass,
			RedirectAttributes redirect) {
		try {
			quotas.classify(unitCode, unitClass);
			redirect.addFlashAttribute("message", "report.unitClass.saved");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "report.quota.class.invalid");
		}
		return "redirect:/reports/quotas";
	}

	private String quotasPage(Model model) {
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		model.addAttribute("versions", quotas.versions());
		var current = new java.util.HashSet<String>();
		quotas.versions()
			.stream()
			.filter(q -> !q.effectiveFrom().isAfter(today))
			.collect(java.util.stream.Collectors.toMap(ReportQuotas.Quota::unitClass, q -> q,
					(a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b))
			.values()
			.forEach(q -> current.add(q.unitClass() + "@" + q.effectiveFrom()));
		model.addAttribute("current", current);
		model.addAttribute("classes", java.util.stream.IntStream.rangeClosed(ReportQuotas.FIRST_CLASS, ReportQuotas.LAST_CLASS)
			.boxed()
			.toList());
		var own = quotas.unitClasses();
		model.addAttribute("units", departments.findAll()
			.stream()
			.filter(d -> !d.isGeneralOffice())
			.sorted(Comparator.comparing(Department::getCode))
			.map(d -> new ReportApiController.UnitClassView(d.getCode(), d.getName(),
					own.getOrDefault(d.getCode(), quotas.defaultClass()), own.containsKey(d.getCode())))
			.toList());
		return "report/quotas";
	}
}
