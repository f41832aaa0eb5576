package org.gongkai.workflow.publication;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments of catalogue items; the list queries never load the files themselves. */
public interface CatalogueAttachments extends JpaRepository<CatalogueAttachment, Long> {

	@Query("select new org.gongkai.workflow.publication.AttachmentInfo(a.id, a.itemId, a.fileName, a.contentType, a.sizeBytes, a.uploadedAt)"
			+ " from CatalogueAttachment a where a.itemId in :itemIds order by a.itemId, a.id")
	List<AttachmentInfo> findInfoByItemIdIn(Collection<Long> itemIds);

	/** The extracted text of every attachment of the items, as {@link AttachmentText} rows. */
	@Query("select new org.gongkai.workflow.publication.AttachmentText(a.itemId, a.fileName, a.extractedText)"
			+ " from CatalogueAttachment a where a.itemId in :itemIds order by a.itemId, a.id")
	List<AttachmentText> findTextByItemIdIn(Collection<Long> itemIds);

	long countByItemId(Long itemId);
}
