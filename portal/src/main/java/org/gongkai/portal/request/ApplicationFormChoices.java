package org.gongkai.portal.request;

import java.util.Arrays;
import java.util.Map;

import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.ReceivingAgencies;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the application form (the applicant's and the office's) offers to choose from, the agencies read
 * through {@link ReceivingAgencies}, and which input each of the form's errors belongs to.
 */
@Component
public class ApplicationFormChoices {

	/** Errors of the form's cross-field checks, by the input they are shown at (the error summary links there). */
	static final Map<String, String> ERROR_INPUTS = Map.of("legalRepresentativeGiven", "legalRepresentative",
			"emailGivenForEmailDelivery", "email", "addressGivenForPost", "address", "correctionSoughtGiven",
			"correctionSought", "accessibilityNeeds", "accessibilityNeeds1");

	private final ReceivingAgencies agencies;

	ApplicationFormChoices(ReceivingAgencies agencies) {
		this.agencies = agencies;
	}

	/** The choices of the form's selects, and the map {@code errorInputs} from error field to input id. */
	public void addTo(Model model) {
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("personIdTypes", Arrays.stream(IdType.values()).filter(t -> !t.forOrganisation()).toList());
		model.addAttribute("organisationIdTypes",
				Arrays.stream(IdType.values()).filter(IdType::forOrganisation).toList());
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("deliveryForms", DeliveryForm.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("errorInputs", ERROR_INPUTS);
	}

	/** Whether the code names an agency that accepts requests; blank (none chosen) is fine. */
	public boolean knownAgency(String code) {
		return code == null || code.isBlank() || agencies.find(code).isPresent();
	}

	/**
	 * Rejects an unknown agency code as a field error of {@code agencyCode}. A form that could not be created
	 * (a value that does not convert) has no binding target: its page shows those errors first, and the code
	 * is checked when it is sent again.
	 */
	public void checkAgency(ApplicationForm form, BindingResult result) {
		if (form != null && result.getTarget() != null && !knownAgency(form.agencyCode())) {
			result.rejectValue("agencyCode", "request.agencyCode.unknown");
		}
	}
}
