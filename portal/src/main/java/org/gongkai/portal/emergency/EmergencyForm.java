package org.gongkai.portal.emergency;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.SituationReportChannel;

/**
 * The unit's form for an emergency event with its 初报 (no script needed): times as the browser's
 * {@code datetime-local} values in the agency's time zone.
 */
public record EmergencyForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String occurredAt,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?)?") String learnedAt,
		@NotBlank @Size(max = 200) String location, @NotNull EmergencySeverity severity,
		@NotBlank @Size(max = 4000) String summary, @Min(0) Integer deaths, @Min(0) Integer injured,
		@Min(0) Integer missing, @NotNull SituationReportChannel channel, @NotBlank @Size(max = 100) String author,
		@NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}") String phone) {

	static EmergencyForm empty() {
		return new EmergencyForm(null, null, null, null, EmergencySeverity.GENERAL, null, null, null, null,
				SituationReportChannel.PHONE, null, null);
	}
}
