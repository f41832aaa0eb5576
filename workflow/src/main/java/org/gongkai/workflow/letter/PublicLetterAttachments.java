package org.gongkai.workflow.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The writers' attachments of all letters. */
public interface PublicLetterAttachments extends JpaRepository<PublicLetterAttachment, Long> {

	List<PublicLetterAttachment> findByLetterIdOrderByIdAsc(Long letterId);
}
