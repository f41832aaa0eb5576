package org.gongkai.portal.subscription;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The digests queued so far. */
interface SubscriptionDigests extends JpaRepository<SubscriptionDigest, Long> {

	boolean existsBySubscriptionIdAndDigestOn(Long subscriptionId, LocalDate digestOn);

	List<SubscriptionDigest> findBySubscriptionIdOrderByDigestOnAsc(Long subscriptionId);
}
