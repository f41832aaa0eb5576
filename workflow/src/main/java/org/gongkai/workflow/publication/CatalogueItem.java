package org.gongkai.workflow.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.request.WithholdingReason;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One entry of the government information disclosure catalogue; guards its own status transitions.
 * The 索引号 is set once, at publication, and never changes.
 */
@Entity
public class CatalogueItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private String title;

	private String summary;

	private String body;

	private String issuer;

	private String departmentCode;

	private LocalDate writtenDate;

	private Instant publishedAt;

	private String docNumber;

	private String columnCode;

	private String topic;

	private String genre;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	private String indexNo;

	private String processInstanceId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private String keywords;

	@Enumerated(EnumType.STRING)
	private DisclosureClass disclosureClass;

	@Enumerated(EnumType.STRING)
	private WithholdingReason withholdingReason;

	private LocalDate reviewOn;

	private LocalDate effectiveOn;

	private LocalDate repealedOn;

	private Long interpretsItemId;

	private LocalDate publishDueOn;

	private boolean publishDueProvisional;

	private int revision;

	private String withdrawnReason;

	private Instant withdrawnAt;

	private Long sourceRequestId;

	protected CatalogueItem() {
	}

	CatalogueItem(ItemContent content, String departmentCode, String createdBy, Instant now) {
		this.status = ItemStatus.DRAFT;
		this.validity = Validity.VALID;
		this.departmentCode = departmentCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.revision = 1;
		apply(content, now);
	}

	/** A draft prefilled from a disclosed reply (依申请转主动, art. 44). */
	CatalogueItem(ItemContent content, String departmentCode, String createdBy, Instant now, Long sourceRequestId) {
		this(content, departmentCode, createdBy, now);
		this.sourceRequestId = sourceRequestId;
	}

	/** The author edits a draft or a returned item; nothing else may be edited in place. */
	void edit(ItemContent content, Instant now) {
		if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
			throw new ItemNotInExpectedState(id, status, "edited");
		}
		apply(content, now);
	}

	/** The art. 26 deadline: published within N working days of the information being formed. */
	void publishBy(Deadline deadline) {
		this.publishDueOn = deadline.due();
		this.publishDueProvisional = deadline.provisional();
	}

	/** An approved correction: the content is replaced, the 索引号 stays, the revision counts up. */
	void correct(ItemContent content, Instant now) {
		requirePublished("corrected");
		revision++;
		apply(content, now);
	}

	/** 失效 or 废止: the item stays public and findable, labelled with its validity. */
	void changeValidity(Validity newValidity, LocalDate on, Instant now) {
		requirePublished("marked " + newValidity);
		this.validity = newValidity;
		if (newValidity == Validity.REPEALED) {
			this.repealedOn = on;
		}
		this.updatedAt = now;
	}

	/** Withdrawn from the public catalogue, with the reason kept. */
	void withdraw(String reason, Instant now) {
		requirePublished("withdrawn");
		this.status = ItemStatus.WITHDRAWN;
		this.withdrawnReason = reason;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	private void requirePublished(String transition) {
		if (status != ItemStatus.PUBLISHED) {
			throw new ItemNotInExpectedState(id, status, transition);
		}
	}

	void apply(ItemContent content, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.issuer = content.issuer();
		this.writtenDate = content.writtenDate();
		this.docNumber = content.docNumber();
		this.columnCode = content.columnCode();
		this.topic = content.topic();
		this.genre = content.genre();
		this.keywords = content.keywords();
		this.disclosureClass = content.disclosureClass();
		this.withholdingReason = content.withholdingReason();
		this.reviewOn = content.reviewOn();
		this.effectiveOn = content.effectiveOn();
		this.interpretsItemId = content.interpretsItemId();
		this.updatedAt = now;
	}

	/** The item's content as a form shows it, e.g. to start a correction from. */
	public ItemContent content() {
		return new ItemContent(title, summary, body, issuer, writtenDate, docNumber, columnCode, topic, genre, keywords,
				disclosureClass, withholdingReason, reviewOn, effectiveOn, interpretsItemId);
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void submit(Instant now) {
		if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
			throw new ItemNotInExpectedState(id, status, "submitted");
		}
		status = ItemStatus.IN_REVIEW;
		updatedAt = now;
	}

	void returnForRevision(Instant now) {
		if (status != ItemStatus.IN_REVIEW) {
			throw new ItemNotInExpectedState(id, status, "returned");
		}
		status = ItemStatus.RETURNED;
		updatedAt = now;
	}

	void publish(String allocatedIndexNo, Instant now) {
		if (status != ItemStatus.IN_REVIEW) {
			throw new ItemNotInExpectedState(id, status, "published");
		}
		status = ItemStatus.PUBLISHED;
		indexNo = allocatedIndexNo;
		publishedAt = now;
		updatedAt = now;
	}

	/** Published and proactively disclosed: what the public catalogue and its index show. */
	public boolean isPublic() {
		return status == ItemStatus.PUBLISHED && disclosureClass != DisclosureClass.WITHHELD
				&& disclosureClass != DisclosureClass.ON_REQUEST;
	}

	/** Whether the art. 26 deadline passed before the item was published (or is still unpublished). */
	public boolean isPublishOverdue(LocalDate today) {
		if (publishDueOn == null) {
			return false;
		}
		var reference = publishedAt == null ? today : publishedAt.atZone(PublicationProperties.DEFAULT_ZONE).toLocalDate();
		return reference.isAfter(publishDueOn);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public ItemStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public LocalDate getWrittenDate() {
		return writtenDate;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public String getColumnCode() {
		return columnCode;
	}

	public String getTopic() {
		return topic;
	}

	public String getGenre() {
		return genre;
	}

	public Validity getValidity() {
		return validity;
	}

	public LocalDate getRepealedOn() {
		return repealedOn;
	}

	public String getIndexNo() {
		return indexNo;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getKeywords() {
		return keywords;
	}

	public DisclosureClass getDisclosureClass() {
		return disclosureClass;
	}

	public WithholdingReason getWithholdingReason() {
		return withholdingReason;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public Long getInterpretsItemId() {
		return interpretsItemId;
	}

	public LocalDate getPublishDueOn() {
		return publishDueOn;
	}

	public boolean isPublishDueProvisional() {
		return publishDueProvisional;
	}

	public int getRevision() {
		return revision;
	}

	public String getWithdrawnReason() {
		return withdrawnReason;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public Long getSourceRequestId() {
		return sourceRequestId;
	}
}
