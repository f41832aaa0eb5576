package org.gongkai.workflow.request;

import java.time.LocalDate;
import java.util.Map;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirming receipt of a request (art. 31): its receipt number and the reply clock. */
@Service("issueReceiptAction")
public class IssueReceipt {

	private final RequestStepSupport support;

	private final YearlySequences sequences;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	IssueReceipt(RequestStepSupport support, YearlySequences sequences, WorkingDayCalendar calendar, RequestProperties properties) {
		this.support = support;
		this.sequences = sequences;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Art. 31: receipt confirmed; issues the receipt number and starts the reply clock from the day
	 * received — today for an online application, the day the office records for one that came otherwise.
	 */
	@Transactional
	public Map<String, Object> issueReceipt(Long requestId, String actor, LocalDate receivedOn) {
		var request = support.load(requestId);
		var today = support.today();
		var received = receivedOn == null ? today : receivedOn;
		var receiptNo = "GK" + today.getYear() + "-" + String.format("%06d", sequences.next("receipt", today.getYear()));
		var due = calendar.addWorkingDays(received, properties.replyWorkingDays());
		request.confirmReceipt(receiptNo, received, due.due(), due.provisional(), support.now());
		support.log(requestId, "RECEIVED", actor, receiptNo);
		var variables = new java.util.HashMap<>(support.replyTimers(due.due()));
		variables.put(DisclosureRequestProcess.SIGN_OFF_LEVELS, new java.util.ArrayList<>(properties.signOffLevels()));
		return variables;
	}
}
