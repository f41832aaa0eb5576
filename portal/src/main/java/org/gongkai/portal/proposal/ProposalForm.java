package org.gongkai.portal.proposal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.proposal.ProposalDetails;
import org.gongkai.workflow.proposal.ProposalKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The office's registration of a 建议 or 提案, on the page and in the API.
 *
 * @param dueOn an earlier due date for a 重点 case; empty for three months after today
 */
@Schema(name = "ProposalRegistration", description = "登记建议提案并交办：主办单位（会办可多个）、协办单位")
record ProposalForm(@NotNull(message = "{proposal.kind.required}") ProposalKind kind,
		@NotBlank(message = "{proposal.field.required}") @Size(max = 40, message = "{text.size}") String number,
		@NotBlank(message = "{proposal.field.required}") @Size(max = 100, message = "{text.size}") String sessionName,
		@NotBlank(message = "{proposal.field.required}") @Size(max = 500, message = "{text.size}") String submitters,
		@NotBlank(message = "{proposal.field.required}") @Size(max = 300, message = "{text.size}") String subject,
		@NotBlank(message = "{proposal.field.required}") @Size(max = 20000, message = "{text.size}") String text,
		Boolean keyCase, @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn,
		@NotEmpty(message = "{proposal.leadUnits.required}") @Size(max = 10, message = "{proposal.units.tooMany}") List<@NotBlank @Size(max = 32) String> leadUnits,
		@Size(max = 10, message = "{proposal.units.tooMany}") List<@NotBlank @Size(max = 32) String> assistUnits) {

	static ProposalForm empty() {
		return new ProposalForm(ProposalKind.SUGGESTION, null, null, null, null, null, false, null, List.of(), List.of());
	}

	ProposalDetails details() {
		return new ProposalDetails(kind, number, sessionName, submitters, subject, text, Boolean.TRUE.equals(keyCase),
				dueOn, leadUnits, assistUnits == null ? List.of() : assistUnits);
	}
}
