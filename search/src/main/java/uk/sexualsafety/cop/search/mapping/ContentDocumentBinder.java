package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import uk.sexualsafety.cop.search.ContentType;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Writes the fields that describe the document rather than a property: its {@link ContentType} and whether it may be
 * shown at all. Types whose rows exist only once published (resources) are always published; types with a
 * publication workflow give a {@link PublishedRule} that reads their status, declared as a dependency so that
 * withdrawing an item rewrites its document in the same commit.
 */
final class ContentDocumentBinder implements TypeBinder {

    /** Published when {@code published} holds for the entity; it reads {@code statusProperty}. */
    record PublishedRule<T>(Class<T> entityType, String statusProperty, Predicate<? super T> published) {

        PublishedRule {
            Objects.requireNonNull(entityType);
            Objects.requireNonNull(statusProperty);
            Objects.requireNonNull(published);
        }

        boolean test(Object entity) {
            return published.test(entityType.cast(entity));
        }
    }

    private final ContentType type;
    private final PublishedRule<?> rule;

    ContentDocumentBinder(ContentType type) {
        this(type, null);
    }

    ContentDocumentBinder(ContentType type, PublishedRule<?> rule) {
        this.type = Objects.requireNonNull(type);
        this.rule = rule;
    }

    @Override
    public void bind(TypeBindingContext context) {
        if (rule == null) {
            // The values depend on no property, so no change to the entity needs these fields rewritten.
            context.dependencies().useRootOnly();
        } else {
            context.dependencies().use(rule.statusProperty());
        }
        IndexFieldReference<String> typeField = context.indexSchemaElement()
                .field(ContentFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<Boolean> publishedField = context.indexSchemaElement()
                .field(ContentFields.PUBLISHED, f -> f.asBoolean())
                .toReference();
        context.bridge(new Bridge(type.name(), rule, typeField, publishedField));
    }

    private record Bridge(String type, PublishedRule<?> rule, IndexFieldReference<String> typeField,
                          IndexFieldReference<Boolean> publishedField) implements TypeBridge<Object> {

        @Override
        public void write(DocumentElement target, Object entity, TypeBridgeWriteContext context) {
            target.addValue(typeField, type);
            target.addValue(publishedField, rule == null || rule.test(entity));
        }
    }
}
