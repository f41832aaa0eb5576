package org.gongkai.workflow.letter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A letter to an agency or a leader's mailbox (政民互动): what the citizen wrote, where it is ({@link LetterStatus}),
 * the department's reply, the redacted version the public may see ({@code published}), and the writer's one
 * rating with the 整改 and 回访 a poor one opens. Guards its own transitions.
 */
@Entity
@Table(name = "public_letter")
public class PublicLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String letterNo;

	private String writerUserId;

	private String writerName;

	private String contactEmail;

	private String contactPhone;

	@Enumerated(EnumType.STRING)
	private LetterMailbox mailbox;

	private String addresseeCode;

	private String subject;

	@Column(name = "body_text")
	private String text;

	private boolean publishable;

	@Enumerated(EnumType.STRING)
	private LetterStatus status;

	private Instant submittedAt;

	private LocalDate registerDueOn;

	private Instant registeredAt;

	private String registeredBy;

	private String departmentCode;

	@Enumerated(EnumType.STRING)
	private DeclineReason declineReason;

	private String declineNote;

	private LocalDate replyDueOn;

	private boolean extended;

	private String extensionReason;

	private String replyText;

	private String repliedBy;

	private Instant repliedAt;

	private LocalDate repliedOn;

	private boolean published;

	private Instant publishedAt;

	private String publicWriterName;

	private String publicSubject;

	private String publicText;

	private String publicReply;

	@Enumerated(EnumType.STRING)
	@Column(name = "rating_level")
	private LetterRating rating;

	private String ratingComment;

	private Instant ratedAt;

	private LocalDate rectifyDueOn;

	private String rectificationText;

	private Instant rectifiedAt;

	private String callbackNote;

	private Instant callbackAt;

	private String processInstanceId;

	protected PublicLetter() {
	}

	PublicLetter(String letterNo, String writerUserId, LetterDetails details, Instant now, LocalDate registerDueOn) {
		this.letterNo = letterNo;
		this.writerUserId = writerUserId;
		this.writerName = details.writerName().strip();
		this.contactEmail = blank(details.email()) ? null : details.email().strip();
		this.contactPhone = blank(details.phone()) ? null : details.phone().strip();
		this.mailbox = details.mailbox();
		this.addresseeCode = details.addresseeCode();
		this.subject = details.subject().strip();
		this.text = details.text().strip();
		this.publishable = details.publishable();
		this.status = LetterStatus.SUBMITTED;
		this.submittedAt = now;
		this.registerDueOn = registerDueOn;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The office accepts the letter and forwards it to the department that answers it. */
	void forward(String departmentCode, String by, Instant now, LocalDate replyDueOn) {
		expect(LetterStatus.SUBMITTED, "fact.letter.wrongState");
		this.departmentCode = departmentCode;
		this.registeredBy = by;
		this.registeredAt = now;
		this.replyDueOn = replyDueOn;
		this.status = LetterStatus.FORWARDED;
	}

	/** The office declines the letter with its reason; the letter ends there. */
	void decline(DeclineReason reason, String note, String by, Instant now) {
		expect(LetterStatus.SUBMITTED, "fact.letter.wrongState");
		this.declineReason = reason;
		this.declineNote = note;
		this.registeredBy = by;
		this.registeredAt = now;
		this.status = LetterStatus.DECLINED;
	}

	/** The department asks for more time; only once per letter. */
	void requestExtension(String reason) {
		expect(LetterStatus.FORWARDED, "fact.letter.wrongState");
		if (extended) {
			throw new LetterNotInExpectedState(letterNo, status, "fact.letter.alreadyExtended");
		}
		this.extended = true;
		this.extensionReason = reason;
		this.status = LetterStatus.EXTENSION_REQUESTED;
	}

	/** The office head decided on the extension: the new due date if approved, else the old one stays. */
	void decideExtension(LocalDate newDueOn) {
		expect(LetterStatus.EXTENSION_REQUESTED, "fact.letter.wrongState");
		if (newDueOn != null) {
			this.replyDueOn = newDueOn;
		}
		this.status = LetterStatus.FORWARDED;
	}

	/** The department's clerk drafts the reply for the head's review. */
	void draftReply(String replyText, String by) {
		expect(LetterStatus.FORWARDED, "fact.letter.wrongState");
		this.replyText = replyText;
		this.repliedBy = by;
		this.status = LetterStatus.IN_REVIEW;
	}

	/** The head returns the draft; the clerk revises it. */
	void returnReply() {
		expect(LetterStatus.IN_REVIEW, "fact.letter.wrongState");
		this.status = LetterStatus.FORWARDED;
	}

	/** The head approves: the reply goes to the writer. */
	void issueReply(Instant now, LocalDate today) {
		expect(LetterStatus.IN_REVIEW, "fact.letter.wrongState");
		this.repliedAt = now;
		this.repliedOn = today;
		this.status = LetterStatus.REPLIED;
		this.publicReply = replyText;
	}

	/** The office publishes the redacted letter and reply: the public sees only these texts and the masked name. */
	void publish(String writerName, String subject, String text, String reply, Instant now) {
		if (!publishable || repliedAt == null) {
			throw new LetterNotInExpectedState(letterNo, status, "fact.letter.wrongState");
		}
		this.publicWriterName = writerName;
		this.publicSubject = subject;
		this.publicText = text;
		this.publicReply = reply;
		this.published = true;
		this.publishedAt = now;
	}

	/** The writer rates the reply, once; a poor rating opens a 整改 due on {@code rectifyDueOn}. */
	void rate(LetterRating rating, String comment, Instant now, LocalDate rectifyDueOn) {
		if (this.rating != null) {
			throw new LetterNotInExpectedState(letterNo, status, "fact.letter.alreadyRated");
		}
		expect(LetterStatus.REPLIED, "fact.letter.notReplied");
		this.rating = rating;
		this.ratingComment = comment;
		this.ratedAt = now;
		if (rating.satisfied()) {
			this.status = LetterStatus.CLOSED;
		}
		else {
			this.rectifyDueOn = rectifyDueOn;
			this.status = LetterStatus.RECTIFYING;
		}
	}

	void rectify(String text, Instant now) {
		expect(LetterStatus.RECTIFYING, "fact.letter.wrongState");
		this.rectificationText = text;
		this.rectifiedAt = now;
		closeWhenFollowedUp();
	}

	void callback(String note, Instant now) {
		expect(LetterStatus.RECTIFYING, "fact.letter.wrongState");
		this.callbackNote = note;
		this.callbackAt = now;
		closeWhenFollowedUp();
	}

	private void closeWhenFollowedUp() {
		if (rectifiedAt != null && callbackAt != null) {
			status = LetterStatus.CLOSED;
		}
	}

	private void expect(LetterStatus expected, String messageKey) {
		if (status != expected) {
			throw new LetterNotInExpectedState(letterNo, status, messageKey);
		}
	}

	/** Replied no later than the due date (after an approved extension, the extended one). */
	public boolean isAnsweredOnTime() {
		return repliedOn != null && replyDueOn != null && !repliedOn.isAfter(replyDueOn);
	}

	/** The name shown to the public: the family name and one asterisk per other character (张**). */
	public static String mask(String name) {
		if (name == null || name.isBlank()) {
			return "*";
		}
		var stripped = name.strip();
		int first = stripped.offsetByCodePoints(0, 1);
		int rest = stripped.codePointCount(first, stripped.length());
		return stripped.substring(0, first) + "*".repeat(Math.max(1, rest));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public Long getId() {
		return id;
	}

	public String getLetterNo() {
		return letterNo;
	}

	public String getWriterUserId() {
		return writerUserId;
	}

	public String getWriterName() {
		return writerName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public LetterMailbox getMailbox() {
		return mailbox;
	}

	public String getAddresseeCode() {
		return addresseeCode;
	}

	public String getSubject() {
		return subject;
	}

	public String getText() {
		return text;
	}

	public boolean isPublishable() {
		return publishable;
	}

	public LetterStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public LocalDate getRegisterDueOn() {
		return registerDueOn;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public DeclineReason getDeclineReason() {
		return declineReason;
	}

	public String getDeclineNote() {
		return declineNote;
	}

	public LocalDate getReplyDueOn() {
		return replyDueOn;
	}

	public boolean isExtended() {
		return extended;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	public String getReplyText() {
		return replyText;
	}

	public String getRepliedBy() {
		return repliedBy;
	}

	public Instant getRepliedAt() {
		return repliedAt;
	}

	public LocalDate getRepliedOn() {
		return repliedOn;
	}

	public boolean isPublished() {
		return published;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublicWriterName() {
		return publicWriterName;
	}

	public String getPublicSubject() {
		return publicSubject;
	}

	public String getPublicText() {
		return publicText;
	}

	public String getPublicReply() {
		return publicReply;
	}

	public LetterRating getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public Instant getRatedAt() {
		return ratedAt;
	}

	public LocalDate getRectifyDueOn() {
		return rectifyDueOn;
	}

	public String getRectificationText() {
		return rectificationText;
	}

	public Instant getRectifiedAt() {
		return rectifiedAt;
	}

	public String getCallbackNote() {
		return callbackNote;
	}

	public Instant getCallbackAt() {
		return callbackAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
