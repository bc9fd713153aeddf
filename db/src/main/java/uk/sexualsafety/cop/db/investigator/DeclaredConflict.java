package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A conflict of interest with an organisation other than employment, in the investigator's words. */
@Embeddable
public record DeclaredConflict(@Column(nullable = false) long organisationId,
                               @Column(nullable = false) String description) {

    public DeclaredConflict {
        Objects.requireNonNull(description);
    }
}
