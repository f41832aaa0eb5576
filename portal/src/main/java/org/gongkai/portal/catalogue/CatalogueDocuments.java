package org.gongkai.portal.catalogue;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.search.CatalogueDocument;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.AttachmentText;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueColumn;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItem;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what the public index shows of an item. Reference data for a batch is
 * read in a few queries, whatever the batch size. An item is listed by its department's sub-site and
 * by the government or district the department belongs to (a moved department needs a reindex).
 */
@Component
class CatalogueDocuments {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Departments departments;

	private final CatalogueColumns columns;

	private final CatalogueAttachments attachments;

	CatalogueDocuments(Departments departments, CatalogueColumns columns, CatalogueAttachments attachments) {
		this.departments = departments;
		this.columns = columns;
		this.attachments = attachments;
	}

	List<CatalogueDocument> render(Collection<CatalogueItem> items) {
		Map<String, Department> departmentsByCode = departments
			.findAllById(items.stream().map(CatalogueItem::getDepartmentCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Department::getCode, Function.identity()));
		Map<String, CatalogueColumn> columnsByCode = columns
			.findAllById(items.stream().map(CatalogueItem::getColumnCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CatalogueColumn::getCode, Function.identity()));
		var tree = departments.tree();
		Map<Long, List<AttachmentText>> attachmentsByItem = items.isEmpty() ? Map.of()
				: attachments.findTextByItemIdIn(items.stream().map(CatalogueItem::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(AttachmentText::itemId));
		return items.stream()
			.map(item -> render(item, departmentsByCode.get(item.getDepartmentCode()),
					columnsByCode.get(item.getColumnCode()), attachmentsByItem.getOrDefault(item.getId(), List.of()),
					tree.scopesOf(item.getDepartmentCode())))
			.toList();
	}

	/** 主题词 as entered: separated by spaces, commas or semicolons. */
	static List<String> keywords(String keywords) {
		if (keywords == null || keywords.isBlank()) {
			return List.of();
		}
		return Arrays.stream(keywords.split("[\\s,，;；、]+")).filter(k -> !k.isBlank()).distinct().toList();
	}

	private static CatalogueDocument render(CatalogueItem item, Department department, CatalogueColumn column,
			List<AttachmentText> files, List<String> agencies) {
		var names = files.stream().map(AttachmentText::fileName).toList();
		var text = files.stream()
			.map(AttachmentText::text)
			.filter(t -> t != null && !t.isBlank())
			.collect(Collectors.joining("\n\n"));
		return new CatalogueDocument(String.valueOf(item.getId()), item.getIndexNo(), item.getTitle(), item.getSummary(),
				item.getBody(), item.getIssuer(), department == null ? item.getDepartmentCode() : department.getCode(),
				item.getWrittenDate(),
				item.getPublishedAt() == null ? null : item.getPublishedAt().atZone(CHINA).toLocalDate(),
				item.getDocNumber(), item.getColumnCode(), column == null ? null : column.getName(), item.getTopic(),
				item.getGenre(), item.getValidity().label(), keywords(item.getKeywords()), names,
				text.isEmpty() ? null : text, item.getVersion(), agencies);
	}
}
