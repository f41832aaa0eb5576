package org.gongkai.portal.report;

import static org.gongkai.workflow.information.InformationReportProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.Periodical;

/**
 * What staff decide on a report task; each task reads the fields it needs.
 *
 * @param approved unit review: {@code true} passes the item on, {@code false} returns it (comment required)
 * @param comment the opinion, the reason for returning or for not adopting
 * @param decision the office's edit: {@code ADOPT}, {@code RETURN}, {@code NOT_ADOPT} or {@code MERGE}
 * @param publication {@code ADOPT}: {@code DAILY} (《政务信息》), {@code SPECIAL} (专报), {@code EXPRESS} (快报), {@code SUPPLEMENT} (增刊)
 * @param issueId {@code ADOPT}: an open issue of that publication; empty opens the next issue
 * @param mergeWith {@code MERGE}: the other submitted items that form the joint item (合报)
 * @param jointTitle {@code MERGE}: the joint item's title
 * @param forward after adoption: whether to forward the item upward
 * @param upperAdopted the higher level's outcome: adopted or not
 * @param upperLevel {@code PROVINCE} or {@code STATE} (国办)
 * @param upperChannel where the higher level carried it, e.g. {@code SELECTED}, {@code BRIEFING}, {@code SPECIAL}
 * @param feedback 督办: the unit's account of what it did
 * @param answerReportId 约稿: the unit's submitted item that answers the commission
 */
public record ReportDecision(Boolean approved, @Size(max = 2000) String comment, String decision, String publication,
		Long issueId, List<Long> mergeWith, @Size(max = 300) String jointTitle, Boolean forward, Boolean upperAdopted,
		String upperLevel, @Size(max = 30) String upperChannel, @Size(max = 2000) String feedback, Long answerReportId) {

	private static final Set<String> DECISIONS = Set.of("ADOPT", "RETURN", "NOT_ADOPT", "MERGE");

	/** Variables the process reads; incomplete decisions are refused before the engine sees them. */
	Map<String, Object> variables() {
		var variables = new HashMap<String, Object>();
		if (approved != null) {
			if (!approved && isBlank(comment)) {
				throw new InvalidValue("comment", "information.decision.returnReason");
			}
			variables.put(APPROVED, approved);
		}
		put(variables, COMMENT, comment);
		if (decision != null) {
			if (!DECISIONS.contains(decision)) {
				throw new InvalidValue("decision", "information.decision.unknown");
			}
			if ((decision.equals("RETURN") || decision.equals("NOT_ADOPT")) && isBlank(comment)) {
				throw new InvalidValue("comment", "information.decision.reason");
			}
			if (decision.equals("ADOPT")) {
				variables.put(PUBLICATION, publication(publication).name());
				if (issueId != null) {
					variables.put(ISSUE_ID, issueId);
				}
			}
			if (decision.equals("MERGE")) {
				if (mergeWith == null || mergeWith.isEmpty()) {
					throw new InvalidValue("mergeWith", "information.decision.mergeWith");
				}
				variables.put(MERGE_WITH, mergeWith.stream().map(String::valueOf).collect(Collectors.joining(",")));
				put(variables, JOINT_TITLE, jointTitle);
			}
			variables.put(DECISION, decision);
		}
		if (forward != null) {
			variables.put(FORWARD, forward);
		}
		if (upperAdopted != null) {
			if (upperAdopted) {
				var level = level(upperLevel);
				if (level == Level.CITY || isBlank(upperChannel)) {
					throw new InvalidValue("upperLevel", "information.decision.upperLevel");
				}
				variables.put(UPPER_LEVEL, level.name());
				variables.put(UPPER_CHANNEL, upperChannel.strip().toUpperCase());
			}
			variables.put(UPPER_ADOPTED, upperAdopted);
		}
		if (feedback != null) {
			if (feedback.isBlank()) {
				throw new InvalidValue("feedback", "supervision.feedback.required");
			}
			variables.put(FEEDBACK, feedback.strip());
		}
		if (answerReportId != null) {
			variables.put(ANSWER_REPORT_ID, answerReportId);
		}
		return variables;
	}

	static Periodical publication(String value) {
		try {
			return Periodical.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValue("publication", "information.decision.periodical");
		}
	}

	static Level level(String value) {
		try {
			return Level.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValue("level", "information.decision.level");
		}
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
