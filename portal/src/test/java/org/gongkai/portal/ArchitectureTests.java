package org.gongkai.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the modules' dependencies pointing one way, as docs/architecture.md draws them: portal → workflow,
 * portal → search. The index knows nothing of the cases (the portal renders what it indexes), and
 * neither library knows the application that wires them. Only the two libraries are imported: what they
 * depend on shows in their own classes.
 */
@AnalyzeClasses(packages = { "org.gongkai.search", "org.gongkai.workflow" },
		importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule searchNeverImportsWorkflow = noClasses().that()
		.resideInAPackage("org.gongkai.search..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.gongkai.workflow..", "org.gongkai.portal..");

	@ArchTest
	static final ArchRule workflowNeverImportsThePortal = noClasses().that()
		.resideInAPackage("org.gongkai.workflow..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.gongkai.portal..", "org.gongkai.search..");
}
