package uk.sexualsafety.cop.search;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.aggregation.dsl.TermsAggregationOptionsStep;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.resource.ResourceIndexMapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each {@link Facet} lives in the index and how its values are counted and matched. Keyword facets take their
 * values as written; number facets (commitments, years) take digits, and a value that is not a number matches
 * nothing rather than being ignored.
 */
final class FacetField {

    private static final int MAX_FACET_VALUES = 50;

    private static final Map<Facet, FacetField> FIELDS = new EnumMap<>(Facet.class);

    static {
        FIELDS.put(Facet.TYPE, keyword(Facet.TYPE, ContentFields.TYPE));
        FIELDS.put(Facet.THEME, keyword(Facet.THEME, ContentFields.THEMES));
        FIELDS.put(Facet.HARM_STRUCTURE, keyword(Facet.HARM_STRUCTURE, ContentFields.HARM_STRUCTURE));
        FIELDS.put(Facet.ORGANISATION_TYPE, keyword(Facet.ORGANISATION_TYPE, ContentFields.ORGANISATION_TYPE));
        FIELDS.put(Facet.REGION, keyword(Facet.REGION, ContentFields.REGION));
        FIELDS.put(Facet.COMMITMENT, number(Facet.COMMITMENT, ContentFields.CHARTER_COMMITMENTS, false));
        FIELDS.put(Facet.YEAR, number(Facet.YEAR, ContentFields.YEAR, true));
        FIELDS.put(Facet.KIND, keyword(Facet.KIND, ResourceIndexMapping.KIND));
    }

    private final String field;
    private final boolean numeric;
    private final boolean newestFirst;
    private final AggregationKey<Map<Object, Long>> key;

    private FacetField(Facet facet, String field, boolean numeric, boolean newestFirst) {
        this.field = field;
        this.numeric = numeric;
        this.newestFirst = newestFirst;
        this.key = AggregationKey.of(facet.name());
    }

    private static FacetField keyword(Facet facet, String field) {
        return new FacetField(facet, field, false, false);
    }

    private static FacetField number(Facet facet, String field, boolean descending) {
        return new FacetField(facet, field, true, descending);
    }

    static FacetField of(Facet facet) {
        return FIELDS.get(facet);
    }

    AggregationKey<Map<Object, Long>> key() {
        return key;
    }

    /** Counts of the facet's values over the hits, most frequent first (years newest first). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    TermsAggregationOptionsStep<?, ?, ?, ?, Map<Object, Long>> aggregation(SearchAggregationFactory f) {
        TermsAggregationOptionsStep step = f.terms()
                .field(field, (Class) (numeric ? Integer.class : String.class), ValueModel.INDEX)
                .maxTermCount(MAX_FACET_VALUES);
        return newestFirst ? step.orderByTermDescending() : step;
    }

    /** Items with any of the values; none when no value can be a value of this facet. */
    PredicateFinalStep matchingAny(SearchPredicateFactory f, Set<String> values) {
        if (!numeric) {
            return f.terms().field(field).matchingAny(List.copyOf(values), ValueModel.INDEX);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String value : values) {
            if (value.length() <= 9 && value.chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.parseInt(value));
            }
        }
        return numbers.isEmpty() ? f.matchNone() : f.terms().field(field).matchingAny(numbers, ValueModel.INDEX);
    }

    /** The counts keyed by the facet's values as text. */
    static Map<String, Long> asText(Map<Object, Long> counts) {
        Map<String, Long> text = new LinkedHashMap<>();
        counts.forEach((value, count) -> text.put(String.valueOf(value), count));
        return text;
    }
}
