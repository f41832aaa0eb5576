package org.gongkai.portal.catalogue;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.publication.ChangeKind;
import org.gongkai.workflow.publication.ItemContent;

/**
 * A requested change of a published item.
 *
 * @param kind {@code CORRECT}, {@code EXPIRE}, {@code REPEAL} or {@code WITHDRAW}
 * @param reason why; shown in the item's history (and for a withdrawal, kept as its reason)
 * @param effectiveDate 失效/废止: the date it takes effect; empty means the day it is approved
 * @param content {@code CORRECT} only: the corrected content (column, 公开属性 and links stay)
 */
public record ChangeForm(@NotNull(message = "{change.kind.required}") ChangeKind kind,
		@NotBlank(message = "{change.reason.required}") @Size(max = 2000) String reason, LocalDate effectiveDate,
		@Valid ItemContent content) {
}
