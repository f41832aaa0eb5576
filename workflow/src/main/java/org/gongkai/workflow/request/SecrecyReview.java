package org.gongkai.workflow.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.ReviewVerdict;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * 保密审查 of a reply (and of a catalogue item, which has no files): a {@link Review} that also names the
 * reply files the reviewer approved. Approving a reply needs every one of its files named
 * ({@link ApproveReplyFiles}); returning needs the reason only.
 *
 * @param approved {@code true} approves, {@code false} returns
 * @param comment the opinion; the reason when returning
 * @param approvedFiles the ids of the reply files approved (see {@code GET /api/requests/{id}/reply-files})
 */
@Schema(name = "SecrecyReview", description = "保密审查：`approved` true 同意（须在 `approvedFiles` 中列出答复随附的全部文件），false 退回（须填写 `comment`）")
@Review.ReasonWhenReturned
public record SecrecyReview(@NotNull Boolean approved, @Size(max = 2000) String comment,
		@Size(max = 100) List<Long> approvedFiles) implements TaskCommand, ReviewVerdict {

	/** The process variable with the approved files' ids, comma-separated; always set, so none is stale. */
	public static final String APPROVED_FILES = "approvedFiles";

	@Override
	public Map<String, Object> variables() {
		var variables = new java.util.HashMap<>(new Review(approved, comment).variables());
		variables.put(APPROVED_FILES, approvedFiles == null ? ""
				: approvedFiles.stream().filter(java.util.Objects::nonNull).map(String::valueOf).collect(Collectors.joining(",")));
		return variables;
	}
}
