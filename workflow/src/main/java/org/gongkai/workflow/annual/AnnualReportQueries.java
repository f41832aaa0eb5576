package org.gongkai.workflow.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.Validity;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;
import org.springframework.stereotype.Component;

/**
 * The counts behind 表二–表四, each one grouped query over all cases of the year (no per-case
 * loading). A request counts from its receipt date (art. 31) and is finished when replied, withdrawn
 * or closed; both instants are compared in the agency's time zone.
 */
@Component
class AnnualReportQueries {

	static final String REGULATION_COLUMN = "regulation";

	static final String NORMATIVE_COLUMN = "normative";

	/**
	 * The agency's scope (itself and the agencies below it, a district's with its departments; see
	 * {@link org.gongkai.workflow.organisation.AgencyTree#scope}). Requests the office closed before
	 * assigning them (e.g. deemed withdrawn) count for the general office.
	 */
	private static final String AGENCY = " and coalesce(r.departmentCode, :office) in (:scope)";

	private static final String ITEM_AGENCY = " and r.departmentCode in (:scope)";

	/** Art. 41 correction requests are their own type and are not counted in 表三. */
	private static final String DISCLOSURES = " and r.kind = org.gongkai.workflow.request.RequestKind.DISCLOSURE";

	private final EntityManager entities;

	private final Departments departments;

	AnnualReportQueries(EntityManager entities, Departments departments) {
		this.entities = entities;
		this.departments = departments;
	}

