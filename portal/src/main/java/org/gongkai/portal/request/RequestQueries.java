package org.gongkai.portal.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.ReceivingAgencies;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotice;
import org.gongkai.workflow.request.RequestNotices;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.RequestAttachments;
import org.gongkai.portal.system.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads requests for the caller: applicants see only their own; office staff all; a department's
 * staff those assigned to it. Anything else is "not found", never "forbidden", so ids reveal nothing.
 */
@Component
public class RequestQueries {

	private final DisclosureRequests requests;

	private final CaseEvents events;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final RequestNotices notices;

	private final RequestAttachments attachments;

	private final ReceivingAgencies agencies;

	private final org.gongkai.workflow.request.ReplyFiles replyFiles;

	RequestQueries(DisclosureRequests requests, CaseEvents events, WorkingDayCalendar calendar, Clock clock,
			RequestNotices notices, RequestAttachments attachments, ReceivingAgencies agencies,
			org.gongkai.workflow.request.ReplyFiles replyFiles) {
		this.replyFiles = replyFiles;
		this.agencies = agencies;
		this.notices = notices;
		this.attachments = attachments;
		this.requests = requests;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Files a request through {@code filing} and reads its view in the same transaction: the request is
	 * then read from what was just written, and the answer costs no second transaction. The request is
	 * committed before the view is answered; if the view fails, nothing was filed.
	 */
	@Transactional
	RequestView filed(java.util.function.Supplier<DisclosureRequest> filing, CurrentUser user) {
		return view(filing.get().getId(), user);
	}

	@Transactional(readOnly = true)
	RequestView view(Long id, CurrentUser user) {
		var request = visible(id, user);
		boolean handler = handles(request, user);
		return RequestView.of(request, daysLeft(request),
				events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id)
					.stream()
					.filter(event -> handler || !STAFF_ONLY_EVENTS.contains(event.getType()))
					.toList(),
				notices(request, user), agencyName(request), mayReadQueryCode(request, user));
	}

	/** The name of the agency the request was made to (受理机关), or null where none was chosen. */
	public String agencyName(DisclosureRequest request) {
		return request.getAgencyCode() == null ? null
				: agencies.find(request.getAgencyCode()).map(ReceivingAgencies.Agency::name).orElse(request.getAgencyCode());
	}

	/**
	 * Who may see a request's 查询码: its applicant, and for an application that came otherwise than online the
	 * office that registered it (it hands the receipt over); not the departments that handle it.
	 */
	public static boolean mayReadQueryCode(DisclosureRequest request, CurrentUser user) {
		return user.userName().equals(request.getApplicantUser())
				|| user.hasRole(Roles.OFFICE_EDITOR) && request.getChannel() != ApplicationChannel.ONLINE;
	}

	/**
	 * The request with this receipt number if the 查询码 is its own, as its receipt's holder may see it; empty when
	 * either is wrong, so that the answer never tells whether the number exists.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<RequestLookupView> lookup(String receiptNo, String queryCode, StepNotes notes) {
		if (receiptNo == null || receiptNo.isBlank() || queryCode == null || queryCode.isBlank()) {
			return java.util.Optional.empty();
		}
		// as typed (an imported number keeps its own spelling), else in capitals and half width (gk2026-000012)
		var number = receiptNo.strip();
		var normal = java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
		return requests.findByReceiptNo(number)
			.or(() -> normal.equals(number) ? java.util.Optional.<DisclosureRequest>empty() : requests.findByReceiptNo(normal))
			.filter(request -> request.hasQueryCode(queryCode))
			.map(request -> RequestLookupView.of(request, daysLeft(request),
					events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, request.getId())
						.stream()
						.filter(event -> !STAFF_ONLY_EVENTS.contains(event.getType()))
						.toList(),
					notes, replyFileNames(request)));
	}

	/** The names of the files and items a reply provided, once issued: the lookup shows they exist, never serves them. */
	private java.util.List<String> replyFileNames(DisclosureRequest request) {
		return request.isReplied() ? replyFiles.findByRequestIdOrderByIdAsc(request.getId())
			.stream()
			.map(org.gongkai.workflow.request.ReplyFile::getFileName)
			.toList() : java.util.List.of();
	}

