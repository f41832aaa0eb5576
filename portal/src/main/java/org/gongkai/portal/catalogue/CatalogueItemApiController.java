package org.gongkai.portal.catalogue;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Departments' catalogue items through the API: draft, read, submit for review. */
@RestController
@RequestMapping("/api/catalogue/items")
@Tag(name = "catalogue items", description = "主动公开目录条目（部门起草、提交审核）")
class CatalogueItemApiController {

	private final DraftCatalogueItem draft;

	private final SubmitDraft submit;

	private final CatalogueItems items;

	CatalogueItemApiController(DraftCatalogueItem draft, SubmitDraft submit, CatalogueItems items) {
		this.draft = draft;
		this.submit = submit;
		this.items = items;
	}

	@PostMapping
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "起草目录条目", description = "Creates a draft in the caller's department and starts its publication process.")
	ResponseEntity<CatalogueItemView> create(@Valid @RequestBody ItemContent content, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var item = draft.draft(content, user.department(), user.userName());
		return ResponseEntity.created(URI.create("/api/catalogue/items/" + item.getId())).body(CatalogueItemView.of(item));
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看目录条目")
	CatalogueItemView get(@PathVariable Long id, Authentication authentication) {
		return CatalogueItemView.of(visible(id, CurrentUser.of(authentication)));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "提交审核", description = "Completes the author's preparation task; the item goes to the department head.")
	CatalogueItemView submit(@PathVariable Long id, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		visible(id, user);
		submit.submit(id, user.staff());
		return CatalogueItemView.of(items.findById(id).orElseThrow());
	}

	/** Staff see their department's items; the office sees all; everybody sees published ones. */
	private CatalogueItem visible(Long id, CurrentUser user) {
		var item = items.findById(id).orElseThrow(() -> new NotFound("Catalogue item " + id));
		boolean office = user.hasRole(Roles.SECRECY_REVIEWER) || user.hasRole(Roles.OFFICE_EDITOR)
				|| user.hasRole(Roles.LEADER) || user.hasRole(Roles.ADMIN);
		if (item.isPublic() || office || item.getDepartmentCode().equals(user.department())) {
			return item;
		}
		throw new NotFound("Catalogue item " + id);
	}
}
