package org.gongkai.workflow.commission;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Commissioned pieces (约稿). */
public interface Commissions extends JpaRepository<Commission, Long> {

	List<Commission> findTop100ByOrderByIdDesc();

	List<Commission> findTop100ByUnitCodeOrderByIdDesc(String unitCode);
}
