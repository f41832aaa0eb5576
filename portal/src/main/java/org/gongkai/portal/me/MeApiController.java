package org.gongkai.portal.me;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as the portal understands their token. */
@RestController
@Tag(name = "me", description = "当前用户")
class MeApiController {

	private final Departments departments;

	MeApiController(Departments departments) {
		this.departments = departments;
	}

	record Me(String userName, String name, Set<String> roles, String department, String departmentName) {
	}

	@GetMapping("/api/me")
	@Operation(summary = "当前用户的用户名、角色与所属部门")
	Me me(Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var departmentName = user.department() == null ? null
				: departments.findById(user.department()).map(d -> d.getName()).orElse(null);
		return new Me(user.userName(), user.displayName(), user.roles(), user.department(), departmentName);
	}
}
