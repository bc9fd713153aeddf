package uk.sexualsafety.cop.moderation.workflow;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link ModeratedContentType} bean by name. */
@Component
class ModeratedContentTypes {

    private final Map<String, ModeratedContentType> byName;

    ModeratedContentTypes(List<ModeratedContentType> types) {
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(ModeratedContentType::name,
                Function.identity()));
    }

    /** The type, if this installation still has it: items of a removed type must not break the whole queue. */
    Optional<ModeratedContentType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    ModeratedContentType get(String name) {
        ModeratedContentType type = byName.get(name);
        if (type == null) {
            throw new IllegalStateException("no moderated content type is called " + name);
        }
        return type;
    }
}
