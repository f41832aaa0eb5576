package org.gongkai.workflow.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.fee.DisclosureFees;
import org.gongkai.workflow.request.fee.FeeQuote;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code disclosure-request.bpmn} that change a request, each inside the transaction of
 * the task completion or timer that triggered it. Deadlines come from the working-day calendar; the
 * instants the process's timers need are returned as variables.
 */
@Service
public class RequestSteps {

	private final DisclosureRequests requests;

	private final Departments departments;

	private final RequestLog log;

	private final YearlySequences sequences;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final Clock clock;

	private final RequestNotices notices;

	RequestSteps(DisclosureRequests requests, Departments departments, RequestLog log, YearlySequences sequences,
			WorkingDayCalendar calendar, RequestProperties properties, Clock clock, RequestNotices notices) {
		this.notices = notices;
		this.requests = requests;
		this.departments = departments;
		this.log = log;
		this.sequences = sequences;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Art. 31: receipt confirmed; issues the receipt number and starts the reply clock from the day
	 * received — today for an online application, the day the office records for one that came otherwise.
	 */
	@Transactional
	public Map<String, Object> issueReceipt(Long requestId, String actor, LocalDate receivedOn) {
		var request = load(requestId);
		var today = today();
		var received = receivedOn == null ? today : receivedOn;
		var receiptNo = "GK" + today.getYear() + "-" + String.format("%06d", sequences.next("receipt", today.getYear()));
		var due = calendar.addWorkingDays(received, properties.replyWorkingDays());
		request.confirmReceipt(receiptNo, received, due.due(), due.provisional(), clock.instant());
		log(requestId, "RECEIVED", actor, receiptNo);
		var variables = new java.util.HashMap<>(replyTimers(due.due()));
		variables.put(DisclosureRequestProcess.SIGN_OFF_LEVELS, new java.util.ArrayList<>(properties.signOffLevels()));
		return variables;
	}

	/** Art. 30: the one 补正 notice, with the applicant's deadline. */
	@Transactional
	public Map<String, Object> requestSupplement(Long requestId, String actor, String note) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("supplementNote: 补正告知须列明需要补正的事项");
		}
		var request = load(requestId);
		var due = calendar.addWorkingDays(today(), properties.supplementWorkingDays()).due();
		request.requestSupplement(note.strip(), due, clock.instant());
		notices.save(RequestNotice.supplement(requestId, noticeNo(NoticeKind.SUPPLEMENT), today(), actor, note.strip(),
				due));
		log(requestId, "SUPPLEMENT_REQUESTED", actor, note.strip());
		return Map.of(DisclosureRequestProcess.SUPPLEMENT_DUE_AT, startOf(due.plusDays(1)));
	}

	/** The supplement arrived: the reply period starts again from today. */
	@Transactional
	public Map<String, Object> supplementReceived(Long requestId, String actor) {
		var request = load(requestId);
		var today = today();
		var due = calendar.addWorkingDays(today, properties.replyWorkingDays());
		request.supplemented(today, due.due(), due.provisional(), clock.instant());
		log(requestId, "SUPPLEMENTED", actor, null);
		return replyTimers(due.due());
	}

	@Transactional
	public void deemWithdrawn(Long requestId) {
		load(requestId).abandonWithoutSupplement(clock.instant());
		log(requestId, "DEEMED_WITHDRAWN", "system", null);
	}

	@Transactional
	public void assign(Long requestId, String departmentCode, String actor) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("departmentCode", departmentCode);
		}
		load(requestId).assign(departmentCode, clock.instant());
		log(requestId, "ASSIGNED", actor, departmentCode);
	}

	/**
	 * The handler's proposed reply. Over a third party's recorded objection (art. 32), full disclosure
	 * needs the public interest that overrides it; (partial) disclosure with that reason makes the reply
	 * tell the third party in writing.
	 */
	@Transactional
	public void recordProposal(Long requestId, String actor, ReplyType type, List<WithholdingReason> reasons,
			String note, String publicInterestReason) {
		if (type == ReplyType.ALREADY_PUBLIC && (note == null || note.isBlank())) {
			throw new IllegalArgumentException("replyNote: 已主动公开的，须告知获取该政府信息的方式和途径");
		}
		if (type == ReplyType.OTHER && (note == null || note.isBlank())) {
			throw new IllegalArgumentException("replyNote: 其他处理须说明处理情况");
		}
		var request = load(requestId);
		boolean discloses = type == ReplyType.DISCLOSE || type == ReplyType.PARTIAL;
		boolean override = request.getThirdPartyObjection() != null && discloses
				&& publicInterestReason != null && !publicInterestReason.isBlank();
		if (request.getThirdPartyObjection() != null && type == ReplyType.DISCLOSE && !override) {
			throw new IllegalArgumentException(
					"publicInterestReason: 第三方不同意公开，决定予以公开的须说明不公开可能对公共利益造成重大影响的理由");
		}
		request.proposeReply(type, reasons, note, override ? publicInterestReason.strip() : null, clock.instant());
		log(requestId, "REPLY_PROPOSED", actor, type.label() + (override ? "（公共利益优先于第三方意见）" : ""));
	}

	/**
	 * Art. 41: the handler's proposed answer to a correction request, reviewed like a reply.
	 * @param outcome a {@link CorrectionOutcome} name
	 */
	@Transactional
	public void recordCorrectionProposal(Long requestId, String actor, String outcome, String agency, String note) {
		CorrectionOutcome parsed;
		try {
			parsed = outcome == null ? null : CorrectionOutcome.valueOf(outcome.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("correctionOutcome: 应为 CORRECTED、FORWARDED、NOT_COMPETENT 或 REFUSED");
		}
		load(requestId).proposeCorrection(parsed, agency, note, clock.instant());
		log(requestId, "CORRECTION_PROPOSED", actor,
				parsed.label() + (parsed.namesAgency() ? "（" + agency.strip() + "）" : ""));
	}

	/** Whether the request asks to correct a record (art. 41) rather than for information. */
	@Transactional(readOnly = true)
	public boolean isCorrection(Long requestId) {
		return load(requestId).isCorrection();
	}

	@Transactional
	public void returnToHandler(Long requestId, String actor, String comment) {
		load(requestId).returnToHandler(clock.instant());
		log(requestId, "RETURNED", actor, comment);
	}

	@Transactional
	public void warnDueSoon(Long requestId) {
		log(requestId, "DUE_SOON", "system", String.valueOf(load(requestId).getReplyDueOn()));
	}

	/**
	 * The reply letter is numbered and issued. When the agency discloses over a third party's objection,
	 * the 第三方不同意公开告知书 goes to that third party with it (art. 32). Returns when the clerk is
	 * reminded to record the delivery.
	 */
	@Transactional
	public Map<String, Object> issueReply(Long requestId, String actor) {
		var request = load(requestId);
		var today = today();
		var year = today.getYear();
		var letterNo = "〔" + year + "〕第" + String.format("%04d", sequences.next("reply-letter", year)) + "号";
		request.issueReply(letterNo, clock.instant());
		log(requestId, "REPLIED", actor, request.getOutcomeLabel() + " " + letterNo);
		if (request.getPublicInterestReason() != null) {
			var consultation = notices.findByRequestIdOrderByIdAsc(requestId)
				.stream()
				.filter(n -> n.getKind() == NoticeKind.CONSULTATION)
				.reduce((first, second) -> second)
				.orElseThrow(() -> new RequestNotInExpectedState(requestId, request.getStatus(),
						"disclosed over an objection without a consultation letter"));
			var noticeNo = noticeNo(NoticeKind.THIRD_PARTY_DECISION);
			notices.save(RequestNotice.thirdPartyDecision(requestId, noticeNo, today, actor,
					consultation.getAddressee(), consultation.getContent(), request.getPublicInterestReason()));
			log(requestId, "THIRD_PARTY_NOTIFIED", actor, consultation.getAddressee() + " " + noticeNo);
		}
		var reminder = calendar.addWorkingDays(today, properties.deliveryReminderWorkingDays()).due();
		return Map.of(DisclosureRequestProcess.DELIVERY_REMINDER_AT, at(reminder, LocalTime.of(9, 0)));
	}

	/**
	 * The clerk records how and when the reply letter reached the applicant: a letter by post needs
	 * its tracking number; the day is neither before the reply nor in the future.
	 */
	@Transactional
	public void recordDelivery(Long requestId, String actor, String delivery, String trackingNo, String deliveredOn) {
		ReplyDelivery method;
		try {
			method = ReplyDelivery.valueOf(delivery == null ? "" : delivery.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("replyDelivery: 请选择送达方式（网上下载、邮寄、当面送达或电子邮件）");
		}
		if (method == ReplyDelivery.POST && (trackingNo == null || trackingNo.isBlank())) {
			throw new IllegalArgumentException("trackingNo: 邮寄送达须填写邮件单号");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(deliveredOn == null ? "" : deliveredOn.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("deliveredOn: 请填写送达日期（YYYY-MM-DD）");
		}
		var request = load(requestId);
		var replied = LocalDate.ofInstant(request.getRepliedAt(), properties.zone());
		if (day.isBefore(replied) || day.isAfter(today())) {
			throw new IllegalArgumentException("deliveredOn: 送达日期应在答复日期（" + replied + "）与今天之间");
		}
		var tracking = method == ReplyDelivery.POST ? trackingNo.strip() : null;
		request.recordDelivery(method, tracking, day, clock.instant());
		log(requestId, "DELIVERED", actor, method.label() + (tracking == null ? "" : " " + tracking) + " " + day);
	}

	/** Art. 45: 归档 — the case is closed; remedies can still be recorded against it. */
	@Transactional
	public void archive(Long requestId, String actor) {
		load(requestId).archive(clock.instant());
		log(requestId, "ARCHIVED", actor, null);
	}

	/** The reply's delivery is still unrecorded some days after the reply. */
	@Transactional
	public void remindDelivery(Long requestId) {
		log(requestId, "DELIVERY_PENDING", "system", null);
	}

	@Transactional
	public void withdraw(Long requestId, String actor) {
		load(requestId).withdraw(clock.instant());
		log(requestId, "WITHDRAWN", actor, null);
	}

	/**
	 * Art. 33 ¶2: an extension the handler asks for adds 1 to 20 working days and gives its reason;
	 * checked when the request goes to the office head, so an impossible one is never approved.
	 * @throws InvalidValue for {@code extensionDays} outside 1..max or a missing or overlong {@code extensionReason}
	 */
	public void checkExtension(Object workingDays, Object reason) {
		int max = properties.maxExtensionWorkingDays();
		if (!(workingDays instanceof Integer || workingDays instanceof Long || workingDays instanceof Short)
				|| ((Number) workingDays).longValue() < 1 || ((Number) workingDays).longValue() > max) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_DAYS, "request.extension.range", 1, max);
		}
		if (!(reason instanceof String text) || text.isBlank()) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_REASON, "request.extension.reason");
		}
		if (text.strip().length() > EXTENSION_REASON_MAX) {
			throw new InvalidValue(DisclosureRequestProcess.EXTENSION_REASON, "text.tooLong", EXTENSION_REASON_MAX);
		}
	}

	/** The column {@code extension_reason} holds 1,000 characters. */
	static final int EXTENSION_REASON_MAX = 1000;

	/** Art. 33 ¶2: the office head approved; the due date moves once by at most 20 WD. */
	@Transactional
	public Map<String, Object> extend(Long requestId, String actor, int workingDays, String reason) {
		checkExtension(workingDays, reason);
		var request = load(requestId);
		var original = request.getReplyDueOn();
		var due = calendar.extend(new Deadline(original, request.isReplyDueProvisional()), workingDays);
		request.extend(workingDays, due.due(), due.provisional(), reason.strip(), clock.instant());
		notices.save(RequestNotice.extension(requestId, noticeNo(NoticeKind.EXTENSION), today(), actor, original,
				due.due(), reason.strip()));
		log(requestId, "EXTENDED", actor, original + " → " + due.due() + "：" + reason.strip());
		return replyTimers(due.due());
	}

	/**
	 * Arts. 32–34: a consultation goes out and the reply clock stops from today. A third party gets a
	 * numbered 第三方意见征询函 naming the information that concerns it; another agency (art. 34) a
	 * numbered 征求意见书 about the jointly made information (the request's title unless named). Without a
	 * consulted party the consultation is only logged.
	 *
	 * @param kind {@code THIRD_PARTY}, {@code AGENCY} or null
	 */
	@Transactional
	public Map<String, Object> startConsultation(Long requestId, String actor, String note, String kind,
			String consultedParty, String informationConcerned) {
		boolean thirdParty = "THIRD_PARTY".equals(kind);
		if (kind != null && !thirdParty && !"AGENCY".equals(kind)) {
			throw new IllegalArgumentException("consultationKind: 征求意见对象应为 THIRD_PARTY 或 AGENCY");
		}
		if (kind != null && (consultedParty == null || consultedParty.isBlank())) {
			throw new IllegalArgumentException("consultedParty: 请填写被征求意见的第三方或机关名称");
		}
		if (thirdParty && (informationConcerned == null || informationConcerned.isBlank())) {
			throw new IllegalArgumentException("consultedInformation: 请写明涉及第三方的信息内容");
		}
		var request = load(requestId);
		if (thirdParty && request.isCorrection()) {
			throw new IllegalArgumentException("consultationKind: 更正申请不适用第三方意见征询（第三十二条），可征求其他机关意见");
		}
		var today = today();
		request.startConsultation(today, clock.instant());
		var due = calendar.addWorkingDays(today, properties.consultationWorkingDays()).due();
		if (thirdParty) {
			notices.save(RequestNotice.consultation(requestId, noticeNo(NoticeKind.CONSULTATION), today, actor,
					consultedParty.strip(), informationConcerned.strip(), due));
		}
		else if (kind != null) {
			var matter = informationConcerned == null || informationConcerned.isBlank() ? request.getTitle()
					: informationConcerned.strip();
			notices.save(RequestNotice.agencyConsultation(requestId, noticeNo(NoticeKind.AGENCY_CONSULTATION), today,
					actor, consultedParty.strip(), matter, due));
		}
		log(requestId, "CONSULTATION_STARTED", actor, note);
		return Map.of(DisclosureRequestProcess.CONSULTATION_DUE_AT, startOf(due.plusDays(1)));
	}

	/** The consulted party answered (or let its 15 WD pass): the clock runs again, shifted by the pause. */
	@Transactional
	public Map<String, Object> endConsultation(Long requestId, String actor, String outcome) {
		return endConsultation(requestId, actor, outcome, null, null);
	}

	/**
	 * As {@link #endConsultation(Long, String, String)}, with the consulted party's opinion. A third
	 * party's objection ({@code OBJECTED}) needs its reasons and a 第三方意见征询函 it answers; it is kept on
	 * the request, so that disclosing anyway needs a public-interest reason (art. 32).
	 *
	 * @param opinion {@code AGREED}, {@code OBJECTED} or null (not stated)
	 */
	@Transactional
	public Map<String, Object> endConsultation(Long requestId, String actor, String outcome, String opinion,
			String objectionReasons) {
		if (opinion != null && !"AGREED".equals(opinion) && !"OBJECTED".equals(opinion)) {
			throw new IllegalArgumentException("consultationOpinion: 意见应为 AGREED 或 OBJECTED");
		}
		var request = load(requestId);
		if ("OBJECTED".equals(opinion)) {
			if (objectionReasons == null || objectionReasons.isBlank()) {
				throw new IllegalArgumentException("objectionReasons: 请登记第三方不同意公开的理由");
			}
			boolean askedThirdParty = notices.findByRequestIdOrderByIdAsc(requestId)
				.stream()
				.anyMatch(n -> n.getKind() == NoticeKind.CONSULTATION);
			if (!askedThirdParty) {
				throw new IllegalArgumentException("consultationOpinion: 未向第三方发出意见征询函，不能登记第三方不同意公开");
			}
			request.thirdPartyObjected(objectionReasons.strip(), clock.instant());
			log(requestId, "THIRD_PARTY_OBJECTED", actor, objectionReasons.strip());
		}
		return resume(request, "CONSULTATION_ENDED", actor, outcome);
	}

	/**
	 * 109号: a fee notice by the method the handler chose; per case counts the applicant's requests
	 * received this calendar month. The reply clock stops until payment (⚙ default).
	 */
	@Transactional
	public Map<String, Object> issueFeeNotice(Long requestId, String actor, String method, Integer pages) {
		var request = load(requestId);
		var today = today();
		FeeQuote quote;
		if ("PER_PAGE".equals(method)) {
			if (pages == null || pages < 1) {
				throw new IllegalArgumentException("feePages: 按页计费须填写页数");
			}
			quote = DisclosureFees.perPage(pages);
		}
		else if ("PER_CASE".equals(method)) {
			var month = today.withDayOfMonth(1);
			int cases = (int) requests.countByApplicantUserAndReceivedOnBetween(request.getApplicantUser(), month,
					month.plusMonths(1).minusDays(1));
			quote = DisclosureFees.perCase(Math.max(cases, 1));
		}
		else {
			throw new IllegalArgumentException("feeMethod: 计费方式应为 PER_CASE 或 PER_PAGE");
		}
		if (quote.isFree()) {
			throw new IllegalArgumentException("feeMethod: 按该计费方式本申请无需收费");
		}
		var due = calendar.addWorkingDays(today, properties.feePaymentWorkingDays()).due();
		request.noticeFee(quote.method().name(), quote.quantity(), BigDecimal.valueOf(quote.amount()), due, today,
				clock.instant());
		notices.save(RequestNotice.fee(requestId, noticeNo(NoticeKind.FEE), today, actor, quote.method().name(),
				quote.quantity(), BigDecimal.valueOf(quote.amount()), due));
		log(requestId, "FEE_NOTICE", actor, quote.method() + " × " + quote.quantity() + " = " + quote.amount() + " 元，缴费期限 " + due);
		return Map.of(DisclosureRequestProcess.FEE_DUE_AT, startOf(due.plusDays(1)));
	}

	@Transactional
	public Map<String, Object> feePaid(Long requestId, String actor) {
		var request = load(requestId);
		request.feePaid(today(), clock.instant());
		return resume(request, "FEE_PAID", actor, null);
	}

	@Transactional
	public void abandonFeeUnpaid(Long requestId) {
		load(requestId).abandonFeeUnpaid(clock.instant());
		log(requestId, "FEE_UNPAID", "system", null);
	}

	/**
	 * Art. 35: the number or frequency of the applicant's requests clearly exceeds a reasonable range;
	 * a numbered 说明理由通知书 asks for the reasons by a day (⚙ {@code reasons-working-days}). While
	 * the applicant explains, the reply clock stops unless ⚙ {@code reasons-pause-clock} is false.
	 */
	@Transactional
	public Map<String, Object> askReasons(Long requestId, String actor, String observation) {
		if (observation == null || observation.isBlank()) {
			throw new IllegalArgumentException("reasonsNote: 请写明申请数量、频次明显超过合理范围的情况");
		}
		var request = load(requestId);
		var today = today();
		var due = calendar.addWorkingDays(today, properties.reasonsWorkingDays()).due();
		request.askReasons(due, properties.reasonsPauseClock() ? today : null, clock.instant());
		var noticeNo = noticeNo(NoticeKind.REASONS_REQUESTED);
		notices.save(RequestNotice.reasonsRequested(requestId, noticeNo, today, actor, observation.strip(), due));
		log(requestId, "REASONS_REQUESTED", actor, noticeNo + " " + observation.strip());
		return Map.of(DisclosureRequestProcess.REASONS_DUE_AT, startOf(due.plusDays(1)));
	}

	/** The applicant explained the reasons (logged with the text by {@link ApplicantActions}); the clock runs again. */
	@Transactional
	public Map<String, Object> reasonsReceived(Long requestId, String actor) {
		return reasonsAnswered(load(requestId), "REASONS_RECEIVED", actor, null);
	}

	/** The period to explain passed without an answer: the reasons count as unreasonable (⚙ default). */
	@Transactional
	public Map<String, Object> reasonsLapsed(Long requestId) {
		return reasonsAnswered(load(requestId), "REASONS_LAPSED", "system", "申请人逾期未说明理由");
	}

	private Map<String, Object> reasonsAnswered(DisclosureRequest request, String event, String actor, String note) {
		if (request.getPausedSince() != null) {
			return resume(request, event, actor, note);
		}
		request.reasonsAnswered(clock.instant());
		log(request.getId(), event, actor, note);
		return replyTimers(request.getReplyDueOn());
	}

	/**
	 * Art. 35: the reasons are unreasonable (or were not given in time): the proposed reply is 不予处理
	 * (无正当理由大量反复申请), reviewed and signed off like any other reply.
	 */
	@Transactional
	public void refuseUnreasonable(Long requestId, String actor, boolean lapsed, String comment) {
		var note = lapsed ? "您（单位）未在《政府信息公开申请说明理由通知书》规定的期限内说明理由，视为申请理由不合理。"
				: comment == null || comment.isBlank() ? null : comment.strip();
		load(requestId).proposeReply(ReplyType.MASS_REPEATED, List.of(), note, null, clock.instant());
		log(requestId, "REPLY_PROPOSED", actor, ReplyType.MASS_REPEATED.label());
	}

	/**
	 * Art. 35: the reasons are reasonable but the reply cannot come within the art. 33 period; the
	 * agency sets a later reply date (after the current one) and tells the applicant in a numbered
	 * 延迟答复告知书. The calendar never moves that date again.
	 */
	@Transactional
	public Map<String, Object> replyLater(Long requestId, String actor, String laterDueOn, String note) {
		LocalDate later;
		try {
			later = LocalDate.parse(laterDueOn == null ? "" : laterDueOn.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("laterDueOn: 请填写延迟答复的日期（YYYY-MM-DD）");
		}
		var request = load(requestId);
		var previous = request.getReplyDueOn();
		request.replyLater(later, clock.instant());
		var text = note == null || note.isBlank() ? null : note.strip();
		var noticeNo = noticeNo(NoticeKind.LATER_REPLY);
		notices.save(RequestNotice.laterReply(requestId, noticeNo, today(), actor, previous, later, text));
		log(requestId, "REPLY_POSTPONED", actor, noticeNo + " " + previous + " → " + later);
		return replyTimers(later);
	}

	private Map<String, Object> resume(DisclosureRequest request, String event, String actor, String note) {
		var today = today();
		int paused = Math.max(0, calendar.workingDaysBetween(request.getPausedSince(), today));
		var due = calendar.extend(new Deadline(request.getReplyDueOn(), request.isReplyDueProvisional()), paused);
		request.resume(paused, due.due(), clock.instant());
		log(request.getId(), event, actor, note == null ? "暂停 " + paused + " 个工作日" : note);
		return replyTimers(due.due());
	}

	/**
	 * Computes the reply due date again from its parts (receipt, statutory period, finished pauses,
	 * extension) with the calendar as it is now; returns the new timer instants when it moved.
	 */
	@Transactional
	public java.util.Optional<Map<String, Object>> recomputeDue(Long requestId) {
		var request = load(requestId);
		if (request.getReceivedOn() == null || request.getReplyDueOn() == null || !request.getStatus().isOpen()
				|| request.getStatus() == RequestStatus.SUPPLEMENT_REQUESTED || request.getLaterDueOn() != null) {
			return java.util.Optional.empty();
		}
		var due = calendar.addWorkingDays(request.getReceivedOn(), properties.replyWorkingDays()
				+ request.getPausedWorkingDays() + request.getExtensionWorkingDays());
		if (due.due().equals(request.getReplyDueOn()) && due.provisional() == request.isReplyDueProvisional()) {
			return java.util.Optional.empty();
		}
		var before = request.getReplyDueOn();
		request.recomputed(due.due(), due.provisional(), clock.instant());
		log(requestId, "DUE_RECOMPUTED", "system", before + " → " + due.due());
		return java.util.Optional.of(replyTimers(due.due()));
	}

	/** Warning {@code warningWorkingDays} before the due date at 09:00; overdue from the day after it. */
	private Map<String, Object> replyTimers(LocalDate due) {
		var warning = due;
		for (int left = properties.warningWorkingDays(); left > 0;) {
			warning = warning.minusDays(1);
			if (calendar.isWorkingDay(warning)) {
				left--;
			}
		}
		return Map.of(DisclosureRequestProcess.REPLY_WARNING_AT, at(warning, LocalTime.of(9, 0)),
				DisclosureRequestProcess.REPLY_OVERDUE_AT, startOf(due.plusDays(1)));
	}

	/** For example 补〔2026〕第0003号: the kind's prefix and its own yearly serial. */
	private String noticeNo(NoticeKind kind) {
		int year = today().getYear();
		return kind.prefix() + "〔" + year + "〕第" + String.format("%04d", sequences.next(kind.sequence(), year)) + "号";
	}

	private Date startOf(LocalDate day) {
		return at(day, LocalTime.MIDNIGHT);
	}

	private Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(properties.zone()).toInstant());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	private DisclosureRequest load(Long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new UnknownReference("requestId", String.valueOf(requestId)));
	}

	private void log(Long requestId, String type, String actor, String note) {
		log.log(requestId, type, actor, note);
	}
}
