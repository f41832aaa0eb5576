package org.gongkai.portal.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.gongkai.portal.notification.MailOutbox;
import org.gongkai.workflow.outbox.Outbox;
import org.gongkai.workflow.publication.SearchOutbox;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.statistics.OperationalFigures;

/**
 * The business gauges at {@code /actuator/prometheus}: open requests per status and those overdue now,
 * each outbox's backlog and the age of its oldest pending entry (mail and search), the engine's due and
 * failed jobs and its open incidents. They are read together, at most once per {@link #MAX_AGE}, so that
 * several scrapers (or a scrape of every gauge) cost the database a handful of queries, not one per gauge.
 * A failed read keeps the previous figures (or reports NaN if there are none yet) and counts the failure,
 * so a database outage shows as a rising {@code gongkai_metrics_read_failures_total}, not as an error page.
 */
@Component
class BusinessMetrics implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

	/** How long one read of the figures serves every gauge. */
	static final Duration MAX_AGE = Duration.ofSeconds(15);

	private final OperationalFigures figures;

	private final MailOutbox mailOutbox;

	private final SearchOutbox searchOutbox;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final Clock clock;

	private volatile Snapshot snapshot;

	private Counter readFailures;

	BusinessMetrics(OperationalFigures figures, MailOutbox mailOutbox, SearchOutbox searchOutbox,
			ManagementService management, RuntimeService runtime, Clock clock) {
		this.figures = figures;
		this.mailOutbox = mailOutbox;
		this.searchOutbox = searchOutbox;
		this.management = management;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.readFailures = Counter.builder("gongkai.metrics.read.failures")
			.description("Reads of the business figures that failed (the previous figures were kept)")
			.register(registry);
		for (var status : RequestStatus.values()) {
			if (status.isOpen()) {
				gauge(registry, "gongkai.requests.open", "Open disclosure requests by status",
						s -> s.openRequests().getOrDefault(status, 0L), "status", status.name());
			}
		}
		gauge(registry, "gongkai.requests.overdue", "Requests whose reply clock runs and whose reply is overdue today",
				Snapshot::overdueRequests);
		gauge(registry, "gongkai.outbox.backlog", "Outbox entries not yet delivered", Snapshot::mailBacklog, "topic",
				"mail");
		gauge(registry, "gongkai.outbox.backlog", "Outbox entries not yet delivered", Snapshot::searchBacklog, "topic",
				"search");
		gauge(registry, "gongkai.outbox.oldest.age.seconds", "Age of the oldest entry not yet delivered",
				Snapshot::mailOldestAgeSeconds, "topic", "mail");
		gauge(registry, "gongkai.outbox.oldest.age.seconds", "Age of the oldest entry not yet delivered",
				Snapshot::searchOldestAgeSeconds, "topic", "search");
		gauge(registry, "gongkai.jobs.due", "Engine jobs due now and not yet executed", Snapshot::jobsDue);
		gauge(registry, "gongkai.jobs.failed", "Engine jobs whose retries are used up", Snapshot::jobsFailed);
		gauge(registry, "gongkai.incidents", "Open engine incidents", Snapshot::incidents);
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
			String... tags) {
		Gauge.builder(name, this, metrics -> {
			var current = metrics.current();
			// never read (the database was down since start-up): unknown, not zero
			return current.read() ? value.applyAsDouble(current) : Double.NaN;
		})
			.description(description)
			.tags(tags)
			.register(registry);
	}

	/** Drops the figures read, so that the next scrape reads them again. */
	void forget() {
		snapshot = null;
	}

	/** The figures, read again when older than {@link #MAX_AGE}. */
	Snapshot current() {
		var now = clock.instant();
		var current = snapshot;
		if (current != null && current.readAt().plus(MAX_AGE).isAfter(now)) {
			return current;
		}
		synchronized (this) {
			current = snapshot;
			if (current != null && current.readAt().plus(MAX_AGE).isAfter(now)) {
				return current;
			}
			try {
				snapshot = read(now);
			}
			catch (RuntimeException e) {
				log.warn("Business metrics not read: {}", e.toString());
				if (readFailures != null) {
					readFailures.increment();
				}
				snapshot = current == null ? Snapshot.empty(now) : current.retriedAt(now);
			}
			return snapshot;
		}
	}

	private Snapshot read(Instant now) {
		return new Snapshot(now, true, figures.openRequests(), figures.overdueRequests(), mailOutbox.countByDeliveredAtIsNull(),
				searchOutbox.countByDeliveredAtIsNull(), ageSeconds(mailOutbox, now), ageSeconds(searchOutbox, now),
				management.createJobQuery().executable().count(), management.createJobQuery().noRetriesLeft().count(),
				runtime.createIncidentQuery().count());
	}

	private static double ageSeconds(Outbox<?> outbox, Instant now) {
		var oldest = outbox.oldestPendingCreatedAt();
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
	}

	/** One read of every figure. */
	record Snapshot(Instant readAt, boolean read, Map<RequestStatus, Long> openRequests, long overdueRequests, long mailBacklog,
			long searchBacklog, double mailOldestAgeSeconds, double searchOldestAgeSeconds, long jobsDue,
			long jobsFailed, long incidents) {

		static Snapshot empty(Instant now) {
			return new Snapshot(now, false, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0);
		}

		/** The same figures, not read again before another {@link #MAX_AGE} has passed. */
		Snapshot retriedAt(Instant now) {
			return new Snapshot(now, read, openRequests, overdueRequests, mailBacklog, searchBacklog, mailOldestAgeSeconds,
					searchOldestAgeSeconds, jobsDue, jobsFailed, incidents);
		}
	}
}
