package uk.sexualsafety.cop.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class PortalArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.sexualsafety.cop.portal");

    @Test
    void ui_packages_do_not_use_entities_or_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(describe("JPA entities or repositories", (JavaClass type) ->
                        type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class)))
                .check(PORTAL);
    }

    @Test
    void every_view_declares_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("carry exactly one access annotation") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        long count = List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class,
                                DenyAll.class).stream().filter(view::isAnnotatedWith).count();
                        events.add(new SimpleConditionEvent(view, count == 1,
                                view.getName() + " has " + count + " access annotations"));
                    }
                })
                .check(PORTAL);
    }

    @Test
    void services_know_nothing_of_vaadin() {
        // Views live in each feature's ui package. Vaadin by nature: the application shell, the layout and its shared
        // parts, the chart components, the error handling that Vaadin calls, and the security configuration (where
        // Spring Security is told about Vaadin).
        noClasses().that().resideOutsideOfPackages("..ui..", "..portal.layout..", "..portal.charts..",
                        "..portal.errors..")
                .and().doNotHaveFullyQualifiedName(AppShell.class.getName())
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(PORTAL);
    }

    @Test
    void feature_packages_do_not_depend_on_each_other_in_a_cycle() {
        // Two exceptions, both navigation rather than logic: the layout's menu links to every feature's pages while
        // every page sits in the layout; and a page may link to another feature's page (sign-in to joining) through
        // the type-safe RouterLink, which needs the view's class.
        slices().matching("uk.sexualsafety.cop.portal.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("..portal.layout.."), alwaysTrue())
                .ignoreDependency(resideInAPackage("..ui.."), resideInAPackage("..ui.."))
                .check(PORTAL);
    }

    @Test
    void investigator_matching_is_plain_java() {
        // Matching is tested and benchmarked without a container; it works on values loaded beforehand.
        noClasses().that().resideInAPackage("..investigator.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "com.vaadin..")
                .check(PORTAL);
    }

    @Test
    void policy_text_extraction_is_plain_java() {
        // Reading files is tested without a container; the service decides what happens with the result.
        noClasses().that().resideInAPackage("..policy.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "com.vaadin..", "uk.sexualsafety.cop.db..")
                .check(PORTAL);
    }

    @Test
    void views_render_no_html_markup() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .check(PORTAL);
    }
}
