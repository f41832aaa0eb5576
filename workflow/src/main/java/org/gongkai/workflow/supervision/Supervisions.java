package org.gongkai.workflow.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 督办 of instructions, one per responsible unit. */
public interface Supervisions extends JpaRepository<Supervision, Long> {

	List<Supervision> findByInstructionIdInOrderByIdAsc(Collection<Long> instructionIds);
}
