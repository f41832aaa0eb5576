package org.gongkai.portal.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.RegisterWords;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.RequestWord;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请公开登记台账: every request the caller handles (art. 45's record: registered, reviewed, handled,
 * replied, archived), found by number, applicant or title and filtered by status, kind, department,
 * the day received and overdue, newest received first; office staff see all, a department's clerks and
 * heads their own.
 * Every filter reads an index, not the years of requests: a receipt number by its beginning on its own
 * index, a part of a name or title through its words ({@link RegisterWords}), a status or a department
 * on an index in the register's order, overdue on the open statuses' due dates (V340). A page of a word
 * once scanned every request twice, count and rows (25–70 ms at 50,000 requests), and a status or a
 * department walked all of the day's new requests to reach its own.
 * The register's order is two runs: the requests still waiting for receipt (no day received yet), newest
 * first, then the received ones by day received and id, newest first, which an index on
 * {@code (received_on, id)} gives without sorting. (One {@code order by coalesce(received_on, tomorrow)}
 * sorted every matching request for each page: 46 ms a page at 50,000 requests.) A page takes the count
 * of all that match and the one or two runs it spans; a later page also counts the waiting run, to know
 * where it ends. Departments' names come from one more query.
 */
@Component
public class RequestRegister {

	/** Lines the export reads at a time: its memory stays the same for a register of any size. */
	static final int EXPORT_PAGE = 1_000;

	private final EntityManager entities;

	private final Departments departments;

	private final RequestQueries queries;

	RequestRegister(EntityManager entities, Departments departments, RequestQueries queries) {
		this.entities = entities;
		this.departments = departments;
		this.queries = queries;
	}

	/**
	 * What to look for; every part is optional.
	 *
	 * @param q a receipt number or its beginning, or part of the applicant's name or the title
	 * @param overdue {@code true}: open, not paused, and past the reply due date
	 */
	public record Filter(String q, RequestStatus status, RequestKind kind, String department,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean overdue) {
	}

	/** One line of the register. */
	public record Row(Long id, String receiptNo, String kind, String kindLabel, String applicantName,
			String applicantType, String title, String departmentCode, String departmentName, LocalDate receivedOn,
			LocalDate replyDueOn, Integer daysLeft, String status, String statusLabel, String outcome, boolean imported,
			String idType, String agencyCode, String agencyName) {
	}

