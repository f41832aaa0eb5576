package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class KeycloakRoleMapperTests {

	private final Map<String, Object> claims = Map.of("preferred_username", "head1", "given_name", "芳", "family_name",
			"王", "name", "芳 王", "department", "fgw", "realm_access",
			Map.of("roles", List.of("offline_access", "dept-head", "uma_authorization", "clerk")));

	@Test
	void onlyGongkaiRealmRolesBecomeAuthorities() {
		assertThat(KeycloakRoleMapper.authorities(claims)).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_dept-head", "ROLE_clerk");
	}

	@Test
	void tokenOfNoPersonHasNoRoles() {
		assertThat(KeycloakRoleMapper.roles(Map.of("sub", "x"))).isEmpty();
	}

	@Test
	void aPersonWithoutAGongkaiRoleIsAnApplicant() {
		assertThat(KeycloakRoleMapper.roles(Map.of("preferred_username", "zhangsan", "realm_access",
				Map.of("roles", List.of("offline_access", "default-roles-gongkai"))))).containsExactly("applicant");
		assertThat(KeycloakRoleMapper.roles(Map.of("preferred_username", "lisi"))).containsExactly("applicant");
		assertThat(KeycloakRoleMapper.roles(claims)).as("staff are not applicants too").doesNotContain("applicant");
	}

	@Test
	void departmentMayArriveAsAListAttribute() {
		assertThat(KeycloakRoleMapper.department(Map.of("department", List.of("jyj")))).isEqualTo("jyj");
		assertThat(KeycloakRoleMapper.department(claims)).isEqualTo("fgw");
		assertThat(KeycloakRoleMapper.department(Map.of())).isNull();
	}

	@Test
	void chineseNamesPutTheFamilyNameFirst() {
		var user = CurrentUser.from(claims);
		assertThat(user.displayName()).isEqualTo("王芳");
		assertThat(user.staff().candidateGroups()).contains("dept-head", "dept-head:fgw", "clerk:fgw");
		assertThat(CurrentUser.displayName(Map.of("given_name", "Anna", "family_name", "Li", "name", "Anna Li"), "x"))
			.isEqualTo("Anna Li");
	}

	@Test
	void theMobileNumberComesFromThePhoneNumberClaimAndMayBeMissing() {
		assertThat(CurrentUser.from(Map.of("preferred_username", "citizen", "phone_number", " 13912345678 ")).phone())
			.isEqualTo("13912345678");
		assertThat(CurrentUser.from(claims).phone()).isNull();
	}

	@Test
	void unitReviewLevelRolesBecomeCandidateGroupsOfTheirDepartment() {
		var chief = CurrentUser.from(Map.of("preferred_username", "chief1", "department", List.of("fgw"), "realm_access",
				Map.of("roles", List.of("section-chief"))));
		var deputy = CurrentUser.from(Map.of("preferred_username", "deputy1", "department", List.of("fgw"),
				"realm_access", Map.of("roles", List.of("deputy-head"))));
		assertThat(chief.staff().candidateGroups()).containsExactlyInAnyOrder("section-chief", "section-chief:fgw");
		assertThat(deputy.staff().candidateGroups()).containsExactlyInAnyOrder("deputy-head", "deputy-head:fgw");
		assertThat(java.util.Arrays.asList(Roles.STAFF)).contains(Roles.SECTION_CHIEF, Roles.DEPUTY_HEAD);
	}
}
