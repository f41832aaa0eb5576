package org.gongkai.workflow.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an item from unit review to a higher level's adoption; each guards the item's state,
 * records its scoring facts with their evidence and appends to the item's log.
 */
@Service
public class ReportSteps {

	private final InformationReports reports;

	private final PeriodicalIssues issues;

	private final ReportAdoptions adoptions;

	private final ApplicationEventPublisher events;

	private final YearlySequences sequences;

	private final ReportLog log;

	private final RuntimeService runtime;

	private final ReportProperties properties;

	private final Clock clock;

	ReportSteps(InformationReports reports, PeriodicalIssues issues, ReportAdoptions adoptions, ApplicationEventPublisher events,
			YearlySequences sequences, ReportLog log, RuntimeService runtime, ReportProperties properties, Clock clock) {
		this.reports = reports;
		this.issues = issues;
		this.adoptions = adoptions;
		this.events = events;
		this.sequences = sequences;
		this.log = log;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
	}

	public InformationReport get(Long id) {
		return reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
	}

	/** The drafter (while drafting) or the office (while editing) revises the text. */
	@Transactional
	public void revise(Long id, ReportContent content, String actor) {
		get(id).revise(content, clock.instant());
		log.log(id, "REVISED", actor, null);
	}

	/** Sends the draft to unit review; answers the candidate groups of the review levels, in order. */
	@Transactional
	public List<String> submitForReview(Long id, String actor) {
		var report = get(id);
		report.toUnitReview(clock.instant());
		log.log(id, "SUBMITTED_FOR_REVIEW", actor, null);
		return properties.unitReviewLevels().stream().map(role -> role + ":" + report.getUnitCode()).toList();
	}

	@Transactional
	public void returnToDrafter(Long id, String actor, String comment) {
		get(id).returnToDrafter(comment, clock.instant());
		log.log(id, "RETURNED", actor, comment);
	}

	@Transactional
	public void submitToOffice(Long id, String actor) {
		get(id).submit(clock.instant());
		log.log(id, "SUBMITTED", actor, null);
	}

