package org.gongkai.portal.catalogue;

import java.util.List;

import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItemRevisions;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public detail page shows beyond the item itself: attachments, earlier versions, and the
 * 政策解读 links both ways (only to items that are public themselves).
 */
@Component
class PublicItemDetails {

	private final CatalogueItems items;

	private final CatalogueAttachments attachments;

	private final CatalogueItemRevisions revisions;

	PublicItemDetails(CatalogueItems items, CatalogueAttachments attachments, CatalogueItemRevisions revisions) {
		this.items = items;
		this.attachments = attachments;
		this.revisions = revisions;
	}

	void addTo(CatalogueItem item, Model model) {
		model.addAttribute("attachments", attachments.findInfoByItemIdIn(List.of(item.getId())));
		model.addAttribute("revisions", revisions.findByItemIdOrderByRevisionDesc(item.getId()));
		model.addAttribute("interprets", item.getInterpretsItemId() == null ? null
				: items.findById(item.getInterpretsItemId()).filter(CatalogueItem::isPublic).orElse(null));
		model.addAttribute("interpretations",
				items.findByInterpretsItemIdAndStatusOrderByPublishedAtDesc(item.getId(), ItemStatus.PUBLISHED)
					.stream()
					.filter(CatalogueItem::isPublic)
					.toList());
	}
}
