/**
 * The durable outbox: work for another system (the search index, the mail server) written as a row in
 * the same transaction as the change it reports, and delivered by a relay on every node once that
 * transaction has committed. Nothing is lost, and no user waits, when Elasticsearch or the SMTP server
 * is down. Each topic keeps its own table (its payload, and what a delivered row becomes) and plugs a
 * handler into the one {@link org.gongkai.workflow.outbox.OutboxRelay}.
 */
package org.gongkai.workflow.outbox;
