package org.gongkai.portal.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.proposal.ConsultationChannel;
import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalStatus;
import org.gongkai.workflow.proposal.ReplyClass;
import org.gongkai.workflow.proposal.Satisfaction;
import org.gongkai.workflow.proposal.UnitRole;

/** What the pages and the API show of a case: the public's view of a published reply, and the staff's whole case. */
final class ProposalViews {

	private ProposalViews() {
	}

	/** A published reply as the public sees it. */
	record PublicProposal(Long id, ProposalKind kind, String number, String sessionName, String submitters,
			String subject, String text, List<String> leadUnits, ReplyClass replyClass, String replyText,
			LocalDate repliedOn) {
	}

	/** One line of a list. */
	record Summary(Long id, ProposalKind kind, String number, String sessionName, String subject, List<String> leadUnits,
			ProposalStatus status, boolean keyCase, LocalDate assignedOn, LocalDate dueOn, ReplyClass replyClass,
			LocalDate repliedOn, boolean overdue, boolean published) {
	}

	record Unit(String code, String name, UnitRole role, ReplyClass replyClass, String replyText, Instant repliedAt) {
	}

	record Opinion(String unitCode, String unitName, String text, String sentBy, Instant sentAt) {
	}

	record Consultation(String unitCode, String unitName, LocalDate heldOn, ConsultationChannel channel,
			String participants, String note, String recordedBy, Instant recordedAt) {
	}

	record Event(String type, String actor, Instant occurredAt, String note) {
	}

	/** The whole case for the office and its units. */
	record StaffProposal(Long id, ProposalKind kind, String number, String sessionName, String submitters,
			String subject, String text, boolean keyCase, LocalDate assignedOn, LocalDate dueOn, ProposalStatus status,
			ReplyClass replyClass, String replyText, boolean publishable, String notPublishedReason,
			LocalDate repliedOn, Boolean repliedOnTime, boolean overdue, Satisfaction satisfaction, int reworkCount,
			boolean published, List<Unit> units, List<Opinion> opinions, List<Consultation> consultations,
			List<Event> events) {
	}
}
