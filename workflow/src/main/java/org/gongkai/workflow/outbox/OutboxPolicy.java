package org.gongkai.workflow.outbox;

import java.time.Duration;

/**
 * How a topic's relay works through its outbox.
 *
 * @param topic the topic's name in the log and the relay thread ({@code search}, {@code mail})
 * @param batch how many due entries one query reads
 * @param chunk how many entries are claimed and handed to the handler at once: one mail at a time (its
 *        claim must outlast only one SMTP conversation), the index's entries in one {@code _bulk} request
 * @param claimTimeout how long a node holds a claimed entry; after that another node may take it over
 *        (the first is presumed dead), so it must exceed the time one chunk takes to deliver
 * @param backOff the pause after an entry was refused
 * @param outageDelay the pause after the other system was unreachable (zero: the next pass)
 * @param keepDelivered whether a delivered row stays, with its delivery time, as the record of what was
 *        sent (mail), or is deleted (search)
 */
public record OutboxPolicy(String topic, int batch, int chunk, Duration claimTimeout, OutboxBackOff backOff,
		Duration outageDelay, boolean keepDelivered) {
}
