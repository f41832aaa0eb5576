package org.gongkai.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Gongkai portal: public catalogue, staff workbench, REST API and the embedded Camunda engine. */
@SpringBootApplication(scanBasePackages = "org.gongkai")
@EntityScan({ "org.gongkai.workflow", "org.gongkai.portal" })
@EnableJpaRepositories({ "org.gongkai.workflow", "org.gongkai.portal" })
@ConfigurationPropertiesScan("org.gongkai.portal")
@EnableScheduling
@EnableAsync
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}
}
