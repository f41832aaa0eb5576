package org.gongkai.workflow.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a year's 表二–表四 for an agency (the government, a district, or one department; each
 * covering its scope, see {@link org.gongkai.workflow.organisation.AgencyTree#scope}) from the cases and the office's
 * draft, runs the checks, and tells which reports are due (until published: a report under review is
 * still due). A report under review or published answers with its frozen tables.
 */
@Service
public class GenerateAnnualReport {

	private final AnnualReportQueries queries;

	private final AnnualReports reports;

	private final Departments departments;

	private final RequestProperties requestProperties;

	private final CaseEvents events;

	private final Clock clock;

	GenerateAnnualReport(AnnualReportQueries queries, AnnualReports reports, Departments departments,
			RequestProperties requestProperties, CaseEvents events, Clock clock) {
		this.events = events;
		this.queries = queries;
		this.reports = reports;
		this.departments = departments;
		this.requestProperties = requestProperties;
		this.clock = clock;
	}

	/** The frozen tables if the report is under review or published, else the tables computed now. */
	@Transactional(readOnly = true)
	public AnnualReportTables tables(int year, String agency) {
		requireAgency(agency);
		return reports.findByYearAndAgency(year, agency)
			.filter(AnnualReport::isFrozen)
			.map(GenerateAnnualReport::frozen)
			.orElseGet(() -> compute(year, agency, draft(year, agency)));
	}

	private static AnnualReportTables frozen(AnnualReport report) {
		var tables = AnnualReportJson.read(report.getTablesJson());
		return tables.fees() != null ? tables
				: new AnnualReportTables(tables.year(), tables.agency(), tables.proactive(), tables.requests(),
						tables.remedies(), report.enteredFees());
	}

	/** The 收费通知 behind section 六's fee figures, issued or paid in the year (see {@link FeeFigures}). */
	@Transactional(readOnly = true)
	public List<FeeFigures.Notice> feeNotices(int year, String agency) {
		requireAgency(agency);
		return queries.feeNotices(year, agency);
	}

	/** The office's entries so far (empty if nothing was saved). */
	@Transactional(readOnly = true)
	public AnnualReportDraft draft(int year, String agency) {
		requireAgency(agency);
		return reports.findByYearAndAgency(year, agency).map(AnnualReport::draft).orElseGet(AnnualReportDraft::empty);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<AnnualReport> report(int year, String agency) {
		return reports.findByYearAndAgency(year, agency);
	}

	/** Every published report, newest year first, then by agency code. */
	@Transactional(readOnly = true)
	public List<AnnualReport> published() {
		return reports.findByStatusOrderByYearDescAgencyAsc(AnnualReportStatus.PUBLISHED);
	}

	/** The published report a catalogue item carries, if it carries one. */
	@Transactional(readOnly = true)
	public java.util.Optional<AnnualReport> publishedByItem(Long catalogueItemId) {
		return reports.findByCatalogueItemId(catalogueItemId).filter(AnnualReport::isPublished);
	}

	/** Where each agency's report of the year is; agencies with nothing saved yet are absent (a draft to start). */
	@Transactional(readOnly = true)
	public java.util.Map<String, AnnualReportStatus> statuses(int year) {
		var statuses = new java.util.HashMap<String, AnnualReportStatus>();
		reports.findByYear(year).forEach(report -> statuses.put(report.getAgency(), report.getStatus()));
		return statuses;
	}

	/** The report's event log (submitted, returned with the reason, published), oldest first. */
	@Transactional(readOnly = true)
	public List<CaseEvent> events(int year, String agency) {
		return reports.findByYearAndAgency(year, agency)
			.map(report -> events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.ANNUAL_REPORT,
					report.getId()))
			.orElseGet(List::of);
	}

	/** Every check of SPEC §3 on the tables as they would be published now; empty when publishable. */
	@Transactional(readOnly = true)
	public List<CheckFailure> check(int year, String agency) {
		var draft = draft(year, agency);
		return AnnualReportChecks.check(compute(year, agency, draft), draft, carriedOut(year - 1, agency));
	}

	AnnualReportTables compute(int year, String agency, AnnualReportDraft draft) {
		var zone = requestProperties.zone();
		var table = new RequestTable();
		queries.received(year, agency).forEach((type, count) -> table.add(Table3Row.NEW_RECEIVED, Table3Column.of(type), count));
		queries.openAtEndOf(year - 1, agency, zone)
			.forEach((type, count) -> table.add(Table3Row.CARRIED_IN, Table3Column.of(type), count));
		queries.openAtEndOf(year, agency, zone)
			.forEach((type, count) -> table.add(Table3Row.CARRIED_OUT, Table3Column.of(type), count));
		for (var finished : queries.finished(year, agency, zone)) {
			var column = Table3Column.of(finished.applicantType());
			table.add(Table3Row.RESULT_TOTAL, column, finished.count());
			if (finished.replyType() != null) {
				table.add(Table3Row.of(finished.replyType(), finished.reasons()), column, finished.count());
			}
		}
		table.totalColumns();
		var remedies = new RemedyTable();
		queries.remedies(year, agency).forEach(r -> remedies.add(r.kind(), r.outcome(), r.count()));
		remedies.totalBlocks();
		var documents = queries.documents(year, agency);
		var none = new ProactiveTable.Documents(0, 0, 0);
		var proactive = new ProactiveTable(documents.getOrDefault(AnnualReportQueries.REGULATION_COLUMN, none),
				documents.getOrDefault(AnnualReportQueries.NORMATIVE_COLUMN, none), draft.licensing(),
				draft.punishment(), draft.coercion(), draft.administrativeFees());
		return new AnnualReportTables(year, agency, proactive, table, remedies,
				FeeFigures.of(year, queries.feeNotices(year, agency)));
	}

	/** Row 四 of a year: as frozen if it was submitted or published, else as computed now. */
	long[] carriedOut(int year, String agency) {
		var tables = reports.findByYearAndAgency(year, agency)
			.filter(AnnualReport::isFrozen)
			.map(report -> AnnualReportJson.read(report.getTablesJson()))
			.orElse(null);
		var values = new long[Table3Column.values().length];
		if (tables != null) {
			for (var column : Table3Column.values()) {
				values[column.ordinal()] = tables.requests().get(Table3Row.CARRIED_OUT, column);
			}
			return values;
		}
		queries.openAtEndOf(year, agency, requestProperties.zone())
			.forEach((type, count) -> values[Table3Column.of(type).ordinal()] += count);
		for (int i = 0; i < Table3Column.TOTAL.ordinal(); i++) {
			values[Table3Column.TOTAL.ordinal()] += values[i];
		}
		return values;
	}

	/**
	 * The previous year's reports not yet published, with their statutory deadline: the government's
	 * (31 March) and every department's (31 January).
	 */
	@Transactional(readOnly = true)
	public List<Reminder> reminders() {
		var today = LocalDate.now(clock.withZone(requestProperties.zone()));
		int year = today.getYear() - 1;
		var published = reports.findByYear(year)
			.stream()
			.filter(AnnualReport::isPublished)
			.map(AnnualReport::getAgency)
			.toList();
		var agencies = new ArrayList<String>();
		agencies.add(AnnualReports.GOVERNMENT);
		departments.tree().all().stream().filter(a -> !a.isGovernment()).forEach(a -> agencies.add(a.getCode()));
		return agencies.stream()
			.filter(agency -> !published.contains(agency))
			.map(agency -> {
				var due = dueOf(year, agency);
				return new Reminder(year, agency, due, ChronoUnit.DAYS.between(today, due));
			})
			.toList();
	}

	/** The statutory deadline of the agency's report: 31 March for a government (a district's too), else 31 January. */
	@Transactional(readOnly = true)
	public LocalDate dueOf(int year, String agency) {
		return AnnualReportDeadlines.due(year, AnnualReports.GOVERNMENT.equals(agency)
				|| departments.findById(agency).map(d -> d.getKind().isGovernment()).orElse(false));
	}

	void requireAgency(String agency) {
		if (agency == null || !AnnualReports.GOVERNMENT.equals(agency) && !departments.existsById(agency)) {
			throw new UnknownAgency(agency);
		}
	}

	/** A report still to publish: due on {@code due}, in {@code daysLeft} calendar days (negative when late). */
	public record Reminder(int year, String agency, LocalDate due, long daysLeft) {

		public boolean overdue() {
			return daysLeft < 0;
		}
	}
}
