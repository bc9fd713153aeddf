package uk.sexualsafety.cop.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "uk.sexualsafety.cop.search", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchArchitectureTest {

    @ArchTest
    static final ArchRule search_does_not_depend_on_portal_or_content_moderation = noClasses()
            .that().resideInAPackage("uk.sexualsafety.cop.search..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("uk.sexualsafety.cop.portal..", "uk.sexualsafety.cop.moderation..");

    @ArchTest
    static final ArchRule search_has_no_user_interface = noClasses()
            .that().resideInAPackage("uk.sexualsafety.cop.search..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule the_records_of_the_public_api_carry_no_entities = noClasses()
            .that().resideInAPackage("uk.sexualsafety.cop.search")
            .and().areAssignableTo(Record.class)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class);
}
