package org.gongkai.portal.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RequestNotFound;
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

	RequestQueries(DisclosureRequests requests, CaseEvents events, WorkingDayCalendar calendar, Clock clock) {
		this.requests = requests;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RequestView view(Long id, CurrentUser user) {
		var request = visible(id, user);
		return RequestView.of(request, daysLeft(request),
				events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id));
	}

	@Transactional(readOnly = true)
	public DisclosureRequest visible(Long id, CurrentUser user) {
		var request = requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
		boolean own = user.userName().equals(request.getApplicantUser());
		boolean office = user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.SECRECY_REVIEWER)
				|| user.hasRole(Roles.LEADER) || user.hasRole(Roles.ADMIN);
		boolean department = (user.hasRole(Roles.CLERK) || user.hasRole(Roles.DEPT_HEAD))
				&& user.department() != null && user.department().equals(request.getDepartmentCode());
		if (own || office || department) {
			return request;
		}
		throw new RequestNotFound(id);
	}

	/** Working days left until the reply is due (negative when overdue), counted from the pause while paused. */
	public Integer daysLeft(DisclosureRequest request) {
		if (request.getReplyDueOn() == null || !request.getStatus().isOpen()) {
			return null;
		}
		var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		var from = request.getPausedSince() != null ? request.getPausedSince() : today;
		return calendar.workingDaysBetween(from, request.getReplyDueOn());
	}
}
