package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** An accreditation or training an investigator holds; {@code validUntil} is empty when it does not expire. */
@Embeddable
public record Accreditation(@Column(nullable = false) String name, @Column(nullable = false) LocalDate validFrom,
                            LocalDate validUntil) {

    public Accreditation {
        Objects.requireNonNull(name);
        Objects.requireNonNull(validFrom);
    }

    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
