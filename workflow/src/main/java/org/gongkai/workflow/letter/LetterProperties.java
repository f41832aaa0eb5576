package org.gongkai.workflow.letter;

import java.time.ZoneId;

import org.gongkai.workflow.InvalidValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ The limits of 政民互动 ({@code gongkai.letters.*}), in working days of the agency's calendar; a limit left
 * out keeps its default.
 *
 * @param registerWorkingDays the office registers (forwards or declines) a letter within this many (2)
 * @param replyWorkingDays the department replies within this many of the forwarding (5)
 * @param extensionWorkingDays the one extension the office head may approve adds this many to the due date (5)
 * @param rectifyWorkingDays a 整改 after a poor rating is due within this many (15)
 * @param zone the agency's time zone, for "today" and the timers
 */
@ConfigurationProperties("gongkai.letters")
public record LetterProperties(Integer registerWorkingDays, Integer replyWorkingDays, Integer extensionWorkingDays,
		Integer rectifyWorkingDays, ZoneId zone) {

	public LetterProperties {
		registerWorkingDays = positive("registerWorkingDays", registerWorkingDays, 2);
		replyWorkingDays = positive("replyWorkingDays", replyWorkingDays, 5);
		extensionWorkingDays = positive("extensionWorkingDays", extensionWorkingDays, 5);
		rectifyWorkingDays = positive("rectifyWorkingDays", rectifyWorkingDays, 15);
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
	}

	private static Integer positive(String name, Integer value, int fallback) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > 365) {
			throw new InvalidValue("gongkai.letters." + name, "letter.settings.workingDays");
		}
		return value;
	}
}
