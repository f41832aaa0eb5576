package org.gongkai.workflow.request;

import org.springframework.data.jpa.repository.JpaRepository;

/** The application form visits that showed suggestions. */
public interface FormSessions extends JpaRepository<FormSession, String> {
}
