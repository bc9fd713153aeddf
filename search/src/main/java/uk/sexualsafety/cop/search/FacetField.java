package uk.sexualsafety.cop.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.resource.ResourceIndexMapping;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each {@link Facet} lives in the index and how its values are matched and listed. Keyword facets take their
 * values as written; number facets (commitments, years) take digits, and a value that is not a number matches
 * nothing rather than being ignored.
 */
final class FacetField {

    private static final int MAX_FACET_VALUES = 50;

    private static final Map<Facet, FacetField> FIELDS = new EnumMap<>(Facet.class);

    static {
        FIELDS.put(Facet.TYPE, keyword(ContentFields.TYPE));
        FIELDS.put(Facet.THEME, keyword(ContentFields.THEMES));
        FIELDS.put(Facet.HARM_STRUCTURE, keyword(ContentFields.HARM_STRUCTURE));
        FIELDS.put(Facet.ORGANISATION_TYPE, keyword(ContentFields.ORGANISATION_TYPE));
        FIELDS.put(Facet.REGION, keyword(ContentFields.REGION));
        FIELDS.put(Facet.COMMITMENT, new FacetField(ContentFields.CHARTER_COMMITMENTS, true, false));
        FIELDS.put(Facet.YEAR, new FacetField(ContentFields.YEAR, true, true));
        FIELDS.put(Facet.KIND, keyword(ResourceIndexMapping.KIND));
    }

    private final String field;
    private final boolean numeric;
    private final boolean newestFirst;

    private FacetField(String field, boolean numeric, boolean newestFirst) {
        this.field = field;
        this.numeric = numeric;
        this.newestFirst = newestFirst;
    }

    private static FacetField keyword(String field) {
        return new FacetField(field, false, false);
    }

    static FacetField of(Facet facet) {
        return FIELDS.get(facet);
    }

    /** The index field holding the facet's values, in doc values for counting. */
    String field() {
        return field;
    }

    /** Whether the values are numbers (integer fields) rather than keywords. */
    boolean numeric() {
        return numeric;
    }

    /** {@link #matchingAny(Set)} in Hibernate Search's DSL, for engines other than Lucene's readers. */
    SearchPredicate matchingAny(SearchPredicateFactory f, Set<String> values) {
        if (!numeric) {
            return f.terms().field(field).matchingAny(values, ValueModel.INDEX).toPredicate();
        }
        List<Integer> numbers = values.stream()
                .filter(value -> value.length() <= 9 && value.chars().allMatch(Character::isDigit))
                .map(Integer::valueOf)
                .toList();
        return numbers.isEmpty() ? f.matchNone().toPredicate()
                : f.terms().field(field).matchingAny(numbers, ValueModel.INDEX).toPredicate();
    }

    /**
     * Items with any of the values; none when no value can be a value of this facet. Hibernate Search indexes keyword
     * fields as terms and integer fields as integer points.
     */
    Query matchingAny(Set<String> values) {
        if (!numeric) {
            return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
        }
        int[] numbers = values.stream()
                .filter(value -> value.length() <= 9 && value.chars().allMatch(Character::isDigit))
                .mapToInt(Integer::parseInt)
                .toArray();
        return numbers.length == 0 ? new MatchNoDocsQuery() : IntPoint.newSetQuery(field, numbers);
    }

    /**
     * The counted values in the order they are offered: most frequent first (alphabetical among equals), except
     * years, newest first; at most {@value #MAX_FACET_VALUES}.
     */
    Map<String, Long> listed(Map<String, Long> counts) {
        Comparator<Map.Entry<String, Long>> byCount = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        Comparator<Map.Entry<String, Long>> order = newestFirst
                ? Comparator.comparing((Map.Entry<String, Long> e) -> Long.parseLong(e.getKey())).reversed()
                : byCount;
        List<Map.Entry<String, Long>> entries = counts.entrySet().stream().sorted(order).limit(MAX_FACET_VALUES)
                .toList();
        Map<String, Long> listed = new LinkedHashMap<>();
        entries.forEach(e -> listed.put(e.getKey(), e.getValue()));
        return listed;
    }
}