	/** Steps about a third party (its name, its objection), internal reminders and review approvals stay with the handlers. */
	static final java.util.Set<String> STAFF_ONLY_EVENTS = java.util.Set.of("THIRD_PARTY_OBJECTED",
			"THIRD_PARTY_NOTIFIED", "DELIVERY_PENDING", "REVIEW_APPROVED",
			// the reply files while the reply is prepared (their list is given with the reply)
			"REPLY_FILE_ADDED", "REPLY_ITEM_LINKED", "REPLY_FILE_REMOVED", "REPLY_FILE_REDACTED", "REPLY_FILES_APPROVED");

	/**
	 * The numbered notices of a request the caller may read: all of them for its handlers; for the
	 * applicant those addressed to them (a consultation letter goes to the third party only).
	 */
	@Transactional(readOnly = true)
	public java.util.List<RequestNotice> notices(DisclosureRequest request, CurrentUser user) {
		boolean handler = handles(request, user);
		return notices.findByRequestIdOrderByIdAsc(request.getId())
			.stream()
			.filter(notice -> handler || notice.getKind().forApplicant())
			.toList();
	}

	/** One notice of a visible request, if the caller may read it; otherwise "not found". */
	@Transactional(readOnly = true)
	public RequestNotice notice(DisclosureRequest request, Long noticeId, CurrentUser user) {
		return notices.findByIdAndRequestId(noticeId, request.getId())
			.filter(notice -> notice.getKind().forApplicant() || handles(request, user))
			.orElseThrow(() -> new NotFound("Notice " + noticeId + " of request " + request.getId()));
	}

	@Transactional(readOnly = true)
	public DisclosureRequest visible(Long id, CurrentUser user) {
		var request = requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
		boolean own = user.userName().equals(request.getApplicantUser());
		if (own || handles(request, user)) {
			return request;
		}
		throw new RequestNotFound(id);
	}

	/** A file the applicant attached, with its content, for whoever may see the request. */
	@Transactional(readOnly = true)
	public AttachmentFile attachment(Long requestId, Long attachmentId, CurrentUser user) {
		visible(requestId, user);
		return attachments.findById(attachmentId)
			.filter(attachment -> attachment.getRequestId().equals(requestId))
			.map(attachment -> new AttachmentFile(attachment.getFileName(), attachment.getContentType(),
					attachment.getContent()))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId + " of request " + requestId));
	}

	/** An attachment's name, type and bytes. */
	public record AttachmentFile(String fileName, String contentType, byte[] content) {
	}

	/** Office staff handle every request; a department's clerks and heads those assigned to it. */
	public boolean handles(DisclosureRequest request, CurrentUser user) {
		var department = departmentHandled(user);
		return handlesAll(user) || department != null && department.equals(request.getDepartmentCode());
	}

	/** Office staff handle every request. */
	public static boolean handlesAll(CurrentUser user) {
		return user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.SECRECY_REVIEWER) || user.hasRole(Roles.OFFICE_HEAD)
				|| user.hasRole(Roles.LEADER) || user.hasRole(Roles.ADMIN);
	}

	/** The department whose requests a clerk or department head handles; null for anyone else. */
	public static String departmentHandled(CurrentUser user) {
		return user.hasRole(Roles.CLERK) || user.hasRole(Roles.DEPT_HEAD) ? user.department() : null;
	}

	/** Working days left until the reply is due (negative when overdue), counted from the pause while paused. */
	public Integer daysLeft(DisclosureRequest request) {
		return daysLeft(request.getStatus(), request.getReplyDueOn(), request.getPausedSince());
	}

	/** {@link #daysLeft(DisclosureRequest)} of a request in {@code status}, due on {@code dueOn}, paused since {@code pausedSince}. */
	public Integer daysLeft(RequestStatus status, LocalDate dueOn, LocalDate pausedSince) {
		if (dueOn == null || !status.isOpen()) {
			return null;
		}
		return calendar.workingDaysBetween(pausedSince != null ? pausedSince : today(), dueOn);
	}

	/** Today in the agency's zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}
}
