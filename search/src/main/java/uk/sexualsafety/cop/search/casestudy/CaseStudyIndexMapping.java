package uk.sexualsafety.cop.search.casestudy;

import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.mapping.CommonContentMapping;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.util.Optional;

/**
 * Indexes case studies by their newest published version: its title, summary and every other text, with its
 * structure of harm, kind of organisation, themes and Charter commitments as facets. Only a published case study
 * has a document: a draft, one waiting for moderation, an archived or a withdrawn one is not in the index at all
 * (decision 026). A revision, sent or not, is not indexed until it is published. Case studies are for members only.
 */
@Component
public class CaseStudyIndexMapping implements ContentIndexMapping {

    public static final String INDEX = "case_study";

    @Override
    public ContentType type() {
        return ContentType.CASE_STUDY;
    }

    @Override
    public Class<?> entityType() {
        return CaseStudy.class;
    }

    @Override
    public void map(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep caseStudy = mapping.type(CaseStudy.class);
        CommonContentMapping.indexedWhilePublished(caseStudy, INDEX, ContentType.CASE_STUDY, CaseStudy.class, "status",
                CaseStudy::isPublished);
        // A published version never changes: only publishing another one (a new pointer) changes the document.
        caseStudy.property("publishedVersion").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        CommonContentMapping.title(fromPublishedVersion(caseStudy, "publishedTitle", "title"));
        CommonContentMapping.summary(fromPublishedVersion(caseStudy, "publishedSummary", "summary"));
        CommonContentMapping.body(fromPublishedVersion(caseStudy, "publishedText", "account"));
        CommonContentMapping.harmStructure(fromPublishedVersion(caseStudy, "publishedHarmStructure",
                "harmStructure"));
        CommonContentMapping.organisationType(fromPublishedVersion(caseStudy, "publishedOrganisationType",
                "organisationType"));
        CommonContentMapping.organisationNameAndRegion(fromPublishedVersion(caseStudy,
                "publishedNamedOrganisation", "namedOrganisation"));
        CommonContentMapping.themes(fromPublishedVersion(caseStudy, "publishedThemes", "themes"));
        CommonContentMapping.charterCommitments(fromPublishedVersion(caseStudy, "publishedCharterCommitments",
                "charterCommitments"));
        CommonContentMapping.audience(caseStudy.property("audience"));
        caseStudy.property("audience").indexingDependency().reindexOnUpdate(ReindexOnUpdate.NO);
        CommonContentMapping.date(caseStudy.property("firstPublishedOn"));
    }

    @Override
    public Optional<String> itemsNamingOrganisation() {
        return Optional.of("select c from CaseStudy c where c.publishedVersion.namedOrganisation.id = :organisation");
    }

    /** A value read from the published version, which changes only when the pointer to that version does. */
    private static PropertyMappingStep fromPublishedVersion(TypeMappingStep type, String property,
                                                            String versionProperty) {
        PropertyMappingStep step = type.property(property);
        step.indexingDependency().derivedFrom(PojoModelPath.builder().property("publishedVersion")
                .property(versionProperty).toValuePath());
        return step;
    }
}
