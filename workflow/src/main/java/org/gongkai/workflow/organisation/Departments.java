package org.gongkai.workflow.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

/** All departments of the agency. */
public interface Departments extends JpaRepository<Department, String> {
}
