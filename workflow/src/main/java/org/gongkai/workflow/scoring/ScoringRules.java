package org.gongkai.workflow.scoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The versions of every scoring rule. */
public interface ScoringRules extends JpaRepository<ScoringRule, Long> {

	List<ScoringRule> findAllByOrderByKindAscLevelAscChannelAscEffectiveFromAsc();
}
