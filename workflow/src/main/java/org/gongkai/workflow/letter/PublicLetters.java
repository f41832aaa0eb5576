package org.gongkai.workflow.letter;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All letters. */
public interface PublicLetters extends JpaRepository<PublicLetter, Long> {

	List<PublicLetter> findTop200ByWriterUserIdOrderByIdDesc(String writerUserId);

	/**
	 * The published letters, newest first, whose public subject, text or reply contains {@code q} (null for
	 * all), of one agency (null for all). Letters are not indexed in Elasticsearch: a few thousand a year
	 * are searched well enough by {@code like}.
	 */
	@Query("""
			select l from PublicLetter l where l.published = true
			and (:agency is null or l.addresseeCode = :agency)
			and (:q is null or l.publicSubject like concat('%', :q, '%') or l.publicText like concat('%', :q, '%')
				or l.publicReply like concat('%', :q, '%'))
			order by l.publishedAt desc, l.id desc""")
	Page<PublicLetter> findPublished(@Param("q") String q, @Param("agency") String agency, Pageable page);

	long countByWriterUserId(String writerUserId);

	/** The letters written, replied or rated in the interval [from, to): those a year's statistics count. */
	@Query("""
			select l from PublicLetter l where (l.submittedAt >= :from and l.submittedAt < :to)
			or (l.repliedAt >= :from and l.repliedAt < :to) or (l.ratedAt >= :from and l.ratedAt < :to)""")
	List<PublicLetter> findActiveBetween(@Param("from") Instant from, @Param("to") Instant to);
}
