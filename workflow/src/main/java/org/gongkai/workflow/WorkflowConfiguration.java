package org.gongkai.workflow;

import java.time.Clock;

import org.gongkai.workflow.annual.AnnualReportProperties;
import org.gongkai.workflow.publication.PublicationProperties;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings and shared beans of the workflow module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PublicationProperties.class, RequestProperties.class, AnnualReportProperties.class })
public class WorkflowConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