	@Transactional
	public void notAdopt(Long id, String actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidValue("comment", "information.notAdopted.reason");
		}
		get(id).notAdopt(reason.strip(), clock.instant());
		log.log(id, "NOT_ADOPTED", actor, reason.strip());
	}

	/**
	 * Adopts the item into an open issue of the publication, or into a new issue numbered next in
	 * the year; records the adoption fact with the issue as evidence.
	 */
	@Transactional
	public PeriodicalIssue adopt(Long id, String actor, Periodical publication, Long issueId) {
		var report = get(id);
		report.adopt(clock.instant());
		return carry(report, actor, publication, issueId);
	}

	/** Carries an adopted item in a further publication too; the points add up. */
	@Transactional
	public PeriodicalIssue alsoCarry(Long id, String actor, Periodical publication, Long issueId) {
		var report = get(id);
		if (!report.isAdopted()) {
			throw new ReportNotInExpectedState(id, report.getStatus(), "be carried in another publication");
		}
		return carry(report, actor, publication, issueId);
	}

	private PeriodicalIssue carry(InformationReport report, String actor, Periodical publication, Long issueId) {
		if (publication == null) {
			throw new InvalidValue("publication", "information.periodical.required");
		}
		var issue = issueId == null ? openIssue(publication, actor) : issues.findById(issueId)
			.filter(found -> found.getPublication() == publication && found.getPublishedOn() == null)
			.orElseThrow(() -> new InvalidValue("issueId", "information.issue.unavailable"));
		if (adoptions.existsByReportIdAndIssueId(report.getId(), issue.getId())) {
			throw new InvalidValue("issueId", "information.issue.alreadyCarried");
		}
		adoptions.save(new ReportAdoption(report.getId(), issue.getId(), today(), actor));
		events.publishEvent(new ReportScored(ReportScored.Kind.ADOPTED, Level.CITY, publication.name(), today(),
				report.getId(), issue.getId(), evidence(issue.label(), report.getTitle()), actor, clock.instant()));
		log.log(report.getId(), "ADOPTED", actor, issue.label());
		return issue;
	}

	/** Opens the next issue of a publication in the current year; the number is unique on every node. */
	@Transactional
	public PeriodicalIssue openIssue(Periodical publication, String actor) {
		int year = today().getYear();
		int number = sequences.next("issue-" + publication.name(), year);
		return issues.save(new PeriodicalIssue(publication, year, number, actor, clock.instant()));
	}

	@Transactional
	public void publishIssue(Long issueId, LocalDate on) {
		issues.findById(issueId).orElseThrow(() -> new InvalidValue("issueId", "information.issue.unknown")).publish(on);
	}

	/**
	 * Merges submitted items of several units into one joint item (合报) that the office edits next;
	 * the merged items' processes end, the joint item's starts at the office's edit.
	 */
	@Transactional
	public InformationReport merge(Long id, List<Long> others, String jointTitle, String actor) {
		var ids = new LinkedHashSet<Long>();
		ids.add(id);
		ids.addAll(others);
		if (ids.size() < 2) {
			throw new InvalidValue("mergeWith", "information.merge.tooFew");
		}
		var parts = reports.findByIdIn(ids);
		if (parts.size() != ids.size()) {
			throw new InvalidValue("mergeWith", "information.merge.unknown");
		}
		parts.sort(Comparator.comparing(InformationReport::getId));
		var units = new LinkedHashSet<String>();
		parts.forEach(part -> units.addAll(part.getUnits()));
		var first = parts.get(0);
		var title = jointTitle == null || jointTitle.isBlank() ? first.getTitle() : jointTitle.strip();
		var body = parts.stream().map(InformationReport::getBody).collect(Collectors.joining("\n\n"));
		var authors = parts.stream().map(InformationReport::getAuthor).distinct().collect(Collectors.joining("、"));
		var urgency = parts.stream().map(InformationReport::getUrgency).max(Comparator.naturalOrder()).orElseThrow();
		var content = new ReportContent(title, body, first.getCategory(), truncate(authors, 100), first.getPhone(),
				urgency);
		var joint = reports.save(InformationReport.joint(content, properties.officeUnit(), units, actor, clock.instant()));
		for (var part : parts) {
			part.mergeInto(joint.getId(), clock.instant());
			log.log(part.getId(), "MERGED", actor, "并入合报 #" + joint.getId());
		}
		log.log(joint.getId(), "JOINT_CREATED", actor,
				"合报：" + parts.stream().map(p -> "#" + p.getId()).collect(Collectors.joining("、")));
		for (var other : ids) {
			if (!other.equals(id)) {
				runtime.createMessageCorrelation(InformationReportProcess.MESSAGE_MERGED)
					.processInstanceBusinessKey(String.valueOf(other))
					.correlate();
			}
		}
		var process = runtime.createProcessInstanceByKey(InformationReportProcess.KEY)
			.businessKey(String.valueOf(joint.getId()))
			.setVariables(Map.of(InformationReportProcess.REPORT_ID, joint.getId(), InformationReportProcess.UNIT_CODE,
					properties.officeUnit(), InformationReportProcess.AUTHOR, actor))
			.startBeforeActivity(InformationReportProcess.TASK_EDIT)
			.execute();
		joint.attachProcess(process.getId());
		return joint;
	}

	@Transactional
	public void forward(Long id, String actor) {
		var report = get(id);
		report.forwardUp(clock.instant());
		events.publishEvent(new ReportScored(ReportScored.Kind.FORWARDED, Level.PROVINCE, null, today(), id, null,
				evidence("报送上级", report.getTitle()), actor, clock.instant()));
		log.log(id, "FORWARDED", actor, null);
	}

	/** Records a higher level's decision on a forwarded item; an adoption scores by level and channel. */
	@Transactional
	public void upperOutcome(Long id, String actor, boolean adopted, Level level, String channel) {
		var report = get(id);
		if (adopted && (level == null || level == Level.CITY || channel == null || channel.isBlank())) {
			throw new InvalidValue("upperLevel", "information.upperOutcome.required");
		}
		report.upperOutcome(adopted, clock.instant());
		if (adopted) {
			var label = (level == Level.STATE ? "国办" : "省级") + "采用（" + channel.strip() + "）";
			events.publishEvent(new ReportScored(ReportScored.Kind.UPPER_ADOPTED, level, channel.strip(), today(), id,
					null, evidence(label, report.getTitle()), actor, clock.instant()));
			log.log(id, "UPPER_ADOPTED", actor, label);
		}
		else {
			log.log(id, "UPPER_NOT_ADOPTED", actor, null);
		}
	}

	/** The item's adoptions with their issues, for its page. */
	public List<Map.Entry<ReportAdoption, PeriodicalIssue>> adoptionsOf(Long id) {
		var list = adoptions.findByReportIdOrderByIdAsc(id);
		var byId = issues.findAllById(list.stream().map(ReportAdoption::getIssueId).toList())
			.stream()
			.collect(Collectors.toMap(PeriodicalIssue::getId, issue -> issue));
		var result = new ArrayList<Map.Entry<ReportAdoption, PeriodicalIssue>>();
		list.forEach(a -> result.add(Map.entry(a, byId.get(a.getIssueId()))));
		return result;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	/** {@code what：title}, cut to the 500 characters of a fact's evidence. */
	public static String evidence(String what, String title) {
		return truncate(what + "：" + title, 500);
	}

	/** The text, cut to {@code max} characters with an ellipsis. */
	public static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
