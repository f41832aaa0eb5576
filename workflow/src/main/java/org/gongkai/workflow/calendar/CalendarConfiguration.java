package org.gongkai.workflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Builds the {@link WorkingDayCalendar} once at start-up from every {@code calendar/cn-<year>.json} on
 * the class path and the agency's extra days off; changes made later through
 * {@link WorkingDayCalendar#addYear} are published as {@link CalendarChanged} application events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

	/** Where the yearly holiday arrangements are read from. */
	public static final String DATA = "classpath*:calendar/cn-*.json";

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		var calendar = new WorkingDayCalendar(read(new PathMatchingResourcePatternResolver(), DATA),
				properties.extraDaysOffDates(), events::publishEvent);
		log.info("Working-day calendar: holiday arrangements of {}, {} extra days off", calendar.publishedYears(),
				calendar.extraDaysOff().size());
		var today = LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone));
		warnIfMissing(calendar, today.getYear());
		if (today.getMonthValue() >= 11) {
			// the next year's arrangement is published around November
			warnIfMissing(calendar, today.getYear() + 1);
		}
		return calendar;
	}

	private static void warnIfMissing(WorkingDayCalendar calendar, int year) {
		if (!calendar.isPublished(year)) {
			log.warn("No holiday arrangement for {}: its deadlines are provisional until calendar/cn-{}.json is added",
					year, year);
		}
	}

	/** Reads every arrangement matching the pattern; a file whose name and year disagree is refused. */
	static List<HolidayArrangement> read(ResourcePatternResolver resolver, String pattern) {
		var arrangements = new ArrayList<HolidayArrangement>();
		try {
			for (var resource : resolver.getResources(pattern)) {
				try (var in = resource.getInputStream()) {
					var arrangement = HolidayArrangement.read(in);
					var name = resource.getFilename();
					if (name != null && !name.equals("cn-" + arrangement.year() + ".json")) {
						throw new IllegalStateException(resource + " holds the arrangement of " + arrangement.year());
					}
					arrangements.add(arrangement);
				}
				catch (IllegalArgumentException e) {
					throw new IllegalStateException("Invalid holiday arrangement " + resource + ": " + e.getMessage(), e);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the holiday arrangements " + pattern, e);
		}
		return arrangements;
	}
}
