package org.gongkai.portal.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All subscriptions. */
public interface Subscriptions extends JpaRepository<Subscription, Long> {

	Optional<Subscription> findByConfirmTokenHash(String hash);

	Optional<Subscription> findByUnsubscribeTokenHash(String hash);

	/** A signed-in citizen's pending and confirmed subscriptions, newest first. */
	List<Subscription> findByAccountAndStatusInOrderByCreatedAtDesc(String account,
			Collection<SubscriptionStatus> statuses);

	List<Subscription> findByEmailHashAndKindAndTargetAndStatusIn(String emailHash, SubscriptionKind kind,
			String target, Collection<SubscriptionStatus> statuses);

	/** How many subscriptions were asked for an address since a moment: a cap on confirmation mails. */
	long countByEmailHashAndCreatedAtAfter(String emailHash, Instant since);

	@Query("select s.id from Subscription s where s.status = :status order by s.id")
	List<Long> idsByStatus(SubscriptionStatus status);

	/** Pending subscriptions never confirmed in time expire, and their addresses are erased. */
	@Modifying
	@Query("""
			update Subscription s set s.status = org.gongkai.portal.subscription.SubscriptionStatus.EXPIRED,
			s.email = null, s.emailHash = null, s.unsubscribeToken = null, s.confirmTokenHash = null, s.endedAt = :now
			where s.status = org.gongkai.portal.subscription.SubscriptionStatus.PENDING and s.createdAt < :createdBefore""")
	int expirePending(Instant createdBefore, Instant now);
}
