package org.gongkai.workflow.publication;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The durable queue of index changes not yet applied to Elasticsearch. */
public interface SearchOutbox extends JpaRepository<SearchOutboxEntry, Long> {

	List<SearchOutboxEntry> findByNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Pageable page);
}
