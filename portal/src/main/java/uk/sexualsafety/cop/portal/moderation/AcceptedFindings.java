package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The anonymiser's findings a person chose to replace, by the key of the field they were found in. */
public record AcceptedFindings(Map<String, List<Finding>> byField) {

    public static final AcceptedFindings NONE = new AcceptedFindings(Map.of());

    public AcceptedFindings {
        byField = byField.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    public List<Finding> in(String field) {
        return byField.getOrDefault(field, List.of());
    }
}
