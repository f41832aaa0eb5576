package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consulting a third party (art. 32) or another agency while the reply clock stops (decision {@code CONSULT}).
 */
@Service("consultAction")
public class Consult {

	private final RequestStepSupport support;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	Consult(RequestStepSupport support, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/**
	 * Arts. 32–34: a consultation goes out and the reply clock stops from today. A third party gets a
	 * numbered 第三方意见征询函 naming the information that concerns it; another agency (art. 34) a
	 * numbered 征求意见书 about the jointly made information (the request's title unless named). Without a
	 * consulted party the consultation is only logged.
	 *
	 * @param kind {@code THIRD_PARTY}, {@code AGENCY} or null
	 */
	@Transactional
	public Map<String, Object> startConsultation(Long requestId, String actor, String note, String kind,
			String consultedParty, String informationConcerned) {
		boolean thirdParty = "THIRD_PARTY".equals(kind);
		if (kind != null && !thirdParty && !"AGENCY".equals(kind)) {
			throw new InvalidValue("consultationKind", "request.consultation.kind");
		}
		if (kind != null && (consultedParty == null || consultedParty.isBlank())) {
			throw new InvalidValue("consultedParty", "request.consultation.party");
		}
		if (thirdParty && (informationConcerned == null || informationConcerned.isBlank())) {
			throw new InvalidValue("consultedInformation", "request.consultation.information");
		}
		var request = support.load(requestId);
		if (thirdParty && request.isCorrection()) {
			throw new InvalidValue("consultationKind", "request.consultation.correction");
		}
		var today = support.today();
		request.startConsultation(today, support.now());
		var due = calendar.addWorkingDays(today, properties.consultationWorkingDays()).due();
		if (thirdParty) {
			notices.save(RequestNotice.consultation(requestId, support.noticeNo(NoticeKind.CONSULTATION), today, actor,
					consultedParty.strip(), informationConcerned.strip(), due));
		}
		else if (kind != null) {
			var matter = informationConcerned == null || informationConcerned.isBlank() ? request.getTitle()
					: informationConcerned.strip();
			notices.save(RequestNotice.agencyConsultation(requestId, support.noticeNo(NoticeKind.AGENCY_CONSULTATION), today,
					actor, consultedParty.strip(), matter, due));
		}
		support.log(requestId, "CONSULTATION_STARTED", actor, note);
		return Map.of(DisclosureRequestProcess.CONSULTATION_DUE_AT, support.startOf(due.plusDays(1)));
	}

	/**
	 * 征求第三方或其他机关意见（暂停计时）
	 *
	 * @param consultationKind whom to consult
	 * @param consultedParty the third party or agency consulted
	 * @param consultedInformation the information that concerns the third party
	 * @param comment the note logged with the consultation
	 */
	@Schema(name = "Consult", description = "征求第三方或其他机关意见（暂停计时）")
	public record Command(Kind consultationKind, @Size(max = 200) String consultedParty, @Size(max = 1000) String consultedInformation,
			@Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "CONSULT")
				.value(DisclosureRequestProcess.CONSULTATION_KIND, consultationKind)
				.text(DisclosureRequestProcess.CONSULTED_PARTY, consultedParty)
				.text(DisclosureRequestProcess.CONSULTED_INFORMATION, consultedInformation)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}

	/** Whom a consultation asks: a third party (第三方, art. 32) or another agency. */
	public enum Kind {
		THIRD_PARTY, AGENCY
	}
}
