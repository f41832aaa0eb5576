package org.gongkai.portal.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable queue of e-mails to applicants. The relay's updates are single statements, each its own
 * transaction, and guarded by their {@code where} clause, so several portal nodes can share the queue.
 */
public interface MailOutbox extends JpaRepository<MailOutboxEntry, Long> {

	/** Pending mails whose next attempt is due and that no node holds, oldest first. */
	@Query("""
			select e from MailOutboxEntry e
			where e.sentAt is null and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)
			order by e.nextAttemptAt, e.id""")
	List<MailOutboxEntry> findDue(Instant now, Pageable page);

	/**
	 * Takes the mail for this node until {@code until}; returns 0 when another node holds it or has
	 * sent it meanwhile. Optimistic: whichever update the database applies first wins.
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update MailOutboxEntry e set e.claimedUntil = :until
			where e.id = :id and e.sentAt is null and (e.claimedUntil is null or e.claimedUntil < :now)""")
	int claim(Long id, Instant now, Instant until);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update MailOutboxEntry e
			set e.sentAt = :now, e.attempts = e.attempts + 1, e.claimedUntil = null, e.lastError = null
			where e.id = :id""")
	int markSent(Long id, Instant now);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update MailOutboxEntry e
			set e.attempts = e.attempts + 1, e.nextAttemptAt = :nextAttemptAt, e.lastError = :error, e.claimedUntil = null
			where e.id = :id""")
	int markFailed(Long id, Instant nextAttemptAt, String error);

	long countBySentAtIsNull();

	List<MailOutboxEntry> findByRequestIdOrderByIdAsc(Long requestId);
}
