package org.gongkai.workflow.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the department's clerk writes into a consultation before it is reviewed.
 *
 * @param questions the questions put to the public, in order; may be empty (comments on the whole draft only)
 * @param closesOn the last day comments are taken
 */
public record ConsultationDetails(String title, String summary, ConsultationKind kind, List<String> questions,
		LocalDate opensOn, LocalDate closesOn) {
}
