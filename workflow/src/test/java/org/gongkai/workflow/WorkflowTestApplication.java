package org.gongkai.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workflow module on its own, with the Camunda engine, JPA and Flyway, for schema tests. */
@SpringBootApplication
public class WorkflowTestApplication {
}
