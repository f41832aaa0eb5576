package org.gongkai.workflow.request;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;

/** 登记审查 (Task_RegisterRequest): assign the request, or ask once for a supplement; {@code decision} names which. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "decision")
@JsonSubTypes({ @JsonSubTypes.Type(value = AssignRequest.Command.class, name = "ASSIGN"),
		@JsonSubTypes.Type(value = RequestSupplement.Command.class, name = "SUPPLEMENT") })
@Schema(name = "RegisterRequestCommand", description = "登记审查",
		oneOf = { AssignRequest.Command.class, RequestSupplement.Command.class }, discriminatorProperty = "decision",
		discriminatorMapping = { @DiscriminatorMapping(value = "ASSIGN", schema = AssignRequest.Command.class),
				@DiscriminatorMapping(value = "SUPPLEMENT", schema = RequestSupplement.Command.class) })
public sealed interface RegisterRequestCommand extends TaskCommand
		permits AssignRequest.Command, RequestSupplement.Command {
}
