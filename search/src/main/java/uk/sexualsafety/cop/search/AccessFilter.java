package uk.sexualsafety.cop.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import uk.sexualsafety.cop.search.mapping.ContentFields;

/**
 * What a viewer may find: items of their audiences and of the types they may open (only published items are in the
 * index at all). A filter of every query over the content indexes, defined once, in Lucene's terms, for searches,
 * counts, suggestions and respellings alike, and once in Hibernate Search's DSL for the OpenSearch engine.
 */
public final class AccessFilter {

    private AccessFilter() {
    }

    /** Adds the viewer's access filter to {@code query} as non-scoring clauses. */
    public static void apply(BooleanQuery.Builder query, SearchViewer viewer) {
        query.add(new TermInSetQuery(ContentFields.AUDIENCE,
                viewer.audiences().stream().map(audience -> new BytesRef(audience.name())).toList()),
                BooleanClause.Occur.FILTER);
        if (viewer.limitedToSomeTypes()) {
            query.add(new TermInSetQuery(ContentFields.TYPE,
                    viewer.types().stream().map(type -> new BytesRef(type.name())).toList()),
                    BooleanClause.Occur.FILTER);
        }
    }

    /** The same filter in Hibernate Search's DSL, for any engine: added to {@code query} as non-scoring clauses. */
    public static void apply(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> query, SearchViewer viewer) {
        query.filter(f.terms().field(ContentFields.AUDIENCE)
                .matchingAny(viewer.audiences().stream().map(Enum::name).toList(), ValueModel.INDEX));
        if (viewer.limitedToSomeTypes()) {
            query.filter(f.terms().field(ContentFields.TYPE)
                    .matchingAny(viewer.types().stream().map(Enum::name).toList(), ValueModel.INDEX));
        }
    }

    /** Only the access filter: everything the viewer may find. */
    public static Query of(SearchViewer viewer) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        apply(query, viewer);
        return query.build();
    }
}
