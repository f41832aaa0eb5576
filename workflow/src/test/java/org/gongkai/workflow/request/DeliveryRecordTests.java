package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How the reply letter reached the applicant. */
class DeliveryRecordTests {

	@Test
	void aDeliveryIsRecordedOnceItHasADay() {
		assertThat(new DeliveryRecord().isRecorded()).isFalse();
		var posted = new DeliveryRecord(ReplyDelivery.POST, "EMS1234567890", LocalDate.of(2026, 4, 2));
		assertThat(posted.isRecorded()).isTrue();
		assertThat(posted.getMethod()).isEqualTo(ReplyDelivery.POST);
		assertThat(posted.getTrackingNo()).isEqualTo("EMS1234567890");
		assertThat(posted.getDeliveredOn()).isEqualTo(LocalDate.of(2026, 4, 2));
	}
}
