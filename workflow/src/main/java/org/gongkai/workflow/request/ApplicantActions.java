package org.gongkai.workflow.request;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant does to their own request after filing: answer the 补正 notice, explain the reasons
 * asked for under art. 35, or withdraw.
 */
@Service
public class ApplicantActions {

	private final DisclosureRequests requests;

	private final RequestLog log;

	private final RuntimeService runtime;

	private final IdentityService identity;


	ApplicantActions(DisclosureRequests requests, RequestLog log, RuntimeService runtime, IdentityService identity) {
		this.requests = requests;
		this.log = log;
		this.runtime = runtime;
		this.identity = identity;
	}

	/** The applicant's answer to the 补正 notice; the reply period restarts. */
	@Transactional
	public void supplement(Long requestId, String applicantUser, String text) {
		var request = own(requestId, applicantUser);
		if (request.getStatus() != RequestStatus.SUPPLEMENT_REQUESTED) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "supplemented");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidValue("text", "request.supplement.text");
		}
		log.log(requestId, "SUPPLEMENT_TEXT", applicantUser, text.strip());
		correlate(DisclosureRequestProcess.MESSAGE_SUPPLEMENT_RECEIVED, requestId, applicantUser);
	}

	/** Art. 35: the applicant's reasons for the volume or frequency of requests; the handler judges them. */
	@Transactional
	public void explainReasons(Long requestId, String applicantUser, String text) {
		var request = own(requestId, applicantUser);
		if (request.getStatus() != RequestStatus.AWAITING_REASONS) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "given reasons");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidValue("text", "request.reasons.text");
		}
		log.log(requestId, "REASONS_TEXT", applicantUser, text.strip());
		correlate(DisclosureRequestProcess.MESSAGE_REASONS_RECEIVED, requestId, applicantUser);
	}

	@Transactional
	public void withdraw(Long requestId, String applicantUser) {
		var request = own(requestId, applicantUser);
		if (!request.getStatus().isOpen()) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "withdrawn");
		}
		correlate(DisclosureRequestProcess.MESSAGE_WITHDRAWN, requestId, applicantUser);
	}

	private void correlate(String message, Long requestId, String applicantUser) {
		identity.setAuthentication(applicantUser, List.of());
		try {
			runtime.createMessageCorrelation(message).processInstanceBusinessKey(String.valueOf(requestId)).correlate();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private DisclosureRequest own(Long requestId, String applicantUser) {
		return requests.findById(requestId)
			.filter(r -> applicantUser != null && applicantUser.equals(r.getApplicantUser()))
			.orElseThrow(() -> new RequestNotFound(requestId));
	}
}
