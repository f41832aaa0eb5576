/**
 * The public catalogue (政府信息公开目录): search and detail pages, the catalogue API, and the relay
 * that applies the durable search outbox to Elasticsearch after commit.
 */
package org.gongkai.portal.catalogue;
