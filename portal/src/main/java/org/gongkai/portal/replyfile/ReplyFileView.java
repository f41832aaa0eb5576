package org.gongkai.portal.replyfile;

import java.time.Instant;

import org.gongkai.workflow.request.ReplyFile;

/**
 * A file or catalogue item a reply provides, as listed to staff and, once the reply is issued, to the applicant.
 *
 * @param id the reply file's id
 * @param kind {@code UPLOAD} or {@code CATALOGUE_ITEM}
 * @param name the file's name, or the item's title when it was linked
 * @param pages pages of the file the applicant receives (the redacted one if redacted); null for an item
 * @param redacted whether parts were removed (区分处理, art. 37)
 * @param itemId the linked catalogue item, whose public page is {@code /catalogue/items/{itemId}}
 * @param indexNo the linked item's 索引号
 * @param url where the applicant gets it: the download, or the item's public page
 * @param secrecyApprovedBy who approved it in the secrecy review (staff only; null for the applicant)
 */
public record ReplyFileView(Long id, String kind, String name, Integer pages, boolean redacted, Long itemId,
		String indexNo, String url, String secrecyApprovedBy, Instant secrecyApprovedAt) {

	static ReplyFileView forStaff(ReplyFile f) {
		return new ReplyFileView(f.getId(), f.getKind().name(), f.getFileName(), f.getServedPageCount(), f.isRedacted(),
				f.getItemId(), f.getItemIndexNo(), url(f), f.getSecrecyApprovedBy(), f.getSecrecyApprovedAt());
	}

	static ReplyFileView forApplicant(ReplyFile f) {
		return new ReplyFileView(f.getId(), f.getKind().name(), f.getFileName(), f.getServedPageCount(),
				f.isRedacted(), f.getItemId(), f.getItemIndexNo(), url(f), null, null);
	}

	private static String url(ReplyFile f) {
		return f.isUpload() ? "/requests/" + f.getRequestId() + "/reply-files/" + f.getId()
				: "/catalogue/items/" + f.getItemId();
	}

	public boolean isUpload() {
		return "UPLOAD".equals(kind);
	}
}
