package uk.nowrongdoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of HOUSE_STYLE, kept by a test rather than by memory. */
@AnalyzeClasses(packages = "uk.nowrongdoor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_knows_nothing_of_service_or_ui = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule service_knows_nothing_of_ui = noClasses()
            .that()
            .resideInAPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule ui_never_touches_repositories_or_the_entity_manager = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule feature_folders_have_no_cycles =
            slices().matching("uk.nowrongdoor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_are_not_spring_beans = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .and()
            .areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .should()
            .beAnnotatedWith(org.springframework.stereotype.Component.class);
}
