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
 * Writes the fields that describe the document rather than a property: its {@link ContentType} and a published flag
 * that is always true, for types whose rows exist only once published (resources). Types with a publication
 * workflow map {@link ContentFields#PUBLISHED} from their status instead, with a binder that declares that
 * dependency, so that withdrawing an item updates the flag.
 */
final class ContentDocumentBinder implements TypeBinder {

    private final ContentType type;

    ContentDocumentBinder(ContentType type) {
        this.type = Objects.requireNonNull(type);
    }

    @Override
    public void bind(TypeBindingContext context) {
        // The values depend on no property, so no change to the entity needs these fields rewritten.
        context.dependencies().useRootOnly();
        IndexFieldReference<String> typeField = context.indexSchemaElement()
                .field(ContentFields.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<Boolean> publishedField = context.indexSchemaElement()
                .field(ContentFields.PUBLISHED, f -> f.asBoolean())
                .toReference();
        context.bridge(new Bridge(type.name(), typeField, publishedField));
    }

    private record Bridge(String type, IndexFieldReference<String> typeField,
                          IndexFieldReference<Boolean> publishedField) implements TypeBridge<Object> {

        @Override
        public void write(DocumentElement target, Object entity, TypeBridgeWriteContext context) {
            target.addValue(typeField, type);
            target.addValue(publishedField, Boolean.TRUE);
        }
    }
}
