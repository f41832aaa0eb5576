package org.gongkai.workflow.proposal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A 面商 record as the 主办 unit enters it.
 *
 * @param heldOn when it took place
 * @param channel how: meeting, call, visit, other
 * @param participants who took part (the deputy and the unit's staff)
 * @param note what was discussed
 */
public record ConsultationDetails(
		@NotNull(message = "{proposal.consultation.heldOn.required}") @PastOrPresent(message = "{proposal.consultation.heldOn.past}") @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
		@NotNull(message = "{proposal.consultation.channel.required}") ConsultationChannel channel,
		@NotBlank(message = "{proposal.consultation.participants.required}") @Size(max = 500, message = "{text.size}") String participants,
		@Size(max = 2000, message = "{text.size}") String note) {
}
