package org.gongkai.portal.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * What a member of staff decides on a task; each task reads the fields it needs.
 *
 * @param approved review tasks: {@code true} approves, {@code false} returns (a comment is then required)
 * @param comment the opinion (审核意见)
 * @param decision register task: {@code ASSIGN} or {@code SUPPLEMENT}; handling task: {@code PROPOSE} or {@code REASSIGN}
 * @param departmentCode the department a request is assigned to
 * @param supplementNote what the applicant must supplement (art. 30)
 * @param replyType the proposed reply type (a {@code ReplyType} name)
 * @param replyReasons withholding reasons ({@code WithholdingReason} names) for withholding or partial replies
 * @param replyNote the handler's explanation for the reply letter
 * @param extensionDays handling task with {@code EXTEND}: working days to add (at most 20)
 * @param extensionReason why the reply needs more time
 * @param feeMethod handling task with {@code FEE}: {@code PER_CASE} or {@code PER_PAGE}
 * @param feePages the page count for {@code PER_PAGE}
 * @param consultationKind handling task with {@code CONSULT}: {@code THIRD_PARTY} or {@code AGENCY}
 * @param consultedParty the third party or agency consulted
 * @param consultedInformation the information that concerns the third party
 * @param consultationOpinion consultation reply: {@code AGREED} or {@code OBJECTED} (a third party's objection, art. 32)
 * @param objectionReasons the third party's reasons for objecting
 * @param publicInterestReason proposing disclosure over a third party's objection: the overriding public interest
 * @param replyDelivery delivery task: {@code ONLINE}, {@code POST}, {@code IN_PERSON} or {@code EMAIL}
 * @param trackingNo the post's tracking number
 * @param deliveredOn the day the reply reached the applicant (ISO date)
 * @param reasonsNote handling task with {@code ASK_REASONS} (art. 35): what was observed about the number or
 *     frequency of the applicant's requests
 * @param reasonsVerdict judging the applicant's reasons: {@code UNREASONABLE}, {@code REASONABLE} or {@code LATER}
 * @param laterDueOn with {@code LATER}: the later reply date (ISO date, after the current one)
 * @param correctionOutcome handling a correction request (art. 41) with {@code PROPOSE}: {@code CORRECTED},
 *     {@code FORWARDED}, {@code NOT_COMPETENT} or {@code REFUSED}; {@code replyNote} says what was corrected or why not
 * @param competentAgency with {@code FORWARDED} or {@code NOT_COMPETENT}: the agency that may correct the record
 */
public record TaskDecision(Boolean approved, @Size(max = 2000) String comment, String decision, String departmentCode,
		@Size(max = 2000) String supplementNote, String replyType, List<String> replyReasons,
		@Size(max = 4000) String replyNote, Integer extensionDays, @Size(max = 1000) String extensionReason,
		String feeMethod, Integer feePages, String consultationKind, @Size(max = 200) String consultedParty,
		@Size(max = 1000) String consultedInformation, String consultationOpinion,
		@Size(max = 1000) String objectionReasons, @Size(max = 1000) String publicInterestReason, String replyDelivery,
		@Size(max = 100) String trackingNo, String deliveredOn, @Size(max = 1000) String reasonsNote,
		String reasonsVerdict, String laterDueOn, String correctionOutcome, @Size(max = 200) String competentAgency) {

	/** Variables the process reads; a return without a reason is refused. */
	Map<String, Object> variables() {
		var variables = new HashMap<String, Object>();
		if (approved != null) {
			if (!approved && isBlank(comment)) {
				throw new IllegalArgumentException("comment: 退回时须填写退回理由");
			}
			variables.put("approved", approved);
		}
		put(variables, "comment", comment);
		put(variables, "decision", decision);
		put(variables, "departmentCode", departmentCode);
		put(variables, "supplementNote", supplementNote);
		put(variables, "replyType", replyType);
		put(variables, "replyNote", replyNote);
		put(variables, "extensionReason", extensionReason);
		put(variables, "feeMethod", feeMethod);
		if ("CONSULT".equals(decision)) {
			put(variables, "consultationKind", consultationKind);
			put(variables, "consultedParty", consultedParty);
			put(variables, "consultedInformation", consultedInformation);
		}
		put(variables, "consultationOpinion", consultationOpinion);
		put(variables, "objectionReasons", objectionReasons);
		if ("PROPOSE".equals(decision)) {
			put(variables, "publicInterestReason", publicInterestReason);
			put(variables, "correctionOutcome", correctionOutcome);
			put(variables, "competentAgency", competentAgency);
		}
		put(variables, "replyDelivery", replyDelivery);
		put(variables, "trackingNo", trackingNo);
		put(variables, "deliveredOn", deliveredOn);
		if ("ASK_REASONS".equals(decision)) {
			put(variables, "reasonsNote", reasonsNote);
		}
		if (!isBlank(reasonsVerdict)) {
			if (!java.util.Set.of("UNREASONABLE", "REASONABLE", "LATER").contains(reasonsVerdict.strip())) {
				throw new IllegalArgumentException("reasonsVerdict: 应为 UNREASONABLE、REASONABLE 或 LATER");
			}
			put(variables, "reasonsVerdict", reasonsVerdict);
			if ("LATER".equals(reasonsVerdict.strip())) {
				put(variables, "laterDueOn", laterDueOn);
			}
		}
		if (extensionDays != null) {
			variables.put("extensionDays", extensionDays);
		}
		if (feePages != null) {
			variables.put("feePages", feePages);
		}
		if (replyReasons != null && !replyReasons.isEmpty()) {
			variables.put("replyReasons", String.join(",", replyReasons));
		}
		return variables;
	}

	static TaskDecision none() {
		return new TaskDecision(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
	}

	private static void put(Map<String, Object> variables, String name, String value) {
		if (!isBlank(value)) {
			variables.put(name, value.strip());
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
