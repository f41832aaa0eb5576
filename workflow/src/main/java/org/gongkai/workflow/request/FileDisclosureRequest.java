package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.identity.IdType;
import org.gongkai.workflow.sequence.YearlySequences;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen or organisation files a disclosure request online, or the office registers one that came
 * otherwise. The request, its attachments and the start of its process commit together, before anyone
 * is told "submitted".
 */
@Service
public class FileDisclosureRequest {

	private final DisclosureRequests requests;

	private final RequestAttachments attachments;

	private final RequestLog log;

	private final RuntimeService runtime;

	private final Clock clock;

	private final TaskInbox inbox;

	private final RequestProperties properties;

	private final ObjectProvider<ApplicantAccounts> accounts;

	private final ReceivingAgencies agencies;

	private final YearlySequences sequences;

	FileDisclosureRequest(DisclosureRequests requests, RequestAttachments attachments, RequestLog log,
			RuntimeService runtime, Clock clock, @Lazy TaskInbox inbox, RequestProperties properties,
			ObjectProvider<ApplicantAccounts> accounts, ReceivingAgencies agencies, YearlySequences sequences) {
		this.agencies = agencies;
		this.sequences = sequences;
		this.inbox = inbox;
		this.properties = properties;
		this.accounts = accounts;
		this.requests = requests;
		this.attachments = attachments;
		this.log = log;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * @param form a validated application
	 * @param files attachments, each already acceptable ({@link NewAttachment#problem()} is null)
	 * @param applicantUser the signed-in applicant's user name
	 */
	@Transactional
	public DisclosureRequest file(ApplicationForm form, List<NewAttachment> files, String applicantUser) {
		var request = create(form, files, applicantUser);
		log.log(request.getId(), "SUBMITTED", applicantUser, null);
		return request;
	}

	/**
	 * Art. 29: the office registers an application that came in person, by post, letter, fax or e-mail,
	 * or orally (written down for the applicant), received on the day art. 31 counts; the receipt number
	 * is issued and the reply clock runs from that day. Registered and received in one transaction.
	 *
	 * @param applicantUser the applicant's account if they have one (they then follow it online), else null
	 */
	@Transactional
	public DisclosureRequest fileOffline(ApplicationForm form, List<NewAttachment> files, ApplicationChannel channel,
			LocalDate receivedOn, String applicantUser, Staff office) {
		if (channel == null || channel == ApplicationChannel.ONLINE) {
			throw new InvalidValue("channel", "request.channel.required");
		}
		var today = LocalDate.now(clock.withZone(properties.zone()));
		var earliest = today.minusDays(properties.offlineBackdatingDays());
		if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(earliest)) {
			throw new InvalidValue("receivedOn", "request.receivedOn.window", earliest, today,
					properties.offlineBackdatingDays());
		}
		var account = blankToNull(applicantUser);
		var directory = accounts.getIfAvailable();
		if (account != null && directory != null && !directory.exists(account)) {
			throw new InvalidValue("applicantUser", "request.applicantUser.unknown", account);
		}
		var request = create(form, files, account);
		request.registeredOffline(channel, office.userId());
		log.log(request.getId(), "REGISTERED_OFFLINE", office.userId(), channel.label());
		var confirm = inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(request.getId()))
			.stream()
			.filter(task -> task.taskKey().equals(DisclosureRequestProcess.TASK_CONFIRM_RECEIPT))
			.findFirst()
			.orElseThrow();
		inbox.complete(confirm.id(), office, Map.of(DisclosureRequestProcess.RECEIVED_ON, receivedOn.toString()));
		// the office answers the registration with the receipt number, taken otherwise at commit
		sequences.assignPending();
		return request;
	}

	private DisclosureRequest create(ApplicationForm form, List<NewAttachment> files, String applicantUser) {
		if (files.size() > NewAttachment.MAX_FILES) {
			throw new InvalidValue("attachments", "request.attachments.tooMany", NewAttachment.MAX_FILES);
		}
		files.forEach(file -> {
			if (file.problem() != null) {
				throw new InvalidValue("attachments", "request.attachments.rejected", file.fileName());
			}
		});
		var agency = blankToNull(form.agencyCode());
		if (agency != null && agencies.find(agency).isEmpty()) {
			throw new InvalidValue("agencyCode", "request.agency.unknown", agency);
		}
		var now = clock.instant();
		var applicant = new Applicant(form.applicantType(), form.applicantName().strip(), form.identityDocument(),
				IdType.normalise(form.idNumber()), blankToNull(form.legalRepresentative()),
				blankToNull(form.contactPerson()), form.phone().strip(), blankToNull(form.email()),
				blankToNull(form.address()), blankToNull(form.postcode()), form.accessibilityNeeds());
		var request = requests.save(new DisclosureRequest(form.requestKind(), applicant, applicantUser,
				form.title().strip(), blankToNull(form.docNumber()), form.description().strip(),
				blankToNull(form.correctionSought()), form.deliveryForm(), form.deliveryMethod(), now));
		request.appliedTo(agency);
		files.forEach(file -> attachments
			.save(new RequestAttachment(request.getId(), file.fileName(), file.contentType(), file.content(), now)));
		var process = runtime.startProcessInstanceByKey(DisclosureRequestProcess.KEY, String.valueOf(request.getId()),
				Map.of(DisclosureRequestProcess.REQUEST_ID, request.getId(), DisclosureRequestProcess.CORRECTION,
						request.isCorrection()));
		request.attachProcess(process.getId());
		return request;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
