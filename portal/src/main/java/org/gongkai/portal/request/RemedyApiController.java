package org.gongkai.portal.request;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.request.RecordRemedy;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.request.RequestRemedies;
import org.gongkai.workflow.request.RequestRemedy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 行政复议、行政诉讼、投诉 recorded against a request by the office, with their outcomes (表四). */
@RestController
@RequestMapping("/api/requests/{requestId}/remedies")
@Tag(name = "remedies", description = "行政复议、行政诉讼、投诉登记")
class RemedyApiController {

	private final RecordRemedy record;

	private final RequestRemedies remedies;

	private final RequestQueries queries;

	RemedyApiController(RecordRemedy record, RequestRemedies remedies, RequestQueries queries) {
		this.record = record;
		this.remedies = remedies;
		this.queries = queries;
	}

	record RemedyView(Long id, String kind, String kindLabel, LocalDate filedOn, String authority, String outcome,
			String outcomeLabel, LocalDate decidedOn, String note) {

		static RemedyView of(RequestRemedy r) {
			return new RemedyView(r.getId(), r.getKind().name(), r.getKind().label(), r.getFiledOn(), r.getAuthority(),
					r.getOutcome().name(), r.getOutcome().label(), r.getDecidedOn(), r.getNote());
		}
	}

	record NewRemedy(RemedyKind kind, LocalDate filedOn,
			@Size(max = RequestRemedy.AUTHORITY_MAX, message = "{text.size}") String authority,
			@Size(max = RequestRemedy.NOTE_MAX, message = "{text.size}") String note) {
	}

	record Decision(@NotNull RemedyOutcome outcome, LocalDate decidedOn,
			@Size(max = RequestRemedy.NOTE_MAX, message = "{text.size}") String note) {
	}

	@GetMapping
	@Operation(summary = "查看救济记录")
	List<RemedyView> list(@PathVariable Long requestId, Authentication authentication) {
		queries.visible(requestId, CurrentUser.of(authentication));
		return remedies.findByRequestIdOrderByFiledOnAscIdAsc(requestId).stream().map(RemedyView::of).toList();
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('office-editor','office-head','leader','admin')")
	@Operation(summary = "登记行政复议、行政诉讼或投诉")
	ResponseEntity<RemedyView> file(@PathVariable Long requestId, @Valid @RequestBody NewRemedy remedy,
			Authentication authentication) {
		var saved = record.file(requestId, remedy.kind(), remedy.filedOn(), remedy.authority(), remedy.note(),
				CurrentUser.of(authentication).userName());
		return ResponseEntity.created(URI.create("/api/requests/" + requestId + "/remedies/" + saved.getId()))
			.body(RemedyView.of(saved));
	}

	@PostMapping("/{remedyId}/decision")
	@PreAuthorize("hasAnyRole('office-editor','office-head','leader','admin')")
	@Operation(summary = "登记审结结果")
	RemedyView decide(@PathVariable Long requestId, @PathVariable Long remedyId, @Valid @RequestBody Decision decision,
			Authentication authentication) {
		return RemedyView.of(record.decide(requestId, remedyId, decision.outcome(), decision.decidedOn(),
				decision.note(), CurrentUser.of(authentication).userName()));
	}
}
