package uk.sexualsafety.cop.search.policy;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.mapping.CommonContentMapping;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.util.Optional;

/**
 * Indexes the current version of each shared policy: its title, plain-English summary and the text read from its
 * file, the long text counting for less than the summary. Earlier versions are not indexed, so their text is never
 * found. A withdrawn policy's document is deleted: only published policies are in the index (decision 026).
 * Policies are for members only.
 */
@Component
public class PolicyIndexMapping implements ContentIndexMapping {

    public static final String INDEX = "policy";

    /** The {@code PolicyType} name: keyword. Only policies have it. */
    public static final String POLICY_TYPE = "policy_type";

    @Override
    public ContentType type() {
        return ContentType.POLICY;
    }

    @Override
    public Class<?> entityType() {
        return Policy.class;
    }

    @Override
    public void map(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep policy = mapping.type(Policy.class);
        CommonContentMapping.indexedWhilePublished(policy, INDEX, ContentType.POLICY, Policy.class, "status",
                Policy::isPublished);
        CommonContentMapping.title(policy.property("title"));
        CommonContentMapping.summary(policy.property("summary"));
        CommonContentMapping.audience(policy.property("audience"));
        // A policy stays with its organisation; the organisation's own changes come through itemsNamingOrganisation.
        CommonContentMapping.namedOrganisation(policy.property("organisation"));
        policy.property("organisation").indexingDependency().reindexOnUpdate(ReindexOnUpdate.NO);
        CommonContentMapping.charterCommitments(policy.property("commitments"));
        policy.property("audience").indexingDependency().reindexOnUpdate(ReindexOnUpdate.NO);
        // The current version's text and date are read through the association to it. A version never changes
        // once uploaded (only its review date, which is not indexed), so only a change of the association itself,
        // a new current version, needs the document rewritten: no inverse side is needed for that.
        policy.property("currentVersion").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        CommonContentMapping.body(policy.property("currentText"));
        policy.property("currentText").indexingDependency()
                .derivedFrom(PojoModelPath.parse("currentVersion.text"));
        CommonContentMapping.date(policy.property("currentEffectiveOn"));
        policy.property("currentEffectiveOn").indexingDependency()
                .derivedFrom(PojoModelPath.parse("currentVersion.effectiveOn"));
        policy.property("type").keywordField(POLICY_TYPE).projectable(Projectable.NO);
    }

    @Override
    public Optional<String> itemsNamingOrganisation() {
        return Optional.of("select p from Policy p where p.organisation.id = :organisation");
    }
}
