package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the public may see of one published catalogue item (SPEC §4.1), as handed to
 * {@link CatalogueIndex}; only public, published items may ever be passed in.
 *
 * @param id the item's stable id, also the Elasticsearch document id; required
 * @param indexNo 索引号, e.g. {@code 000014349/2024-00094}
 * @param title 名称; required
 * @param summary 内容概述
 * @param body the full text, plain text (markup would be shown escaped in snippets)
 * @param issuer 发布机构, full name; several organs may be separated by {@code 、}, {@code ；} or {@code ;}
 * @param departmentCode the issuing department's code
 * @param writtenDate 成文日期
 * @param publishedDate 发布日期; the order of the catalogue when nothing is searched
 * @param docNumber 文号, e.g. {@code 国办函〔2020〕109号}
 * @param columnCode the code of the column (a leaf of the column tree)
 * @param columnName the column's display name, e.g. {@code 政策解读}; what searches filter and facet on
 * @param topic 主题分类 as displayed, e.g. {@code 综合政务\政务公开}
 * @param genre 体裁分类, e.g. {@code 通知}
 * @param validity 有效性: {@code 有效}, {@code 失效} or {@code 废止}
 * @param keywords 主题词; null means none
 * @param attachmentNames the file names of the attachments; null means none
 * @param attachmentText text extracted from the attachments, searchable but never shown or stored
 *        in the index's {@code _source}
 * @param version the item's row version, ≥ 0, higher for every later state: the index keeps the
 *        state with the highest version it has seen, so a node that renders an item just before it
 *        changes cannot overwrite the newer state another node has already written (Elasticsearch
 *        {@code external_gte} versioning)
 * @param agencies the codes of the agencies whose sub-site lists the item (the issuing department and
 *        the government or district it belongs to); what the {@code agency} filter matches; null means
 *        the department alone
 */
public record CatalogueDocument(String id, String indexNo, String title, String summary, String body, String issuer,
		String departmentCode, LocalDate writtenDate, LocalDate publishedDate, String docNumber, String columnCode,
		String columnName, String topic, String genre, String validity, List<String> keywords,
		List<String> attachmentNames, String attachmentText, long version, List<String> agencies) {

	public CatalogueDocument {
		if (version < 0) {
			throw new IllegalArgumentException("Catalogue document " + id + " has a negative version " + version);
		}
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A catalogue document needs an id");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("Catalogue document " + id + " needs a title");
		}
		keywords = (keywords != null) ? keywords.stream().filter(Objects::nonNull).toList() : List.of();
		attachmentNames = (attachmentNames != null) ? attachmentNames.stream().filter(Objects::nonNull).toList()
				: List.of();
		agencies = (agencies != null) ? agencies.stream().filter(Objects::nonNull).distinct().toList()
				: (departmentCode != null) ? List.of(departmentCode) : List.of();
	}

	/** A document listed by its department alone (no agency tree). */
	public CatalogueDocument(String id, String indexNo, String title, String summary, String body, String issuer,
			String departmentCode, LocalDate writtenDate, LocalDate publishedDate, String docNumber, String columnCode,
			String columnName, String topic, String genre, String validity, List<String> keywords,
			List<String> attachmentNames, String attachmentText, long version) {
		this(id, indexNo, title, summary, body, issuer, departmentCode, writtenDate, publishedDate, docNumber,
				columnCode, columnName, topic, genre, validity, keywords, attachmentNames, attachmentText, version, null);
	}

	/**
	 * A document of version 0, for sources without row versions (tests, imports): writes of it replace
	 * each other, and any later versioned state wins over it.
	 */
	public CatalogueDocument(String id, String indexNo, String title, String summary, String body, String issuer,
			String departmentCode, LocalDate writtenDate, LocalDate publishedDate, String docNumber, String columnCode,
			String columnName, String topic, String genre, String validity, List<String> keywords,
			List<String> attachmentNames, String attachmentText) {
		this(id, indexNo, title, summary, body, issuer, departmentCode, writtenDate, publishedDate, docNumber,
				columnCode, columnName, topic, genre, validity, keywords, attachmentNames, attachmentText, 0, null);
	}

}
