package org.gongkai.workflow.publication;

import org.gongkai.workflow.outbox.Outbox;

/** The durable queue of index changes not yet applied to Elasticsearch: the outbox's {@code search} topic. */
public interface SearchOutbox extends Outbox<SearchOutboxEntry> {
}