	/** Requests received in the year, by applicant type (row 一). */
	Map<ApplicantType, Long> received(int year, String agency) {
		var rows = entities.createQuery("select r.applicant.applicantType, count(r) from DisclosureRequest r "
				+ "where r.receivedOn >= :from and r.receivedOn <= :to" + DISCLOSURES + AGENCY + " group by r.applicant.applicantType",
				Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31));
		return byApplicant(agency(rows, agency).getResultList());
	}

	/** Requests received by 31 December of the year and not finished by its end (row 四; next year's row 二). */
	Map<ApplicantType, Long> openAtEndOf(int year, String agency, ZoneId zone) {
		var rows = entities.createQuery("select r.applicant.applicantType, count(r) from DisclosureRequest r "
				+ "where r.receivedOn <= :lastDay and (coalesce(r.repliedAt, r.closedAt) is null "
				+ "or coalesce(r.repliedAt, r.closedAt) >= :end)" + DISCLOSURES + AGENCY + " group by r.applicant.applicantType",
				Object[].class)
			.setParameter("lastDay", LocalDate.of(year, 12, 31))
			.setParameter("end", startOf(year + 1, zone));
		return byApplicant(agency(rows, agency).getResultList());
	}

	/** Requests finished in the year, by applicant type, reply type and reasons (rows （一）–（六）). */
	List<Finished> finished(int year, String agency, ZoneId zone) {
		var rows = entities.createQuery("select r.applicant.applicantType, r.replyType, r.replyReasons, count(r) "
				+ "from DisclosureRequest r where r.receivedOn <= :lastDay "
				+ "and coalesce(r.repliedAt, r.closedAt) >= :start and coalesce(r.repliedAt, r.closedAt) < :end"
				+ DISCLOSURES + AGENCY
				+ " group by r.applicant.applicantType, r.replyType, r.replyReasons", Object[].class)
			.setParameter("lastDay", LocalDate.of(year, 12, 31))
			.setParameter("start", startOf(year, zone))
			.setParameter("end", startOf(year + 1, zone));
		return agency(rows, agency).getResultList()
			.stream()
			.map(row -> new Finished((ApplicantType) row[0], (ReplyType) row[1], reasons((String) row[2]),
					(Long) row[3]))
			.toList();
	}

	/**
	 * 表四's rule across years, as 表三 carries its open cases: a remedy counts in every year in which it
	 * was open at some point. Decided in the year → the column of its result, whatever year it was
	 * filed; filed by 31 December and not decided by then → 尚未审结 (again next year if still open).
	 * So a review filed in 2024 and decided in 2025 is 尚未审结 in 2024 and 结果维持 (say) in 2025, and
	 * each year's 尚未审结 are exactly the remedies open on its 31 December. 复议后起诉 is its own remedy,
	 * recorded after the review it follows; the review counts in 行政复议, the suit in 复议后起诉.
	 */
	List<Remedies> remedies(int year, String agency) {
		var decided = entities.createQuery("select m.kind, m.outcome, count(m) from RequestRemedy m, DisclosureRequest r "
				+ "where r.id = m.requestId and m.decidedOn >= :from and m.decidedOn <= :to" + AGENCY
				+ " group by m.kind, m.outcome", Object[].class);
		var open = entities.createQuery("select m.kind, count(m) from RequestRemedy m, DisclosureRequest r "
				+ "where r.id = m.requestId and m.filedOn <= :to and (m.decidedOn is null or m.decidedOn > :to)"
				+ AGENCY + " group by m.kind", Object[].class);
		decided.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
		open.setParameter("to", LocalDate.of(year, 12, 31));
		agency(decided, agency);
		agency(open, agency);
		var result = new java.util.ArrayList<Remedies>();
		decided.getResultList()
			.forEach(row -> result.add(new Remedies((RemedyKind) row[0], (RemedyOutcome) row[1], (Long) row[2])));
		open.getResultList()
			.forEach(row -> result.add(new Remedies((RemedyKind) row[0], RemedyOutcome.PENDING, (Long) row[1])));
		return result;
	}

	/**
	 * The 收费通知 of the agency's requests issued in the year or paid in it (section 六; see
	 * {@link FeeFigures}), in the order issued.
	 */
	List<FeeFigures.Notice> feeNotices(int year, String agency) {
		var rows = entities.createQuery("select n.noticeNo, n.requestId, r.receiptNo, n.issuedOn, n.feeAmount, r.fee.paidOn "
				+ "from RequestNotice n, DisclosureRequest r where r.id = n.requestId and n.kind = :fee "
				+ "and ((n.issuedOn >= :from and n.issuedOn <= :to) or (r.fee.paidOn >= :from and r.fee.paidOn <= :to))"
				+ AGENCY + " order by n.issuedOn, n.id", Object[].class)
			.setParameter("fee", NoticeKind.FEE)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31));
		return agency(rows, agency).getResultList()
			.stream()
			.map(row -> new FeeFigures.Notice((String) row[0], (Long) row[1], (String) row[2], (LocalDate) row[3],
					row[4] == null ? java.math.BigDecimal.ZERO : (java.math.BigDecimal) row[4], (LocalDate) row[5]))
			.toList();
	}

	/** 规章 and 行政规范性文件 in the catalogue: made (成文) and repealed in the year, valid at its end. */
	Map<String, ProactiveTable.Documents> documents(int year, String agency) {
		var rows = entities.createQuery("select r.columnCode, "
				+ "sum(case when r.writtenDate >= :from and r.writtenDate <= :to then 1 else 0 end), "
				+ "sum(case when r.repealedOn >= :from and r.repealedOn <= :to then 1 else 0 end), "
				+ "sum(case when r.writtenDate <= :to and (r.validity = :valid "
				+ "or (r.validity = :repealed and r.repealedOn > :to)) then 1 else 0 end) "
				+ "from CatalogueItem r where r.status = :published and r.columnCode in (:columns)" + ITEM_AGENCY
				+ " group by r.columnCode", Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.setParameter("valid", Validity.VALID)
			.setParameter("repealed", Validity.REPEALED)
			.setParameter("published", ItemStatus.PUBLISHED)
			.setParameter("columns", List.of(REGULATION_COLUMN, NORMATIVE_COLUMN));
		var result = new java.util.HashMap<String, ProactiveTable.Documents>();
		items(rows, agency).getResultList()
			.forEach(row -> result.put((String) row[0], new ProactiveTable.Documents(number(row[1]), number(row[2]),
					number(row[3]))));
		return result;
	}

	private <T> TypedQuery<T> agency(TypedQuery<T> query, String agency) {
		return items(query, agency).setParameter("office", generalOffice());
	}

	private <T> TypedQuery<T> items(TypedQuery<T> query, String agency) {
		var scope = departments.tree().scope(agency);
		return query.setParameter("scope", scope.isEmpty() ? List.of(agency) : scope);
	}

	private String generalOffice() {
		return departments.findAll()
			.stream()
			.filter(Department::isGeneralOffice)
			.map(Department::getCode)
			.findFirst()
			.orElse("");
	}

	private static Map<ApplicantType, Long> byApplicant(List<Object[]> rows) {
		var counts = new EnumMap<ApplicantType, Long>(ApplicantType.class);
		rows.forEach(row -> counts.put((ApplicantType) row[0], (Long) row[1]));
		return counts;
	}

	private static List<WithholdingReason> reasons(String value) {
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split(",")).map(WithholdingReason::valueOf).toList();
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	static Instant startOf(int year, ZoneId zone) {
		return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
	}

	record Finished(ApplicantType applicantType, ReplyType replyType, List<WithholdingReason> reasons, long count) {
	}

	record Remedies(RemedyKind kind, RemedyOutcome outcome, long count) {
	}
}
