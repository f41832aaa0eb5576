package org.gongkai.workflow.request;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;

/** 审查申请理由 (Task_JudgeReasons, art. 35): the verdict on the applicant's reasons, named by {@code reasonsVerdict}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "reasonsVerdict")
@JsonSubTypes({ @JsonSubTypes.Type(value = RefuseUnreasonable.Command.class, name = "UNREASONABLE"),
		@JsonSubTypes.Type(value = AcceptReasons.Command.class, name = "REASONABLE"),
		@JsonSubTypes.Type(value = ReplyLater.Command.class, name = "LATER") })
@Schema(name = "JudgeReasonsCommand", description = "审查申请理由",
		oneOf = { RefuseUnreasonable.Command.class, AcceptReasons.Command.class, ReplyLater.Command.class },
		discriminatorProperty = "reasonsVerdict",
		discriminatorMapping = { @DiscriminatorMapping(value = "UNREASONABLE", schema = RefuseUnreasonable.Command.class),
				@DiscriminatorMapping(value = "REASONABLE", schema = AcceptReasons.Command.class),
				@DiscriminatorMapping(value = "LATER", schema = ReplyLater.Command.class) })
public sealed interface JudgeReasonsCommand extends TaskCommand
		permits RefuseUnreasonable.Command, AcceptReasons.Command, ReplyLater.Command {
}
