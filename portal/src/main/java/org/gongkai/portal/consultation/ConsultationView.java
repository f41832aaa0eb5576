package org.gongkai.portal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.workflow.consultation.AdoptionOutcome;
import org.gongkai.workflow.consultation.AttachmentRole;
import org.gongkai.workflow.consultation.CommentStatus;
import org.gongkai.workflow.consultation.ConsultationKind;
import org.gongkai.workflow.consultation.ConsultationStatus;
import org.gongkai.workflow.consultation.RejectReason;

/**
 * A consultation as its page and the API show it: its draft documents and questions, the number of accepted
 * comments, and once concluded its 意见采纳情况反馈 with the catalogue items of the feedback and the final document.
 */
record ConsultationView(Long id, String title, String summary, String department, String departmentName,
		ConsultationKind kind, ConsultationStatus status, LocalDate opensOn, LocalDate closesOn, long periodDays,
		List<Question> questions, List<Attachment> attachments, long acceptedComments, Feedback feedback) {

	/** A question numbered from 1; a comment names it by the number. */
	record Question(int no, String text) {
	}

	record Attachment(Long id, AttachmentRole role, String fileName, String contentType, long sizeBytes) {
	}

	/** The list entry. */
	record Summary(Long id, String title, String department, String departmentName, ConsultationKind kind,
			ConsultationStatus status, LocalDate opensOn, LocalDate closesOn, long acceptedComments) {
	}

	/** A comment as the public sees it (accepted only; the author's name masked). */
	record PublicComment(Long id, Integer questionNo, String author, String text, Instant submittedAt) {
	}

	/** A comment as its author and the staff see it, with its moderation. */
	record OwnComment(Long id, Long consultationId, Integer questionNo, String author, String text, CommentStatus status,
			RejectReason rejectReason, Instant submittedAt) {
	}

	/** The 意见采纳情况反馈; {@code feedbackItemId} the catalogue item it is published as, {@code finalItemId} the final document. */
	record Feedback(String summary, List<Group> groups, long adopted, long partlyAdopted, long notAdopted,
			Long feedbackItemId, Long finalItemId, Instant concludedAt) {
	}

	record Group(int seqNo, String summary, AdoptionOutcome outcome, String reason, List<Long> commentIds) {
	}

	/** What POST …/comments answers: the comment is saved and waits for moderation. */
	record CommentReceived(Long id, CommentStatus status) {
	}
}
