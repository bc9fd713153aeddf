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

/**
 * Writes the field that describes the document rather than a property: its {@link ContentType}. Whether an item may
 * be shown at all is not a field: only published items have a document ({@link PublishedOnlyRouting}).
 */
final class ContentDocumentBinder implements TypeBinder {

    private final ContentType type;

    ContentDocumentBinder(ContentType type) {
        this.type = Objects.requireNonNull(type);
    }

    @Override
    public void bind(TypeBindingContext context) {
        // The value depends on no property, so no change to the entity needs this field rewritten.
        context.dependencies().useRootOnly();
        IndexFieldReference<String> typeField = context.indexSchemaElement()
                .field(ContentFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .toReference();
        context.bridge(new Bridge(type.name(), typeField));
    }

    private record Bridge(String type, IndexFieldReference<String> typeField) implements TypeBridge<Object> {

        @Override
        public void write(DocumentElement target, Object entity, TypeBridgeWriteContext context) {
            target.addValue(typeField, type);
        }
    }
}
