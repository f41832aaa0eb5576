package org.gongkai.workflow.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

/** The agencies' 政府信息公开工作机构, by agency code. */
public interface DisclosureOffices extends JpaRepository<DisclosureOffice, String> {
}
