package org.gongkai.workflow.proposal;

/**
 * One line of the year's 办理情况: the cases of one kind handled by one 主办 unit (or all units, when
 * {@code unitCode} is null). A 会办 case counts for each of its 主办 units.
 *
 * @param answered cases whose reply was sent
 * @param onTime cases answered by their due date
 */
public record ProposalSummaryRow(ProposalKind kind, String unitCode, String unitName, long cases, long answered,
		long classA, long classB, long classC, long onTime, long satisfied, long basicallySatisfied,
		long dissatisfied) {

	/** 件件有回复: every case of the line was answered. */
	public boolean everyAnswered() {
		return answered == cases;
	}
}
