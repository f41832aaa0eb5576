package org.gongkai.workflow.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.request.RequestStatus;

/**
 * The figures an operator watches now, not per year: open requests per status and the requests whose
 * reply is overdue today. Each is one query; the metrics endpoint reads them (at most once per scrape
 * interval, it caches them).
 */
@Service
public class OperationalFigures {

	/** The statuses in which a request's reply clock runs, so that it can be overdue (as on the dashboard). */
	private static final List<RequestStatus> CLOCK_RUNS = List.of(RequestStatus.RECEIVED, RequestStatus.HANDLING,
			RequestStatus.REVIEW);

	private final EntityManager entities;

	private final Clock clock;

	private final ZoneId zone;

	OperationalFigures(EntityManager entities, Clock clock, RequestProperties requestProperties) {
		this.entities = entities;
		this.clock = clock;
		this.zone = requestProperties.zone();
	}

	/** Every open status with its number of requests, zero included. */
	@Transactional(readOnly = true)
	public Map<RequestStatus, Long> openRequests() {
		var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
		for (var status : RequestStatus.values()) {
			if (status.isOpen()) {
				counts.put(status, 0L);
			}
		}
		entities.createQuery("select r.status, count(r) from DisclosureRequest r group by r.status", Object[].class)
			.getResultList()
			.forEach(row -> counts.computeIfPresent((RequestStatus) row[0], (status, zero) -> (Long) row[1]));
		return counts;
	}

	/** Requests whose reply clock runs and whose reply was due before today. */
	@Transactional(readOnly = true)
	public long overdueRequests() {
		return entities
			.createQuery("select count(r) from DisclosureRequest r where r.status in (:open) and r.replyPeriod.dueOn < :today",
					Long.class)
			.setParameter("open", CLOCK_RUNS)
			.setParameter("today", LocalDate.now(clock.withZone(zone)))
			.getSingleResult();
	}
}
