package org.gongkai.workflow.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office registers: the case as the deputy or member submitted it, and its units.
 *
 * @param number 编号, e.g. {@code 第0123号}
 * @param sessionName the session, e.g. {@code 十六届人大五次会议}
 * @param submitters the deputies or members, one line
 * @param keyCase 重点 case
 * @param dueOn an earlier due date the office sets for a key case; null for the ⚙ default
 * @param leadUnits the 主办 department codes (several for 会办)
 * @param assistUnits the 协办 department codes, possibly none
 */
public record ProposalDetails(ProposalKind kind, String number, String sessionName, String submitters,
		String subject, String text, boolean keyCase, LocalDate dueOn, List<String> leadUnits,
		List<String> assistUnits) {
}
