package org.gongkai.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgencyTreeTests {

	private final AgencyTree tree = AgencyTree.of(List.of(
			new Department("dcq-jyj", "东城区教育局", "000000011", false, "dcq", AgencyKind.DEPARTMENT, 2),
			new Department("fgw", "市发展和改革委员会", "000014349", false),
			new Department("dcq", "东城区人民政府", "000000010", false, "government", AgencyKind.DISTRICT, 10),
			new Department("government", "市人民政府", "000000000", false, null, AgencyKind.GOVERNMENT, 0),
			new Department("bgs", "市人民政府办公室", "000014348", true, "government", AgencyKind.DEPARTMENT, -1),
			new Department("dcq-zjj", "东城区住房和城乡建设局", "000000012", false, "dcq", AgencyKind.DEPARTMENT, 1),
			new Department("orphan", "无上级的局", "000000013", false, "gone", AgencyKind.DEPARTMENT, 5)));

	@Test
	void childrenAreInDisplayOrderAndAnOrphanHangsUnderTheGovernment() {
		assertThat(tree.root()).map(Department::getCode).contains("government");
		assertThat(tree.children("government")).extracting(Department::getCode)
			.containsExactly("bgs", "fgw", "orphan", "dcq");
		assertThat(tree.children("dcq")).extracting(Department::getCode).containsExactly("dcq-zjj", "dcq-jyj");
		assertThat(tree.children("fgw")).isEmpty();
	}

	@Test
	void ancestorsGoUpToTheGovernment() {
		assertThat(tree.ancestors("dcq-jyj")).extracting(Department::getCode).containsExactly("dcq", "government");
		assertThat(tree.ancestors("fgw")).extracting(Department::getCode).containsExactly("government");
		assertThat(tree.ancestors("government")).isEmpty();
		assertThat(tree.ancestors("nowhere")).isEmpty();
	}

	@Test
	void subtreeTakesEverythingBelow() {
		assertThat(tree.subtree("dcq")).extracting(Department::getCode).containsExactly("dcq", "dcq-zjj", "dcq-jyj");
		assertThat(tree.subtree("government")).hasSize(7);
		assertThat(tree.all()).extracting(Department::getCode)
			.containsExactly("government", "bgs", "fgw", "orphan", "dcq", "dcq-zjj", "dcq-jyj");
		assertThat(tree.subtree("nowhere")).isEmpty();
	}

	@Test
	void aDistrictReportsForItselfAndItsDepartmentsTheGovernmentForItsOwnLevel() {
		assertThat(tree.scope("dcq")).containsExactly("dcq", "dcq-zjj", "dcq-jyj");
		assertThat(tree.scope("government")).containsExactly("government", "bgs", "fgw", "orphan");
		assertThat(tree.scope("fgw")).containsExactly("fgw");
		assertThat(tree.scope("nowhere")).isEmpty();
	}

	@Test
	void anItemIsListedByItsAgencyAndTheGovernmentItBelongsTo() {
		assertThat(tree.scopesOf("dcq-jyj")).containsExactly("dcq-jyj", "dcq");
		assertThat(tree.scopesOf("dcq")).containsExactly("dcq");
		assertThat(tree.scopesOf("fgw")).containsExactly("fgw", "government");
		assertThat(tree.scopesOf("government")).containsExactly("government");
		assertThat(tree.governmentOf("dcq-zjj")).map(Department::getCode).contains("dcq");
		assertThat(tree.governmentOf("bgs")).map(Department::getCode).contains("government");
	}
}
