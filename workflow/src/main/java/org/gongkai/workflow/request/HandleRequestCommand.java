package org.gongkai.workflow.request;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;

/**
 * 承办并拟定答复 (Task_HandleRequest): propose the reply, send it back for reassignment, extend the deadline,
 * consult, charge a fee or ask the applicant's reasons; {@code decision} names which.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "decision")
@JsonSubTypes({ @JsonSubTypes.Type(value = ProposeReply.Command.class, name = "PROPOSE"),
		@JsonSubTypes.Type(value = Reassign.Command.class, name = "REASSIGN"),
		@JsonSubTypes.Type(value = ExtendDeadline.Command.class, name = "EXTEND"),
		@JsonSubTypes.Type(value = Consult.Command.class, name = "CONSULT"),
		@JsonSubTypes.Type(value = ChargeFee.Command.class, name = "FEE"),
		@JsonSubTypes.Type(value = AskReasons.Command.class, name = "ASK_REASONS") })
@Schema(name = "HandleRequestCommand", description = "承办并拟定答复",
		oneOf = { ProposeReply.Command.class, Reassign.Command.class, ExtendDeadline.Command.class,
				Consult.Command.class, ChargeFee.Command.class, AskReasons.Command.class },
		discriminatorProperty = "decision",
		discriminatorMapping = { @DiscriminatorMapping(value = "PROPOSE", schema = ProposeReply.Command.class),
				@DiscriminatorMapping(value = "REASSIGN", schema = Reassign.Command.class),
				@DiscriminatorMapping(value = "EXTEND", schema = ExtendDeadline.Command.class),
				@DiscriminatorMapping(value = "CONSULT", schema = Consult.Command.class),
				@DiscriminatorMapping(value = "FEE", schema = ChargeFee.Command.class),
				@DiscriminatorMapping(value = "ASK_REASONS", schema = AskReasons.Command.class) })
public sealed interface HandleRequestCommand extends TaskCommand permits ProposeReply.Command, Reassign.Command,
		ExtendDeadline.Command, Consult.Command, ChargeFee.Command, AskReasons.Command {
}
