package org.gongkai.workflow.request;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

import org.gongkai.workflow.InvalidValue;

/**
 * Information a reply provides (一并提供): an uploaded file, kept as PDF, or a catalogue item linked by its id
 * (not copied). Not to be confused with {@link RequestAttachment}, a file the applicant attached. A file given
 * with parts removed (区分处理, art. 37) keeps its original here, which is never served outside the case's staff.
 */
@Entity
public class ReplyFile {

	/** Where the information comes from. */
	public enum Kind {
		/** A file the handler uploaded. */
		UPLOAD,
		/** A published catalogue item, linked. */
		CATALOGUE_ITEM
	}

	/** Whether the applicant receives the file as it is or with parts removed. */
	public enum Disclosure {
		FULL, REDACTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	/** The file's name, or the item's title at link time. */
	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private Integer pageCount;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private Long itemId;

	private String itemIndexNo;

	@Enumerated(EnumType.STRING)
	private Disclosure disclosure;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] redactedContent;

	private Integer redactedPageCount;

	@Column(columnDefinition = "longtext")
	private String redactionMarks;

	private Instant redactedAt;

	private String redactedBy;

	private String secrecyApprovedBy;

	private Instant secrecyApprovedAt;

	private String addedBy;

	private Instant addedAt;

	protected ReplyFile() {
	}

	static ReplyFile upload(Long requestId, String fileName, byte[] pdf, int pages, String actor, Instant now) {
		var file = new ReplyFile(requestId, Kind.UPLOAD, fileName, actor, now);
		file.contentType = "application/pdf";
		file.content = pdf;
		file.sizeBytes = (long) pdf.length;
		file.pageCount = pages;
		return file;
	}

	static ReplyFile link(Long requestId, Long itemId, String indexNo, String title, String actor, Instant now) {
		var file = new ReplyFile(requestId, Kind.CATALOGUE_ITEM, title, actor, now);
		file.itemId = itemId;
		file.itemIndexNo = indexNo;
		return file;
	}

	private ReplyFile(Long requestId, Kind kind, String fileName, String actor, Instant now) {
		this.requestId = requestId;
		this.kind = kind;
		this.fileName = fileName;
		this.disclosure = Disclosure.FULL;
		this.addedBy = actor;
		this.addedAt = now;
	}

	/** The redacted PDF replaces the original for the applicant; the marks are kept to redo or review it. */
	void redact(byte[] pdf, int pages, String marksJson, String actor, Instant now) {
		if (kind != Kind.UPLOAD) {
			throw new InvalidValue("replyFile", "request.replyFiles.linkedNotRedactable");
		}
		this.disclosure = Disclosure.REDACTED;
		this.redactedContent = pdf;
		this.redactedPageCount = pages;
		this.redactionMarks = marksJson;
		this.redactedBy = actor;
		this.redactedAt = now;
		voidApproval();
	}

	void approveBySecrecy(String actor, Instant now) {
		this.secrecyApprovedBy = actor;
		this.secrecyApprovedAt = now;
	}

	void voidApproval() {
		this.secrecyApprovedBy = null;
		this.secrecyApprovedAt = null;
	}

	public boolean isUpload() {
		return kind == Kind.UPLOAD;
	}

	public boolean isRedacted() {
		return disclosure == Disclosure.REDACTED;
	}

	/** What the applicant receives: the redacted PDF if there is one, else the file as uploaded. */
	public byte[] getServedContent() {
		return isRedacted() ? redactedContent : content;
	}

	/** Pages of what the applicant receives. */
	public Integer getServedPageCount() {
		return isRedacted() ? redactedPageCount : pageCount;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public Long getSizeBytes() {
		return sizeBytes;
	}

	public Integer getPageCount() {
		return pageCount;
	}

	/** The original as uploaded: staff only. */
	public byte[] getContent() {
		return content;
	}

	public Long getItemId() {
		return itemId;
	}

	public String getItemIndexNo() {
		return itemIndexNo;
	}

	public Disclosure getDisclosure() {
		return disclosure;
	}

	public byte[] getRedactedContent() {
		return redactedContent;
	}

	public Integer getRedactedPageCount() {
		return redactedPageCount;
	}

	public String getRedactionMarks() {
		return redactionMarks;
	}

	public Instant getRedactedAt() {
		return redactedAt;
	}

	public String getRedactedBy() {
		return redactedBy;
	}

	public String getSecrecyApprovedBy() {
		return secrecyApprovedBy;
	}

	public Instant getSecrecyApprovedAt() {
		return secrecyApprovedAt;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
