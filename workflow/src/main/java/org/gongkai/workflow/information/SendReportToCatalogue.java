package org.gongkai.workflow.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.task.Staff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor of the general office sends an adopted item into proactive disclosure (SPEC §5): a
 * catalogue item of the department the editor chooses, in the column the editor chooses, that is
 * submitted at once and goes through the ordinary publication flow (保密审查, the department head's
 * approval, any ⚙ further approvals) before it becomes public.
 */
@Service
public class SendReportToCatalogue {

	private final ReportSteps steps;

	private final ReportCatalogueItems links;

	private final CatalogueItems items;

	private final DraftCatalogueItem draft;

	private final SubmitDraft submit;

	private final Departments departments;

	private final ReportLog log;

	private final ReportProperties properties;

	private final Clock clock;

	SendReportToCatalogue(ReportSteps steps, ReportCatalogueItems links, CatalogueItems items, DraftCatalogueItem draft,
			SubmitDraft submit, Departments departments, ReportLog log, ReportProperties properties, Clock clock) {
		this.steps = steps;
		this.links = links;
		this.items = items;
		this.draft = draft;
		this.submit = submit;
		this.departments = departments;
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Drafts the catalogue item from the adopted item and submits it to 保密审查.
	 * @param title the item's title in the catalogue; blank takes the report's
	 * @param body the public text; blank takes the report's
	 * @param departmentCode the department that publishes it (its head approves it)
	 * @param columnCode the catalogue column
	 * @throws ReportNotInExpectedState unless the office adopted the item
	 * @throws ReportAlreadyInCatalogue if it was sent before
	 * @throws UnknownReference if the department or column does not exist
	 * @throws IllegalArgumentException ({@code field: message}) if the title is too long
	 */
	@Transactional
	public CatalogueItem send(Long reportId, String title, String body, String departmentCode, String columnCode,
			Staff editor) {
		var report = steps.get(reportId);
		if (!report.isAdopted()) {
			throw new ReportNotInExpectedState(reportId, report.getStatus(), "be sent into the catalogue");
		}
		links.findById(reportId).ifPresent(existing -> {
			throw new ReportAlreadyInCatalogue(reportId, existing.getItemId());
		});
		var itemTitle = title == null || title.isBlank() ? report.getTitle() : title.strip();
		if (itemTitle.length() > 500) {
			throw new InvalidValue("title", "information.catalogue.titleLength");
		}
		var department = departmentCode == null ? Optional.<org.gongkai.workflow.organisation.Department>empty()
				: departments.findById(departmentCode);
		if (department.isEmpty()) {
			throw new UnknownReference("departmentCode", departmentCode);
		}
		var content = new ItemContent(itemTitle, null, body == null || body.isBlank() ? report.getBody() : body.strip(),
				department.get().getName(), LocalDate.now(clock.withZone(properties.zone())), null, columnCode, null, null);
		var item = draft.fromReport(content, departmentCode, editor.userId(), reportId);
		links.save(new ReportCatalogueItem(reportId, item.getId(), editor.userId(), clock.instant()));
		submit.submit(item.getId(), editor);
		log.log(reportId, "SENT_TO_CATALOGUE", editor.userId(), String.valueOf(item.getId()));
		return item;
	}

	/** The catalogue item drafted from the report, if any. */
	@Transactional(readOnly = true)
	public Optional<CatalogueItem> itemOf(Long reportId) {
		return links.findById(reportId).flatMap(link -> items.findById(link.getItemId()));
	}

	/** The report a catalogue item was drafted from, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> reportOf(Long itemId) {
		return links.findByItemId(itemId).map(ReportCatalogueItem::getReportId);
	}
}
