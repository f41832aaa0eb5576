package org.gongkai.workflow.request;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How and on which day the reply letter reached the applicant (送达), with the post's tracking number for a
 * letter. Empty until recorded; the case is archived only once it is.
 */
@Embeddable
public class DeliveryRecord {

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_delivery")
	private ReplyDelivery method;

	@Column(name = "reply_tracking_no")
	private String trackingNo;

	@Column(name = "reply_delivered_on")
	private LocalDate deliveredOn;

	/** Not delivered yet. */
	DeliveryRecord() {
	}

	DeliveryRecord(ReplyDelivery method, String trackingNo, LocalDate deliveredOn) {
		this.method = method;
		this.trackingNo = trackingNo;
		this.deliveredOn = deliveredOn;
	}

	/** Whether the delivery was recorded. */
	public boolean isRecorded() {
		return deliveredOn != null;
	}

	public ReplyDelivery getMethod() {
		return method;
	}

	/** The post's tracking number, for a letter sent by post. */
	public String getTrackingNo() {
		return trackingNo;
	}

	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}
}