	/** A page of the register: its rows, how many match in all, the page (from 0) and its size. */
	public record Result(List<Row> rows, long total, int page, int size) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}
	}

	@Transactional(readOnly = true)
	public Result search(Filter filter, CurrentUser user, int page, int size) {
		var scope = scope(user);
		long total = count(filter, scope, null);
		long offset = (long) page * size;
		// the first page reads the waiting run from its start, so it needs no count of it
		long waiting = page == 0 ? 0 : count(filter, scope, Run.WAITING);
		var names = departmentNames();
		var found = new ArrayList<Row>(size);
		if (page == 0 || offset < waiting) {
			found.addAll(run(filter, scope, Run.WAITING, null, offset, size, names));
		}
		if (found.size() < size && offset + found.size() < total) {
			long from = page == 0 ? 0 : Math.max(0, offset - waiting);
			found.addAll(run(filter, scope, Run.RECEIVED, null, from, size - found.size(), names));
		}
		return new Result(found, total, page, size);
	}

	/** The two runs of the register's order. */
	private enum Run {
		/** Not received yet ({@code received_on} null): above all others, newest first. */
		WAITING,
		/** Received: by the day received, then the id, newest first. */
		RECEIVED
	}

	/** How many requests match, of one run or (run null) of both. */
	private long count(Filter filter, String scope, Run run) {
		var builder = entities.getCriteriaBuilder();
		var count = builder.createQuery(Long.class);
		var root = count.from(DisclosureRequest.class);
		count.select(builder.count(root)).where(predicates(builder, count, root, filter, scope, run, null));
		return entities.createQuery(count).getSingleResult();
	}

	/**
	 * Up to {@code size} lines of one run in the register's order, from {@code offset} or, for the
	 * export, after the last one read ({@code after}: a key, not an offset, so that no page rereads those
	 * before it). Only the register's columns are read, not whole requests: no entity to build or to
	 * keep in the persistence context, and no encrypted field (query code, ID number) decrypted for
	 * nothing, which was most of the export's time.
	 */
	private List<Row> run(Filter filter, String scope, Run run, Row after, long offset, int size,
			Map<String, String> names) {
		var builder = entities.getCriteriaBuilder();
		var query = builder.createTupleQuery();
		var root = query.from(DisclosureRequest.class);
		var applicant = root.get("applicant");
		var period = root.get("replyPeriod");
		List<Selection<?>> columns = List.of(root.get("id"), root.get("receiptNo"), root.get("kind"),
				applicant.get("applicantName"), applicant.get("applicantType"), root.get("title"),
				root.get("departmentCode"), root.get("receivedOn"), period.get("dueOn"), period.get("pausedSince"),
				root.get("status"), root.get("correction").get("outcome"), root.get("replyType"), root.get("importedAt"),
				applicant.get("idType"), root.get("agencyCode"));
		query.multiselect(columns).where(predicates(builder, query, root, filter, scope, run, after));
		if (run == Run.WAITING) {
			query.orderBy(builder.desc(root.get("id")));
		}
		else {
			query.orderBy(builder.desc(root.get("receivedOn")), builder.desc(root.get("id")));
		}
		return entities.createQuery(query)
			.setFirstResult(Math.toIntExact(offset))
			.setMaxResults(size)
			.getResultList()
			.stream()
			.map(line -> row(line, names))
			.toList();
	}

	private Row row(Tuple line, Map<String, String> names) {
		var kind = line.get(2, RequestKind.class);
		var applicantType = line.get(4, ApplicantType.class);
		var departmentCode = line.get(6, String.class);
		var dueOn = line.get(8, LocalDate.class);
		var status = line.get(10, RequestStatus.class);
		var idType = line.get(14, IdType.class);
		var agencyCode = line.get(15, String.class);
		return new Row(line.get(0, Long.class), line.get(1, String.class), kind.name(), kind.label(),
				line.get(3, String.class), applicantType == null ? null : applicantType.label(), line.get(5, String.class),
				departmentCode, departmentCode == null ? null : names.get(departmentCode), line.get(7, LocalDate.class),
				dueOn, queries.daysLeft(status, dueOn, line.get(9, LocalDate.class)), status.name(), status.label(),
				DisclosureRequest.outcomeLabel(line.get(11, CorrectionOutcome.class), line.get(12, ReplyType.class)),
				line.get(13, Instant.class) != null, idType == null ? null : idType.name(), agencyCode,
				agencyCode == null ? null : names.getOrDefault(agencyCode, agencyCode));
	}

	private Map<String, String> departmentNames() {
		return departments.findAll().stream().collect(Collectors.toMap(Department::getCode, Department::getName));
	}

	/**
	 * Hands every matching line to {@code lines}, newest first, a page at a time, and returns how many
	 * there were: a busy agency's year is tens of thousands. One snapshot of the database (repeatable
	 * read), so that a request received while the export runs cannot shift the pages and appear twice.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public long export(Filter filter, CurrentUser user, Consumer<List<Row>> lines) {
		return export(filter, user, EXPORT_PAGE, lines);
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	long export(Filter filter, CurrentUser user, int pageSize, Consumer<List<Row>> lines) {
		var scope = scope(user);
		var names = departmentNames();
		long count = 0;
		for (var run : Run.values()) {
			Row last = null;
			while (true) {
				var found = run(filter, scope, run, last, 0, pageSize, names);
				lines.accept(found);
				count += found.size();
				if (found.size() < pageSize) {
					break;
				}
				last = found.get(found.size() - 1);
			}
		}
		return count;
	}

	/** The department the caller is limited to, or null for office staff; anyone else may not read the register. */
	private static String scope(CurrentUser user) {
		if (RequestQueries.handlesAll(user)) {
			return null;
		}
		var department = RequestQueries.departmentHandled(user);
		if (department == null) {
			throw new AccessDeniedException("the request register is for the staff who handle requests");
		}
		return department;
	}

	/**
	 * A receipt number or its beginning, on the receipt number's index; otherwise part of the applicant's
	 * name or the title: the requests that have the part's pairs ({@link RegisterWords}, read by word from
	 * {@code request_word}) and in which the part itself occurs.
	 */
	private static Predicate words(CriteriaBuilder builder, AbstractQuery<?> query, Root<DisclosureRequest> root,
			String part) {
		if (RegisterWords.isReceiptNumber(part)) {
			return builder.like(root.get("receiptNo"), escaped(part.toUpperCase(Locale.ROOT)) + "%", '\\');
		}
		var like = "%" + escaped(part) + "%";
		var where = new ArrayList<Predicate>();
		where.add(builder.or(builder.like(root.get("applicant").get("applicantName"), like, '\\'),
				builder.like(root.get("title"), like, '\\')));
		for (var word : RegisterWords.lookedUp(part)) {
			var requests = query.subquery(Long.class);
			var posting = requests.from(RequestWord.class);
			Path<String> stored = posting.get("word");
			requests.select(posting.get("requestId"))
				.where(word.length() == 1 ? builder.like(stored, escaped(word) + "%", '\\') : builder.equal(stored, word));
			where.add(root.get("id").in(requests));
		}
		return builder.and(where.toArray(Predicate[]::new));
	}

	/** A text to match literally in a {@code like} pattern with {@code \\} as its escape. */
	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Predicate[] predicates(CriteriaBuilder builder, AbstractQuery<?> query, Root<DisclosureRequest> root,
			Filter filter, String scope, Run run, Row after) {
		var where = new ArrayList<Predicate>();
		Path<LocalDate> receivedOn = root.get("receivedOn");
		Path<Long> id = root.get("id");
		if (run == Run.WAITING) {
			where.add(builder.isNull(receivedOn));
			if (after != null) {
				where.add(builder.lessThan(id, after.id()));
			}
		}
		else if (run == Run.RECEIVED) {
			where.add(builder.isNotNull(receivedOn));
			if (after != null) {
				where.add(builder.or(builder.lessThan(receivedOn, after.receivedOn()),
						builder.and(builder.equal(receivedOn, after.receivedOn()), builder.lessThan(id, after.id()))));
			}
		}
		if (scope != null) {
			where.add(builder.equal(root.get("departmentCode"), scope));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add(words(builder, query, root, filter.q().strip()));
		}
		if (filter.status() != null) {
			where.add(builder.equal(root.get("status"), filter.status()));
		}
		if (filter.kind() != null) {
			where.add(builder.equal(root.get("kind"), filter.kind()));
		}
		if (filter.department() != null && !filter.department().isBlank()) {
			where.add(builder.equal(root.get("departmentCode"), filter.department()));
		}
		if (filter.from() != null) {
			where.add(builder.greaterThanOrEqualTo(root.get("receivedOn"), filter.from()));
		}
		if (filter.to() != null) {
			where.add(builder.lessThanOrEqualTo(root.get("receivedOn"), filter.to()));
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			var open = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList();
			where.add(root.get("status").in(open));
			where.add(builder.isNull(root.get("replyPeriod").get("pausedSince")));
			where.add(builder.lessThan(root.get("replyPeriod").<LocalDate>get("dueOn"), queries.today()));
		}
		return where.toArray(Predicate[]::new);
	}
}
