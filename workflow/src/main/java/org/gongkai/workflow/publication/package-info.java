/**
 * Proactive disclosure (主动公开): catalogue items from draft to publication, their 索引号 and the
 * durable hand-over of published items to the search index.
 */
package org.gongkai.workflow.publication;
