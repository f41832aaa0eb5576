package org.gongkai.workflow;

import java.time.Clock;
import java.time.ZoneId;

import org.gongkai.workflow.annual.AnnualReportProperties;
import org.gongkai.workflow.engineschema.EngineSchemaProperties;
import org.gongkai.workflow.publication.PublicationProperties;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings and shared beans of the workflow module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PublicationProperties.class, RequestProperties.class, AnnualReportProperties.class,
		EngineSchemaProperties.class })
public class WorkflowConfiguration {

	/** The zone every agency date is in (China Standard Time), whatever zone the server runs in. */
	public static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * The clock of every date the system records or computes: "today" is the agency's today, so a
	 * server on UTC (containers usually are) does not date the first eight hours of each day as the
	 * day before (deadlines, score dates, notice dates).
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(AGENCY_ZONE);
	}
}
