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
	 * Art. 31: receipt confirmed; starts the reply clock from the day received (today for an online
	 * application, the day the office records for one that came otherwise) and issues the receipt
	 * number. The number is taken when the step commits ({@link YearlySequences#nextAtCommit}), after
	 * the engine has written the next task: every confirmation waits for the one before it from taking
	 * its number to its commit, so that part is kept short. The event {@code RECEIVED}, which carries the
	 * number (and queues the applicant's mail with it), is logged then too.
	 */
	@Transactional
	public Map<String, Object> issueReceipt(Long requestId, String actor, LocalDate receivedOn) {
		var request = support.load(requestId);
		var today = support.today();
		var received = receivedOn == null ? today : receivedOn;
		var due = calendar.addWorkingDays(received, properties.replyWorkingDays());
		request.confirmReceipt(received, due.due(), due.provisional(), support.now());
		sequences.nextAtCommit("receipt", today.getYear(), serial -> {
			var receiptNo = "GK" + today.getYear() + "-" + String.format("%06d", serial);
			support.load(requestId).numberReceipt(receiptNo);
			support.log(requestId, "RECEIVED", actor, receiptNo);
		});
		var variables = new java.util.HashMap<>(support.replyTimers(due.due()));
		variables.put(DisclosureRequestProcess.SIGN_OFF_LEVELS, new java.util.ArrayList<>(properties.signOffLevels()));
		return variables;
	}
}
