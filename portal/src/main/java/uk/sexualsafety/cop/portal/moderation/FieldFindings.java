package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;
import java.util.Objects;

/** What the anonymiser found in one field's text, for a person to accept or reject finding by finding. */
public record FieldFindings(String key, String label, String text, List<Finding> findings) {

    public FieldFindings {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
    }
}
