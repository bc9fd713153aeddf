package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.analysis.PortalAnalysisConfigurer;

import java.util.List;
import java.util.function.Predicate;

/**
 * Maps an entity's properties onto the {@link ContentFields}. Every content type goes through these methods so that
 * the common fields are defined identically in every index, which multi-index queries require.
 */
public final class CommonContentMapping {

    /**
     * The long text keeps each word's offsets in term vectors, so that the highlighter reads where the words are
     * instead of analysing every hit's text again (a policy's text is tens of thousands of characters): that
     * re-analysis was about 70% of a search's time. Titles and summaries are short and analysed again: a document's
     * term vectors are read whole, so giving them term vectors too would read the long text's once per field.
     */
    private static final TermVector HIGHLIGHT_OFFSETS = TermVector.WITH_POSITIONS_OFFSETS;

    private CommonContentMapping() {
    }

    /** Writes the type of an entity whose rows exist only once published (resources): every row is indexed. */
    public static void alwaysPublished(TypeMappingStep type, ContentType contentType) {
        type.binder(new ContentDocumentBinder(contentType));
    }

    /**
     * Indexes the entity in {@code index} only while {@code published} holds for it, reading {@code statusProperty}:
     * publishing it adds its document, and unpublishing or withdrawing it deletes the document (decision 026).
     */
    public static <T> void indexedWhilePublished(TypeMappingStep type, String index, ContentType contentType,
                                                 Class<T> entityType, String statusProperty,
                                                 Predicate<? super T> published) {
        type.indexed().index(index).routingBinder(new PublishedOnlyRouting<>(entityType, statusProperty, published));
        type.binder(new ContentDocumentBinder(contentType));
    }

    public static void title(PropertyMappingStep property) {
        property.fullTextField(ContentFields.TITLE)
                .analyzer(PortalAnalysisConfigurer.ENGLISH)
                .searchAnalyzer(PortalAnalysisConfigurer.ENGLISH_SEARCH)
                .projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField(ContentFields.TITLE_WORDS)
                .analyzer(PortalAnalysisConfigurer.WORDS)
                .norms(Norms.NO)
                .keywordField(ContentFields.TITLE_SORT)
                .normalizer(PortalAnalysisConfigurer.SORT)
                .sortable(Sortable.YES)
                .projectable(Projectable.NO);
    }

    public static void summary(PropertyMappingStep property) {
        property.fullTextField(ContentFields.SUMMARY)
                .analyzer(PortalAnalysisConfigurer.ENGLISH)
                .searchAnalyzer(PortalAnalysisConfigurer.ENGLISH_SEARCH)
                .projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField(ContentFields.SUMMARY_WORDS)
                .analyzer(PortalAnalysisConfigurer.WORDS)
                .norms(Norms.NO);
    }

    /**
     * Long text: searched with less weight than a summary, highlighted for snippets from its term vectors, never
     * projected.
     */
    public static void body(PropertyMappingStep property) {
        property.fullTextField(ContentFields.BODY)
                .analyzer(PortalAnalysisConfigurer.ENGLISH)
                .searchAnalyzer(PortalAnalysisConfigurer.ENGLISH_SEARCH)
                .projectable(Projectable.NO)
                .highlightable(List.of(Highlightable.UNIFIED))
                .termVector(HIGHLIGHT_OFFSETS);
    }

    /** The property must hold a collection of {@code ContentWarning}, indexed as their names. */
    public static void contentWarnings(PropertyMappingStep property) {
        property.keywordField(ContentFields.CONTENT_WARNINGS)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
    }

    /** The property must hold a {@code HarmStructure}, indexed as its name. */
    public static void harmStructure(PropertyMappingStep property) {
        property.keywordField(ContentFields.HARM_STRUCTURE)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }

    /** The property must hold an {@code OrganisationType}, indexed as its name. */
    public static void organisationType(PropertyMappingStep property) {
        property.keywordField(ContentFields.ORGANISATION_TYPE)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
    }

    /**
     * The property must hold an {@code Organisation} that readers are shown: its name, its kind (so do not map
     * {@link #organisationType} as well) and its region. No association leads back from an organisation to what
     * names it: the mapping's {@link ContentIndexMapping#itemsNamingOrganisation} finds them when it changes.
     */
    public static void namedOrganisation(PropertyMappingStep property) {
        organisationNameAndRegion(property);
        property.keywordField(ContentFields.ORGANISATION_TYPE)
                .valueBridge(new OrganisationBridges.Type())
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
    }

    /**
     * The property must hold an {@code Organisation} that readers are shown, whose kind is mapped from elsewhere
     * (a case study names its kind of setting even when it does not name the organisation): its name and region.
     */
    public static void organisationNameAndRegion(PropertyMappingStep property) {
        property.keywordField(ContentFields.ORGANISATION_NAME)
                .valueBridge(new OrganisationBridges.Name())
                .projectable(Projectable.YES)
                .keywordField(ContentFields.REGION)
                .valueBridge(new OrganisationBridges.Region())
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }

    /** The property must hold a collection of Charter commitment numbers. */
    public static void charterCommitments(PropertyMappingStep property) {
        property.genericField(ContentFields.CHARTER_COMMITMENTS)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }

    /** The property must hold an {@code Audience}, indexed as its name. */
    public static void audience(PropertyMappingStep property) {
        property.keywordField(ContentFields.AUDIENCE)
                .projectable(Projectable.NO);
    }

    /** The property must hold a {@code LocalDate}. */
    public static void date(PropertyMappingStep property) {
        property.genericField(ContentFields.DATE)
                .sortable(Sortable.YES)
                .projectable(Projectable.YES)
                .aggregable(Aggregable.YES)
                .genericField(ContentFields.YEAR)
                .valueBridge(new YearBridge())
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }

    /** The property must hold a collection of {@code Theme}, indexed as their names. */
    public static void themes(PropertyMappingStep property) {
        property.keywordField(ContentFields.THEMES)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }
}
