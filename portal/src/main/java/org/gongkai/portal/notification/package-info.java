/**
 * E-mails to applicants at each step of their request they must know about, queued in a durable
 * outbox inside the step's transaction and sent by a relay once it has committed.
 */
package org.gongkai.portal.notification;
