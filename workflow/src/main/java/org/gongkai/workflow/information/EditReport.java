package org.gongkai.workflow.information;

import java.util.Map;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * 信息科编辑 (Task_EditReport) as the general task inbox completes it: the office's decision and its comment.
 * The report API ({@code /api/reports/tasks/{id}/complete}) carries the rest of an adoption or a merge.
 * It lives here only until the report packages take their tasks' commands in.
 */
public final class EditReport {

	/** The office's decision, named by {@code decision}. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "decision")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Adopt.class, name = "ADOPT"),
			@JsonSubTypes.Type(value = Return.class, name = "RETURN"),
			@JsonSubTypes.Type(value = NotAdopt.class, name = "NOT_ADOPT"),
			@JsonSubTypes.Type(value = Merge.class, name = "MERGE") })
	@Schema(name = "EditReportCommand", description = "信息科编辑",
			oneOf = { Adopt.class, Return.class, NotAdopt.class, Merge.class }, discriminatorProperty = "decision",
			discriminatorMapping = { @DiscriminatorMapping(value = "ADOPT", schema = Adopt.class),
					@DiscriminatorMapping(value = "RETURN", schema = Return.class),
					@DiscriminatorMapping(value = "NOT_ADOPT", schema = NotAdopt.class),
					@DiscriminatorMapping(value = "MERGE", schema = Merge.class) })
	public sealed interface Command extends TaskCommand permits Adopt, Return, NotAdopt, Merge {
	}

	/** @param comment the office's note */
	@Schema(name = "AdoptReport", description = "采用")
	public record Adopt(@Size(max = 2000) String comment) implements Command {

		@Override
		public Map<String, Object> variables() {
			return EditReport.variables("ADOPT", comment);
		}
	}

	/** @param comment why the item goes back to its unit */
	@Schema(name = "ReturnReport", description = "退回修改")
	public record Return(@Size(max = 2000) String comment) implements Command {

		@Override
		public Map<String, Object> variables() {
			return EditReport.variables("RETURN", comment);
		}
	}

	/** @param comment why the item is not adopted */
	@Schema(name = "NotAdoptReport", description = "不采用")
	public record NotAdopt(@Size(max = 2000) String comment) implements Command {

		@Override
		public Map<String, Object> variables() {
			return EditReport.variables("NOT_ADOPT", comment);
		}
	}

	/** @param comment the office's note */
	@Schema(name = "MergeReport", description = "合报")
	public record Merge(@Size(max = 2000) String comment) implements Command {

		@Override
		public Map<String, Object> variables() {
			return EditReport.variables("MERGE", comment);
		}
	}

	private static Map<String, Object> variables(String decision, String comment) {
		return new TaskVariables().value("decision", decision).text(Review.COMMENT, comment).build();
	}

	private EditReport() {
	}
}
