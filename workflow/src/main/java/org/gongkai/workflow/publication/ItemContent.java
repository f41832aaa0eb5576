package org.gongkai.workflow.publication;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.request.WithholdingReason;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a department writes into a catalogue item (SPEC §4.1); validated before it reaches the entity.
 * Rules that need the database (the column exists, the interpreted document is published) are
 * checked by {@link ItemContentRules}.
 *
 * @param issuer 发布机构, full names; several organs separated by {@code 、}
 * @param topic 主题分类 as {@code 一级\二级}, e.g. {@code 综合政务\政务公开}
 * @param genre 体裁分类, one of {@link Genres#ALL}
 * @param keywords 主题词, separated by spaces or {@code ；}
 * @param disclosureClass 公开属性; null means 主动公开
 * @param withholdingReason the legal basis of a 不予公开 item (art. 14–16)
 * @param reviewOn when a 不予公开 item is evaluated again (art. 18)
 * @param effectiveOn 实施日期 of a 规章 or 规范性文件
 * @param interpretsItemId for a 政策解读: the published item it interprets
 */
public record ItemContent(
		@NotBlank(message = "{item.title.required}") @Size(max = ItemLimits.TITLE, message = "{item.title.size}") String title,
		@Size(max = ItemLimits.SUMMARY, message = "{item.summary.size}") String summary,
		@Size(max = ItemLimits.BODY, message = "{text.size}") String body,
		@NotBlank(message = "{item.issuer.required}") @Size(max = ItemLimits.ISSUER, message = "{text.size}") String issuer,
		@NotNull(message = "{item.writtenDate.required}") @PastOrPresent(message = "{item.writtenDate.past}") @DateTimeFormat(iso = ISO.DATE) LocalDate writtenDate,
		@Size(max = ItemLimits.DOC_NUMBER, message = "{text.size}") @Pattern(regexp = "^$|^\\S+〔\\d{4}〕[1-9]\\d*号$", message = "{item.docNumber.pattern}") String docNumber,
		@NotBlank(message = "{item.column.required}") String columnCode,
		@Size(max = ItemLimits.TOPIC, message = "{text.size}") @Pattern(regexp = "^$|^[^\\\\]+(\\\\[^\\\\]+)?$", message = "{item.topic.pattern}") String topic,
		@Size(max = ItemLimits.GENRE, message = "{text.size}") @Pattern(regexp = Genres.PATTERN, message = "{item.genre.pattern}") String genre,
		@Size(max = ItemLimits.KEYWORDS, message = "{item.keywords.size}") String keywords,
		DisclosureClass disclosureClass,
		WithholdingReason withholdingReason,
		@DateTimeFormat(iso = ISO.DATE) LocalDate reviewOn,
		@DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
		Long interpretsItemId) {

	public ItemContent {
		disclosureClass = disclosureClass == null ? DisclosureClass.PROACTIVE : disclosureClass;
	}

	/** The basic metadata only: a proactively disclosed item without keywords or links. */
	public ItemContent(String title, String summary, String body, String issuer, LocalDate writtenDate,
			String docNumber, String columnCode, String topic, String genre) {
		this(title, summary, body, issuer, writtenDate, docNumber, columnCode, topic, genre, null, null, null, null,
				null, null);
	}

	/** An empty form for a new draft, signed today. */
	public static ItemContent blank(LocalDate today) {
		return new ItemContent(null, null, null, null, today, null, null, null, null);
	}
}
