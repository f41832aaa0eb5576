package org.gongkai.workflow.information;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One numbered issue of a periodical (e.g. 《政务信息》2026年第12期); numbers run per year and periodical. */
@Entity
@Table(name = "publication_issue")
public class PeriodicalIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Periodical publication;

	private int issueYear;

	private int issueNo;

	private Instant openedAt;

	private String openedBy;

	private LocalDate publishedOn;

	protected PeriodicalIssue() {
	}

	PeriodicalIssue(Periodical publication, int issueYear, int issueNo, String openedBy, Instant openedAt) {
		this.publication = publication;
		this.issueYear = issueYear;
		this.issueNo = issueNo;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void publish(LocalDate on) {
		this.publishedOn = on;
	}

	/** e.g. 《政务信息》2026年第12期 */
	public String label() {
		return publication.title() + issueYear + "年第" + issueNo + "期";
	}

	public Long getId() {
		return id;
	}

	public Periodical getPublication() {
		return publication;
	}

	public int getIssueYear() {
		return issueYear;
	}

	public int getIssueNo() {
		return issueNo;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}
}
