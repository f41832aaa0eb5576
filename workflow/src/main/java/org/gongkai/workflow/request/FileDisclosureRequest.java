package org.gongkai.workflow.request;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen or organisation files a disclosure request online. The request, its attachments and the
 * start of its process commit together, before the applicant is told "submitted".
 */
@Service
public class FileDisclosureRequest {

	private final DisclosureRequests requests;

	private final RequestAttachments attachments;

	private final RequestLog log;

	private final RuntimeService runtime;

	private final Clock clock;

	FileDisclosureRequest(DisclosureRequests requests, RequestAttachments attachments, RequestLog log,
			RuntimeService runtime, Clock clock) {
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
		if (files.size() > NewAttachment.MAX_FILES) {
			throw new IllegalArgumentException("attachments: at most " + NewAttachment.MAX_FILES + " files");
		}
		files.forEach(file -> {
			if (file.problem() != null) {
				throw new IllegalArgumentException("attachments: " + file.fileName() + " is not acceptable");
			}
		});
		var now = clock.instant();
		var applicant = new Applicant(form.applicantType(), form.applicantName().strip(),
				form.idNumber().strip().toUpperCase(), blankToNull(form.legalRepresentative()),
				blankToNull(form.contactPerson()), form.phone().strip(), blankToNull(form.email()),
				blankToNull(form.address()), blankToNull(form.postcode()), form.accessibilityNeeds());
		var request = requests.save(new DisclosureRequest(form.requestKind(), applicant, applicantUser,
				form.title().strip(), blankToNull(form.docNumber()), form.description().strip(),
				blankToNull(form.correctionSought()), form.deliveryForm(), form.deliveryMethod(), now));
		files.forEach(file -> attachments
			.save(new RequestAttachment(request.getId(), file.fileName(), file.contentType(), file.content(), now)));
		var process = runtime.startProcessInstanceByKey(DisclosureRequestProcess.KEY, String.valueOf(request.getId()),
				Map.of(DisclosureRequestProcess.REQUEST_ID, request.getId(), DisclosureRequestProcess.CORRECTION,
						request.isCorrection()));
		request.attachProcess(process.getId());
		log.log(request.getId(), "SUBMITTED", applicantUser, null);
		return request;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
