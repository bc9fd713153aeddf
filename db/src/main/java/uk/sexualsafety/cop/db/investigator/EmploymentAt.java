package uk.sexualsafety.cop.db.investigator;

import java.util.Objects;

/**
 * An investigator's employment with where the employer is, as the pool query reads it for matching: the employer's
 * name for the reasons a coordinator reads, and its ICB (empty outside England and for national bodies) for
 * requests that leave out investigators working in their own ICB.
 */
public record EmploymentAt(Employment employment, String organisationName, Long icbId) {

    public EmploymentAt {
        Objects.requireNonNull(employment, "employment");
        if (organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("Choose the organisation");
        }
    }

    public long organisationId() {
        return employment.organisationId();
    }
}
