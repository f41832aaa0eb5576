package org.gongkai.portal.consultation;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.workflow.consultation.Consultation;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The hook that links a catalogue item's public page back to the consultation whose final document it is
 * ({@code consultationOfItem} in the model of {@code /catalogue/items/{id}}); the catalogue itself knows
 * nothing of consultations.
 */
@ControllerAdvice(basePackages = "org.gongkai.portal.catalogue")
class FinalDocumentAdvice {

	private static final Pattern ITEM_PAGE = Pattern.compile("^/catalogue/items/(\\d{1,18})$");

	private final ConsultationSteps steps;

	FinalDocumentAdvice(ConsultationSteps steps) {
		this.steps = steps;
	}

	@ModelAttribute("consultationOfItem")
	Consultation consultationOfItem(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var matcher = ITEM_PAGE.matcher(path);
		if (!"GET".equals(request.getMethod()) || !matcher.matches()) {
			return null;
		}
		return steps.ofFinalItem(Long.valueOf(matcher.group(1))).filter(Consultation::isPublic).orElse(null);
	}
}
