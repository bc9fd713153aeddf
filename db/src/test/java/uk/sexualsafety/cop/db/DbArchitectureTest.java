package uk.sexualsafety.cop.db;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class DbArchitectureTest {

    private static final JavaClasses DB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.sexualsafety.cop.db");

    @Test
    void db_depends_on_no_other_module() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.sexualsafety.cop.search..",
                        "uk.sexualsafety.cop.moderation..", "uk.sexualsafety.cop.portal..")
                .check(DB);
    }

    @Test
    void only_portal_uses_vaadin_and_db_knows_no_search_engine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.hibernate.search..",
                        "org.apache.lucene..")
                .check(DB);
    }
}
