package org.gongkai.workflow.emergency;

import java.time.Instant;

/**
 * What the unit states about an emergency event: 事件名称, 发生时间, 知悉时间 (optional; the clock starts
 * there), 事发地点, severity, 基本情况, and the contact who reports it (author + phone).
 */
public record EmergencyEventDetails(String name, Instant occurredAt, Instant learnedAt, String location,
		EmergencySeverity severity, String summary, String author, String phone) {
}
