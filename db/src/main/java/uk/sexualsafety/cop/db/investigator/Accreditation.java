package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accreditation or training an investigator holds, valid from one day up to and including another; no end date
 * ({@code validUntil} empty) means it does not expire. The profile stores it and matching reads it as it is.
 */
@Embeddable
public record Accreditation(@Column(nullable = false) String name, @Column(nullable = false) LocalDate validFrom,
                            LocalDate validUntil) {

    public Accreditation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Enter the name of the accreditation or training");
        }
        Objects.requireNonNull(validFrom, "The date it is valid from is needed");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("The expiry date must be on or after the date it is valid from");
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && !isExpiredOn(day);
    }

    /** For the profile's "expired" flag: the last valid day has passed. */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
