package uk.sexualsafety.cop.moderation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "uk.sexualsafety.cop.moderation", importOptions = ImportOption.DoNotIncludeTests.class)
class ContentModerationArchitectureTest {

    @ArchTest
    static final ArchRule anonymisation_is_plain_java = noClasses()
            .that().resideInAPackage("..anonymisation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..", "com.vaadin..");

    @ArchTest
    static final ArchRule anonymisation_does_not_use_the_database = noClasses()
            .that().resideInAPackage("..anonymisation..")
            .should().dependOnClassesThat().resideInAPackage("uk.sexualsafety.cop.db..");

    @ArchTest
    static final ArchRule content_moderation_does_not_depend_on_search_or_portal = noClasses()
            .that().resideInAPackage("uk.sexualsafety.cop.moderation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "uk.sexualsafety.cop.search..", "uk.sexualsafety.cop.portal..");
}
