package org.gongkai.workflow.request;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording how and when the reply reached the applicant (答复送达).
 */
@Service("recordDeliveryAction")
public class RecordDelivery {

	private final RequestStepSupport support;

	private final RequestProperties properties;

	RecordDelivery(RequestStepSupport support, RequestProperties properties) {
		this.support = support;
		this.properties = properties;
	}

	/**
	 * The clerk records how and when the reply letter reached the applicant: a letter by post needs
	 * its tracking number; the day is neither before the reply nor in the future.
	 */
	@Transactional
	public void recordDelivery(Long requestId, String actor, String delivery, String trackingNo, String deliveredOn) {
		ReplyDelivery method;
		try {
			method = ReplyDelivery.valueOf(delivery == null ? "" : delivery.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValue("replyDelivery", "request.delivery.method");
		}
		if (method == ReplyDelivery.POST && (trackingNo == null || trackingNo.isBlank())) {
			throw new InvalidValue("trackingNo", "request.delivery.trackingNo");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(deliveredOn == null ? "" : deliveredOn.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidValue("deliveredOn", "request.delivery.date");
		}
		var request = support.load(requestId);
		var replied = LocalDate.ofInstant(request.getRepliedAt(), properties.zone());
		if (day.isBefore(replied) || day.isAfter(support.today())) {
			throw new InvalidValue("deliveredOn", "request.delivery.window", replied);
		}
		var tracking = method == ReplyDelivery.POST ? trackingNo.strip() : null;
		request.recordDelivery(method, tracking, day, support.now());
		support.log(requestId, "DELIVERED", actor, method.label() + (tracking == null ? "" : " " + tracking) + " " + day);
	}

	/**
	 * 登记答复送达
	 *
	 * @param replyDelivery how the reply was delivered
	 * @param trackingNo the post's tracking number
	 * @param deliveredOn the day the reply reached the applicant
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "RecordDelivery", description = "登记答复送达")
	public record Command(ReplyDelivery replyDelivery, @Size(max = 100) String trackingNo,
			@DateTimeFormat(iso = ISO.DATE) LocalDate deliveredOn, @Size(max = 2000) String comment) implements TaskCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.REPLY_DELIVERY, replyDelivery)
				.text(DisclosureRequestProcess.TRACKING_NO, trackingNo)
				.value(DisclosureRequestProcess.DELIVERED_ON, deliveredOn)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
