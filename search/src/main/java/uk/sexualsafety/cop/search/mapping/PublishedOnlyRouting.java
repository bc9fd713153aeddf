package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Conditional indexing: an item has a document only while it is published. Text waiting for moderation, rejected,
 * withdrawn or taken down is never written to the index, so it is neither on disk there nor counted in term
 * statistics and spelling candidates; publishing adds the document and leaving publication deletes it, in the
 * indexing of the same commit, because the routing depends on the status property (decision 026).
 */
final class PublishedOnlyRouting<T> implements RoutingBinder {

    private final Class<T> entityType;
    private final String statusProperty;
    private final Predicate<? super T> published;

    PublishedOnlyRouting(Class<T> entityType, String statusProperty, Predicate<? super T> published) {
        this.entityType = Objects.requireNonNull(entityType);
        this.statusProperty = Objects.requireNonNull(statusProperty);
        this.published = Objects.requireNonNull(published);
    }

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use(statusProperty);
        context.bridge(entityType, new Bridge<>(published));
    }

    private record Bridge<T>(Predicate<? super T> published) implements RoutingBridge<T> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, T entity,
                          RoutingBridgeRouteContext context) {
            if (published.test(entity)) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        /**
         * Whatever its status was, the item may have had a document (it may just have been withdrawn): deleting one
         * that does not exist costs next to nothing, and a published document left behind would be a leak.
         */
        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, T entity,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
