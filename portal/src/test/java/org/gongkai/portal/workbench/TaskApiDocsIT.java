package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;

import org.gongkai.portal.PortalIT;
import org.junit.jupiter.api.Test;

/** The OpenAPI description shows each task's command, so a client can see what completing a task takes. */
class TaskApiDocsIT extends PortalIT {

	@Test
	void theTaskCompletionShowsEveryTasksCommand() {
		// springdoc builds the description on the first call, which takes a while on a busy machine
		var docs = send(request("/v3/api-docs", null).timeout(Duration.ofMinutes(3)).GET());
		assertThat(docs.status()).isEqualTo(200);
		var schemas = docs.json().path("components").path("schemas");
		assertThat(schemas.has("Review")).as("the shared review command").isTrue();
		for (var name : new String[] { "RegisterRequestCommand", "AssignRequest", "RequestSupplement",
				"HandleRequestCommand", "ProposeReply", "Reassign", "ExtendDeadline", "Consult", "ChargeFee", "AskReasons",
				"JudgeReasonsCommand", "RefuseUnreasonable", "AcceptReasons", "ReplyLater", "RecordConsultationReply",
				"RecordDelivery", "ReassignDepartment", "Proceed", "EditReportCommand" }) {
			assertThat(schemas.has(name)).as(name + " in " + schemas.fieldNames()).isTrue();
		}
		assertThat(schemas.path("HandleRequestCommand").path("discriminator").path("propertyName").asText())
			.isEqualTo("decision");
		assertThat(schemas.path("ExtendDeadline").toString()).contains("\"extensionDays\"", "\"extensionReason\"");
		assertThat(schemas.path("RecordDelivery").toString()).contains("\"deliveredOn\"", "\"format\":\"date\"");
		var body = docs.json()
			.path("paths")
			.path("/api/tasks/{id}/complete")
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema");
		var choices = new ArrayList<String>();
		body.path("oneOf").forEach(choice -> choices.add(choice.path("$ref").asText()));
		assertThat(choices).as(body.toString())
			.contains("#/components/schemas/Review", "#/components/schemas/HandleRequestCommand",
					"#/components/schemas/RecordDelivery");
	}
}
