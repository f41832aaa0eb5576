package org.gongkai.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the workflow module's packages as docs/architecture.md draws them: every feature package
 * ({@code org.gongkai.workflow.<feature>}, new ones included) is a slice, and no two slices depend on
 * each other, so a feature can be read, tested and changed from the packages below it. Types several
 * features share live in the root package, which depends on no feature.
 */
@AnalyzeClasses(packages = "org.gongkai.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.gongkai.workflow.(*)..")
		.namingSlices("$1")
		.should()
		.beFreeOfCycles();

	/** The same with every package a slice of its own, so the packages within a feature (request.fee) are covered too. */
	@ArchTest
	static final ArchRule everyPackageIsFreeOfCycles = slices().matching("org.gongkai.workflow.(**)")
		.namingSlices("$1")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule workflowKnowsNeitherThePortalNorTheIndex = noClasses().that()
		.resideInAPackage("org.gongkai.workflow..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.gongkai.portal..", "org.gongkai.search..");

	/** The shared types (InvalidValue, UnknownReference) sit below every feature; only the wiring sees them all. */
	@ArchTest
	static final ArchRule sharedTypesDependOnNoFeature = noClasses().that()
		.resideInAPackage("org.gongkai.workflow")
		.and()
		.doNotHaveSimpleName("WorkflowConfiguration")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.gongkai.workflow.(*)..");

	/** The outbox is the mechanism only: its topics (search, mail) plug in from above. */
	@ArchTest
	static final ArchRule outboxKnowsNoTopic = classes().that()
		.resideInAPackage("org.gongkai.workflow.outbox..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("org.gongkai.workflow.outbox..", "java..", "jakarta..", "org.springframework..",
				"org.slf4j..");

	/**
	 * A request's own repositories (filed, viewed, handled: every call of G1 and G2) state their queries in JPQL.
	 * Spring Data JPA 3 builds a derived query ({@code findByRequestIdOrderByIdAsc}) as one criteria query it shares
	 * between threads behind a lock, and Hibernate compiles it again on every call: under load the request threads
	 * queued on those locks while holding their database connections (round 10 of docs/performance.md). A string
	 * query is compiled once and shared without a lock.
	 */
	@ArchTest
	static final ArchRule requestRepositoriesStateTheirQueries = methods().that()
		.areDeclaredInClassesThat()
		.areAssignableTo(org.springframework.data.repository.Repository.class)
		.and()
		.areDeclaredInClassesThat()
		.resideInAnyPackage("org.gongkai.workflow.request", "org.gongkai.workflow.caselog")
		.and()
		.areNotStatic()
		.should()
		.beAnnotatedWith(org.springframework.data.jpa.repository.Query.class)
		.allowEmptyShould(false);
}
