package org.gongkai.workflow.request;

import java.time.LocalTime;
import java.util.Map;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing the signed-off reply letter (and telling an objecting third party, art. 32). */
@Service("issueReplyAction")
public class IssueReply {

	private final RequestStepSupport support;

	private final YearlySequences sequences;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	IssueReply(RequestStepSupport support, YearlySequences sequences, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.sequences = sequences;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/**
	 * The reply letter is numbered and issued. When the agency discloses over a third party's objection,
	 * the 第三方不同意公开告知书 goes to that third party with it (art. 32). Returns when the clerk is
	 * reminded to record the delivery.
	 */
	@Transactional
	public Map<String, Object> issueReply(Long requestId, String actor) {
		var request = support.load(requestId);
		var today = support.today();
		var year = today.getYear();
		var letterNo = "〔" + year + "〕第" + String.format("%04d", sequences.next("reply-letter", year)) + "号";
		request.issueReply(letterNo, support.now());
		support.log(requestId, "REPLIED", actor, request.getOutcomeLabel() + " " + letterNo);
		if (request.getPublicInterestReason() != null) {
			var consultation = notices.findByRequestIdOrderByIdAsc(requestId)
				.stream()
				.filter(n -> n.getKind() == NoticeKind.CONSULTATION)
				.reduce((first, second) -> second)
				.orElseThrow(() -> new RequestNotInExpectedState(requestId, request.getStatus(),
						"disclosed over an objection without a consultation letter"));
			var noticeNo = support.noticeNo(NoticeKind.THIRD_PARTY_DECISION);
			notices.save(RequestNotice.thirdPartyDecision(requestId, noticeNo, today, actor,
					consultation.getAddressee(), consultation.getContent(), request.getPublicInterestReason()));
			support.log(requestId, "THIRD_PARTY_NOTIFIED", actor, consultation.getAddressee() + " " + noticeNo);
		}
		var reminder = calendar.addWorkingDays(today, properties.deliveryReminderWorkingDays()).due();
		return Map.of(DisclosureRequestProcess.DELIVERY_REMINDER_AT, support.at(reminder, LocalTime.of(9, 0)));
	}
}
