package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

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
		var problems = new LinkedHashMap<String, String>();
		var numbers = new HashSet<String>();
		for (int i = 0; i < records.size(); i++) {
			var problem = problem(records.get(i), today, numbers);
			if (problem != null) {
				problems.put("row " + (i + 1), problem);
			}
		}
		if (records.isEmpty()) {
			problems.put("file", "没有可导入的记录");
		}
		if (!problems.isEmpty()) {
			throw new HistoricalRequestsRejected(problems);
		}
		Set<String> existing = new HashSet<>(requests.existingReceiptNos(numbers));
		var now = clock.instant();
		int imported = 0;
		for (var record : records) {
			var number = record.legacyNo().strip();
			if (existing.contains(number)) {
				continue;
			}
			var applicant = new Applicant(record.applicantType(), record.applicantName().strip(),
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
	private String problem(HistoricalRequest r, LocalDate today, Set<String> numbers) {
		if (r == null) {
			return "row: 该行为空";
		}
		if (blank(r.legacyNo()) || r.legacyNo().strip().length() > 32) {
			return "legacyNo: 请填写原编号（32个字符以内）";
		}
		if (!numbers.add(r.legacyNo().strip())) {
			return "legacyNo: 原编号 " + r.legacyNo().strip() + " 在文件中重复";
		}
		if (r.applicantType() == null) {
			return "applicantType: 请填写申请人类型";
		}
		if (blank(r.applicantName()) || r.applicantName().strip().length() > 200) {
			return "applicantName: 请填写申请人姓名或名称（200字以内）";
		}
		if (blank(r.idNumber()) || !IdentityNumbers.valid(r.applicantType().isOrganisation(), r.idNumber().strip().toUpperCase())) {
			return "idNumber: 证件号码不正确（自然人填写居民身份证号码，法人或其他组织填写统一社会信用代码）";
		}
		if (blank(r.phone()) || r.phone().strip().length() > 30) {
			return "phone: 请填写联系电话";
		}
		if (blank(r.title()) || r.title().strip().length() > 300) {
			return "title: 请填写所需信息名称（300字以内）";
		}
		if (r.description() != null && r.description().length() > 4000) {
			return "description: 描述不能超过4000个字";
		}
		if (blank(r.departmentCode()) || !departments.existsById(r.departmentCode())) {
			return "departmentCode: 未知的承办部门 " + r.departmentCode();
		}
		if (r.receivedOn() == null || r.finishedOn() == null) {
			return "receivedOn: 请填写收到申请日期和办结日期";
		}
		if (r.finishedOn().isBefore(r.receivedOn()) || r.finishedOn().isAfter(today)) {
			return "finishedOn: 办结日期应在收到申请日期与今天之间";
		}
		if (r.dueOn() != null && r.dueOn().isBefore(r.receivedOn())) {
			return "dueOn: 答复期限不能早于收到申请日期";
		}
		var outcome = outcomeProblem(r);
		return outcome != null ? outcome : remedyProblem(r, today);
	}

	private static String remedyProblem(HistoricalRequest r, LocalDate today) {
		boolean any = r.remedyKind() != null || r.remedyFiledOn() != null || r.remedyOutcome() != null
				|| r.remedyDecidedOn() != null || !blank(r.remedyAuthority());
		if (!any) {
			return null;
		}
		if (r.remedyKind() == null || r.remedyFiledOn() == null) {
			return "remedyKind: 行政复议、诉讼或投诉须填写类型和受理日期";
		}
		if (r.remedyFiledOn().isBefore(r.receivedOn()) || r.remedyFiledOn().isAfter(today)) {
			return "remedyFiledOn: 受理日期应在收到申请日期与今天之间";
		}
		if (r.remedyOutcome() == RemedyOutcome.PENDING || (r.remedyOutcome() == null) != (r.remedyDecidedOn() == null)) {
			return "remedyOutcome: 已审结的须同时填写审结结果和审结日期，尚未审结的两者都不填";
		}
		if (r.remedyDecidedOn() != null && (r.remedyDecidedOn().isBefore(r.remedyFiledOn()) || r.remedyDecidedOn().isAfter(today))) {
			return "remedyDecidedOn: 审结日期应在受理日期与今天之间";
		}
		return null;
	}

	private static String outcomeProblem(HistoricalRequest r) {
		var type = r.replyType();
		boolean closed = type == ReplyType.OTHER || type == ReplyType.ABANDONED_NO_SUPPLEMENT
				|| type == ReplyType.ABANDONED_FEE_UNPAID;
		if (r.kind() == RequestKind.CORRECTION) {
			if (closed == (r.correctionOutcome() != null)) {
				return "correctionOutcome: 更正申请应填写更正处理结果，或以 OTHER / ABANDONED_* 表示撤回或终止";
			}
			if (r.correctionOutcome() != null && r.correctionOutcome().namesAgency() && blank(r.competentAgency())) {
				return "competentAgency: 请填写有权更正的行政机关";
			}
			return null;
		}
		if (type == null) {
			return "replyType: 请填写答复类型";
		}
		if (r.correctionOutcome() != null) {
			return "correctionOutcome: 只有更正申请才有更正处理结果";
		}
		boolean hasReasons = r.replyReasons() != null && !r.replyReasons().isEmpty();
		if (type.needsReason() != hasReasons) {
			return type.needsReason() ? "replyReasons: 不予公开、部分公开须填写理由" : "replyReasons: 该答复类型不填写不予公开理由";
		}
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
