package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.identity.IdentityNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the finished cases of the agency's previous system over (历史数据导入), so that the statistics
 * and the annual report of a year in which the agency changed systems count every request. Only
 * finished cases: an open one is filed here anew. All or nothing: one bad record rejects the file;
 * numbers already present are skipped, so a file can be imported again after a partial failure or a
 * correction of it.
 */
@Service
public class ImportHistoricalRequests {

	/** Replies are dated at noon of their day in the agency's zone. */
	private static final LocalTime REPLY_TIME = LocalTime.NOON;

	private final DisclosureRequests requests;

	private final Departments departments;

	private final RequestLog log;

	private final RequestRemedies remedies;

	private final Clock clock;

	ImportHistoricalRequests(DisclosureRequests requests, Departments departments, RequestLog log,
			RequestRemedies remedies, Clock clock) {
		this.remedies = remedies;
		this.requests = requests;
		this.departments = departments;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * How an import went.
	 *
	 * @param imported the cases added
	 * @param skipped the numbers that were there already
	 */
	public record Imported(int imported, List<String> skipped) {
	}

	@Transactional
	public Imported importAll(List<HistoricalRequest> records, String actor) {
		var zone = clock.getZone();
		var today = LocalDate.now(clock);
		var problems = new LinkedHashMap<String, InvalidValue>();
		var numbers = new HashSet<String>();
		for (int i = 0; i < records.size(); i++) {
			var problem = problem(records.get(i), today, numbers);
			if (problem != null) {
				problems.put("row " + (i + 1), problem);
			}
		}
		if (records.isEmpty()) {
			problems.put("file", new InvalidValue("file", "request.import.file.empty"));
		}
		if (!problems.isEmpty()) {
			throw HistoricalRequestsRejected.refusing(problems);
		}
		Set<String> existing = new HashSet<>(requests.existingReceiptNos(numbers));
		var now = clock.instant();
		int imported = 0;
		for (var record : records) {
			var number = record.legacyNo().strip();
			if (existing.contains(number)) {
				continue;
			}
			var applicant = new Applicant(record.applicantType(), record.applicantName().strip(), record.idType(),
					record.idNumber().strip().toUpperCase(), null, null, record.phone().strip(), null, null, null, false);
			var request = requests.save(DisclosureRequest.imported(record, applicant,
					record.receivedOn().atStartOfDay(zone).toInstant(),
					record.finishedOn().atTime(REPLY_TIME).atZone(zone).toInstant(), now));
			log.log(request.getId(), "IMPORTED", actor, "原编号 " + number + "，" + request.getOutcomeLabel());
			if (record.remedyKind() != null) {
				importRemedy(request.getId(), record, actor);
			}
			imported++;
		}
		return new Imported(imported, existing.stream().sorted().toList());
	}

	private void importRemedy(Long requestId, HistoricalRequest record, String actor) {
		var remedy = new RequestRemedy(requestId, record.remedyKind(), record.remedyFiledOn(),
				blank(record.remedyAuthority()) ? null : record.remedyAuthority().strip(), null, actor);
		if (record.remedyOutcome() != null) {
			remedy.decide(record.remedyOutcome(), record.remedyDecidedOn(), null);
		}
		remedies.save(remedy);
		log.log(requestId, "REMEDY_FILED", actor, record.remedyKind().label());
		if (record.remedyOutcome() != null) {
			log.log(requestId, "REMEDY_DECIDED", actor, record.remedyKind().label() + "：" + record.remedyOutcome().label());
		}
	}

	/** What is wrong with the record, or null; {@code numbers} collects the file's numbers. */
	private InvalidValue problem(HistoricalRequest r, LocalDate today, Set<String> numbers) {
		if (r == null) {
			return new InvalidValue("row", "request.import.row.empty");
		}
		if (blank(r.legacyNo()) || r.legacyNo().strip().length() > 32) {
			return new InvalidValue("legacyNo", "request.import.legacyNo.required");
		}
		if (!numbers.add(r.legacyNo().strip())) {
			return new InvalidValue("legacyNo", "request.import.legacyNo.duplicate", r.legacyNo().strip());
		}
		if (r.applicantType() == null) {
			return new InvalidValue("applicantType", "request.import.applicantType.required");
		}
		if (blank(r.applicantName()) || r.applicantName().strip().length() > 200) {
			return new InvalidValue("applicantName", "request.import.applicantName.required");
		}
		if (blank(r.idNumber())
				|| !IdentityNumbers.valid(r.applicantType().isOrganisation(), r.idType(), r.idNumber().strip().toUpperCase())) {
			return new InvalidValue("idNumber", "request.import.idNumber.invalid");
		}
		if (blank(r.phone()) || r.phone().strip().length() > 30) {
			return new InvalidValue("phone", "request.import.phone.required");
		}
		if (blank(r.title()) || r.title().strip().length() > 300) {
			return new InvalidValue("title", "request.import.title.required");
		}
		if (r.description() != null && r.description().length() > 4000) {
			return new InvalidValue("description", "request.import.description.tooLong");
		}
		if (blank(r.departmentCode()) || !departments.existsById(r.departmentCode())) {
			return new InvalidValue("departmentCode", "request.import.departmentCode.unknown", String.valueOf(r.departmentCode()));
		}
		if (r.receivedOn() == null || r.finishedOn() == null) {
			return new InvalidValue("receivedOn", "request.import.receivedOn.required");
		}
		if (r.finishedOn().isBefore(r.receivedOn()) || r.finishedOn().isAfter(today)) {
			return new InvalidValue("finishedOn", "request.import.finishedOn.range");
		}
		if (r.dueOn() != null && r.dueOn().isBefore(r.receivedOn())) {
			return new InvalidValue("dueOn", "request.import.dueOn.beforeReceived");
		}
		var outcome = outcomeProblem(r);
		return outcome != null ? outcome : remedyProblem(r, today);
	}

	private static InvalidValue remedyProblem(HistoricalRequest r, LocalDate today) {
		boolean any = r.remedyKind() != null || r.remedyFiledOn() != null || r.remedyOutcome() != null
				|| r.remedyDecidedOn() != null || !blank(r.remedyAuthority());
		if (!any) {
			return null;
		}
		if (r.remedyKind() == null || r.remedyFiledOn() == null) {
			return new InvalidValue("remedyKind", "request.import.remedyKind.required");
		}
		if (r.remedyFiledOn().isBefore(r.receivedOn()) || r.remedyFiledOn().isAfter(today)) {
			return new InvalidValue("remedyFiledOn", "request.import.remedyFiledOn.range");
		}
		if (r.remedyOutcome() == RemedyOutcome.PENDING || (r.remedyOutcome() == null) != (r.remedyDecidedOn() == null)) {
			return new InvalidValue("remedyOutcome", "request.import.remedyOutcome.pair");
		}
		if (r.remedyDecidedOn() != null && (r.remedyDecidedOn().isBefore(r.remedyFiledOn()) || r.remedyDecidedOn().isAfter(today))) {
			return new InvalidValue("remedyDecidedOn", "request.import.remedyDecidedOn.range");
		}
		return null;
	}

	private static InvalidValue outcomeProblem(HistoricalRequest r) {
		var type = r.replyType();
		boolean closed = type == ReplyType.OTHER || type == ReplyType.ABANDONED_NO_SUPPLEMENT
				|| type == ReplyType.ABANDONED_FEE_UNPAID;
		if (r.kind() == RequestKind.CORRECTION) {
			if (closed == (r.correctionOutcome() != null)) {
				return new InvalidValue("correctionOutcome", "request.import.correctionOutcome.required");
			}
			if (r.correctionOutcome() != null && r.correctionOutcome().namesAgency() && blank(r.competentAgency())) {
				return new InvalidValue("competentAgency", "request.import.competentAgency.required");
			}
			return null;
		}
		if (type == null) {
			return new InvalidValue("replyType", "request.import.replyType.required");
		}
		if (r.correctionOutcome() != null) {
			return new InvalidValue("correctionOutcome", "request.import.correctionOutcome.onlyCorrection");
		}
		boolean hasReasons = r.replyReasons() != null && !r.replyReasons().isEmpty();
		if (type.needsReason() != hasReasons) {
			return type.needsReason() ? new InvalidValue("replyReasons", "request.import.replyReasons.required") : new InvalidValue("replyReasons", "request.import.replyReasons.notAllowed");
		}
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
