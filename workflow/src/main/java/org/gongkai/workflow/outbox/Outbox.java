package org.gongkai.workflow.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.transaction.annotation.Transactional;

/**
 * One topic's outbox table. Entries are enqueued with {@code save} inside the caller's transaction; the
 * relay's updates are single statements, each its own transaction and guarded by its {@code where}
 * clause, so several portal nodes can share the table without locks held across a delivery. (An
 * optimistic claim, not {@code select … for update skip locked}: it works the same on H2 and MariaDB
 * and holds no row lock while the mail server or Elasticsearch is slow.)
 *
 * @param <E> the topic's entry
 */
@NoRepositoryBean
public interface Outbox<E extends OutboxEntry> extends JpaRepository<E, Long> {

	/** Pending entries whose next attempt is due and that no node holds, oldest due first. */
	@Query("""
			select e from #{#entityName} e
			where e.deliveredAt is null and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)
			order by e.nextAttemptAt, e.id""")
	List<E> findDue(Instant now, Pageable page);

	/**
	 * Takes the entry for this node until {@code until}; returns 0 when another node holds it or has
	 * delivered it meanwhile. Optimistic: whichever update the database applies first wins.
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update #{#entityName} e set e.claimedUntil = :until
			where e.id = :id and e.deliveredAt is null and (e.claimedUntil is null or e.claimedUntil < :now)""")
	int claim(Long id, Instant now, Instant until);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update #{#entityName} e
			set e.deliveredAt = :now, e.attempts = e.attempts + 1, e.claimedUntil = null, e.lastError = null
			where e.id = :id""")
	int markDelivered(Long id, Instant now);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update #{#entityName} e
			set e.attempts = e.attempts + 1, e.nextAttemptAt = :nextAttemptAt, e.lastError = :error, e.claimedUntil = null
			where e.id = :id""")
	int markFailed(Long id, Instant nextAttemptAt, String error);

	/** For topics that keep no record of what was delivered. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from #{#entityName} e where e.id = :id")
	int deleteDelivered(Long id);

	long countByDeliveredAtIsNull();

	/** When the oldest entry still pending was enqueued; null when none is pending. */
	@Query("select min(e.createdAt) from #{#entityName} e where e.deliveredAt is null")
	Instant oldestPendingCreatedAt();
}
