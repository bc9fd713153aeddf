package uk.sexualsafety.cop.search;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.util.List;

/** What a viewer may find: published items of their audiences and of the types they may open. A clause of every query over the content indexes. */
public final class AccessFilter {

    private AccessFilter() {
    }

    public static void apply(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchViewer viewer) {
        List<String> audiences = viewer.audiences().stream().map(Enum::name).toList();
        bool.filter(f.terms().field(ContentFields.AUDIENCE).matchingAny(audiences, ValueModel.INDEX));
        bool.filter(f.match().field(ContentFields.PUBLISHED).matching(true));
        if (viewer.limitedToSomeTypes()) {
            List<String> types = viewer.types().stream().map(Enum::name).toList();
            bool.filter(f.terms().field(ContentFields.TYPE).matchingAny(types, ValueModel.INDEX));
        }
    }
}
