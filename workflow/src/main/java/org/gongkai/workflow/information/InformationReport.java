package org.gongkai.workflow.information;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A 政务信息 item: one matter a unit reports upward; guards its own transitions (SPEC §5). */
@Entity
public class InformationReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private String title;

	private String body;

	private String category;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private String author;

	private String phone;

	private String unitCode;

	private boolean joint;

	private Long mergedIntoId;

	private String decisionNote;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant decidedAt;

	private String processInstanceId;

	/** The units the item counts for; a joint item (合报) splits its points equally among them. */
	@ElementCollection
	@CollectionTable(name = "information_report_unit", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "unit_code")
	private Set<String> units = new LinkedHashSet<>();

	protected InformationReport() {
	}

	public InformationReport(ReportContent content, String unitCode, String createdBy, Instant now) {
		this.status = ReportStatus.DRAFTING;
		this.unitCode = unitCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.units.add(unitCode);
		apply(content, now);
	}

	/** A joint item (合报) written by the office from several units' items. */
	static InformationReport joint(ReportContent content, String officeUnit, Set<String> units, String editor,
			Instant now) {
		var report = new InformationReport(content, officeUnit, editor, now);
		report.joint = true;
		report.status = ReportStatus.SUBMITTED;
		report.submittedAt = now;
		report.units = new LinkedHashSet<>(units);
		return report;
	}

	void revise(ReportContent content, Instant now) {
		expect(ReportStatus.DRAFTING, ReportStatus.SUBMITTED, "be revised");
		apply(content, now);
	}

	void toUnitReview(Instant now) {
		expect(ReportStatus.DRAFTING, null, "go to unit review");
		move(ReportStatus.UNIT_REVIEW, now);
	}

	void returnToDrafter(String note, Instant now) {
		expect(ReportStatus.UNIT_REVIEW, ReportStatus.SUBMITTED, "be returned");
		this.decisionNote = note;
		move(ReportStatus.DRAFTING, now);
	}

	void submit(Instant now) {
		expect(ReportStatus.UNIT_REVIEW, null, "be submitted");
		this.submittedAt = now;
		move(ReportStatus.SUBMITTED, now);
	}

	void notAdopt(String reason, Instant now) {
		expect(ReportStatus.SUBMITTED, null, "be declined");
		this.decisionNote = reason;
		this.decidedAt = now;
		move(ReportStatus.NOT_ADOPTED, now);
	}

	void adopt(Instant now) {
		expect(ReportStatus.SUBMITTED, null, "be adopted");
		this.decidedAt = now;
		move(ReportStatus.ADOPTED, now);
	}

	void mergeInto(Long jointId, Instant now) {
		expect(ReportStatus.SUBMITTED, null, "be merged");
		this.mergedIntoId = jointId;
		this.decidedAt = now;
		move(ReportStatus.MERGED, now);
	}

	void forwardUp(Instant now) {
		expect(ReportStatus.ADOPTED, null, "be forwarded");
		move(ReportStatus.FORWARDED_UP, now);
	}

	void upperOutcome(boolean adopted, Instant now) {
		expect(ReportStatus.FORWARDED_UP, ReportStatus.UPPER_ADOPTED, "record a higher level's outcome");
		move(adopted ? ReportStatus.UPPER_ADOPTED : ReportStatus.UPPER_NOT_ADOPTED, now);
	}

	/** Whether the office has adopted the item (also after forwarding it). */
	public boolean isAdopted() {
		return status == ReportStatus.ADOPTED || status == ReportStatus.FORWARDED_UP
				|| status == ReportStatus.UPPER_ADOPTED || status == ReportStatus.UPPER_NOT_ADOPTED;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	private void apply(ReportContent content, Instant now) {
		this.title = content.title().strip();
		this.body = content.body().strip();
		this.category = content.category() == null || content.category().isBlank() ? null : content.category().strip();
		this.author = content.author().strip();
		this.phone = content.phone().strip();
		this.urgency = content.urgency();
		this.updatedAt = now;
	}

	private void move(ReportStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	private void expect(ReportStatus one, ReportStatus other, String step) {
		if (status != one && status != other) {
			throw new ReportNotInExpectedState(id, status, step);
		}
	}

	public ReportContent content() {
		return new ReportContent(title, body, category, author, phone, urgency);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getCategory() {
		return category;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public String getAuthor() {
		return author;
	}

	public String getPhone() {
		return phone;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public boolean isJoint() {
		return joint;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public String getDecisionNote() {
		return decisionNote;
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

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Set<String> getUnits() {
		return Set.copyOf(units);
	}
}
